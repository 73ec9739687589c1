package org.dispatches.server;

import io.undertow.server.protocol.http.HttpOpenListener;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dispatches.json.Json;
import org.xnio.ChannelListener;
import org.xnio.StreamConnection;
import org.xnio.conduits.AbstractStreamSinkConduit;
import org.xnio.conduits.AbstractStreamSourceConduit;
import org.xnio.conduits.StreamSinkConduit;
import org.xnio.conduits.StreamSourceConduit;

/**
 * Gives a request that Undertow's HTTP parser refuses the API's JSON error. Since Undertow 2.4 the
 * parser checks the request line against the URL grammar itself (a {@code %} not followed by two
 * hex digits, {@code q=%zz}, fails whatever {@code DECODE_URL} says) and answers with a fixed,
 * empty 400 before any handler runs, with no hook to change it. So each connection's bytes pass
 * through two thin conduits under the parser: one keeps the last bytes read, the other
 * swaps that fixed answer, when the parser writes it, for a JSON 400 that says what was wrong
 * (a malformed %-escape and how to write a literal %, or else what the parser refuses).
 */
final class ParserRefusals implements ChannelListener<StreamConnection> {
  /** The parser's own answer, written as is to the connection (Undertow's HttpReadListener). */
  private static final byte[] PARSER_ANSWER =
      "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII);

  private final HttpOpenListener open;

  ParserRefusals(HttpOpenListener open) {
    this.open = open;
  }

  @Override
  public void handleEvent(StreamConnection connection) {
    RecentBytes recent = new RecentBytes();
    connection
        .getSourceChannel()
        .setConduit(new ReadTail(connection.getSourceChannel().getConduit(), recent));
    connection
        .getSinkChannel()
        .setConduit(new AnswerSwapper(connection.getSinkChannel().getConduit(), recent));
    open.handleEvent(connection);
  }

  /** The JSON error for a request refused by the parser; {@code bad} is its malformed escape, if it has one. */
  static ApiError errorFor(String bad) {
    if (bad != null) {
      return ApiError.of(
          "bad_url",
          "the URL holds a malformed %-escape (\"" + bad
              + "\"): a % must be followed by two hex digits; write a literal % as %25");
    }
    return ApiError.of(
        "bad_request",
        "the request could not be read: its URL holds a character a URL may not (a space, a quote,"
            + " < > { } | \\ ^ or a byte above 127 must be %-escaped), its request line and headers"
            + " are longer than "
            + DispatchesServer.MAX_HEADER_BYTES / 1024
            + " KB, or its method or headers are malformed");
  }

  /**
   * The first {@code %} in {@code raw} that two hex digits do not follow, with what follows it (at
   * most two characters), or null when every escape is well formed.
   */
  static String malformedEscape(String raw) {
    for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
      if (i + 2 >= raw.length() || !isHex(raw.charAt(i + 1)) || !isHex(raw.charAt(i + 2)))
        return raw.substring(i, Math.min(raw.length(), i + 3));
    }
    return null;
  }

  private static boolean isHex(char c) {
    return c < 128 && Character.digit(c, 16) >= 0;
  }

  /** The whole response sent instead of the parser's empty one. */
  static byte[] response(String bad) {
    byte[] body = Json.api().toJson(errorFor(bad)).getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 400 Bad Request\r\n"
        + "Content-Type: application/json; charset=utf-8\r\n"
        + "X-Content-Type-Options: nosniff\r\n"
        + "Content-Length: " + body.length + "\r\n"
        + "Connection: close\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, out, 0, headBytes.length);
    System.arraycopy(body, 0, out, headBytes.length, body.length);
    return out;
  }

  /**
   * The last bytes a connection read, as Latin-1 text: the request the parser refused is among them
   * (it stops at the first bad one), so its line is the last request line whose target holds a
   * malformed escape, if any does.
   */
  static final class RecentBytes {
    /** Kept after each read; far longer than a request line that fails on its escapes needs. */
    private static final int KEEP = 8 * 1024;

    private final StringBuilder text = new StringBuilder();

    synchronized void read(ByteBuffer buffer, int from, int to) {
      for (int i = Math.max(from, to - KEEP); i < to; i++)
        text.append((char) (buffer.get(i) & 0xff));
      if (text.length() > 2 * KEEP) text.delete(0, text.length() - KEEP);
    }

    /** The malformed escape in the last request line read that has one; null when none has. */
    synchronized String malformedEscapeInARequestLine() {
      String[] lines = text.toString().split("\\r?\\n|\\r");
      for (int i = lines.length - 1; i >= 0; i--) {
        Matcher m = REQUEST_LINE.matcher(lines[i]);
        if (!m.lookingAt()) continue;
        String bad = malformedEscape(m.group(1));
        if (bad != null) return bad;
      }
      return null;
    }
  }

  /** A request line's method and target (the version may not have been read yet). */
  private static final Pattern REQUEST_LINE = Pattern.compile("[A-Z]+ (\\S*)");

  /** Keeps the last bytes the parser reads. */
  private static final class ReadTail extends AbstractStreamSourceConduit<StreamSourceConduit> {
    private final RecentBytes recent;

    ReadTail(StreamSourceConduit next, RecentBytes recent) {
      super(next);
      this.recent = recent;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      int from = dst.position();
      int n = next.read(dst);
      if (n > 0) recent.read(dst, from, from + n);
      return n;
    }

    @Override
    public long read(ByteBuffer[] dsts, int offs, int len) throws IOException {
      int[] from = new int[len];
      for (int i = 0; i < len; i++) from[i] = dsts[offs + i].position();
      long n = next.read(dsts, offs, len);
      if (n > 0) {
        for (int i = 0; i < len; i++)
          recent.read(dsts[offs + i], from[i], dsts[offs + i].position());
      }
      return n;
    }
  }

  /** Passes responses through, except the parser's empty 400, which becomes the JSON one. */
  private static final class AnswerSwapper extends AbstractStreamSinkConduit<StreamSinkConduit> {
    private final RecentBytes recent;
    private ByteBuffer swapped;

    AnswerSwapper(StreamSinkConduit next, RecentBytes recent) {
      super(next);
      this.recent = recent;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      if (swapped == null && isParserAnswer(src)) {
        int n = src.remaining();
        src.position(src.limit());
        swapped = ByteBuffer.wrap(response(recent.malformedEscapeInARequestLine()));
        next.write(swapped);
        return n;
      }
      return next.write(src);
    }

    @Override
    public boolean flush() throws IOException {
      if (swapped != null && swapped.hasRemaining()) {
        next.write(swapped);
        if (swapped.hasRemaining()) return false;
      }
      return next.flush();
    }

    @Override
    public void terminateWrites() throws IOException {
      // the parser's writer shuts the connection's output right after its write: send the rest of
      // the swapped answer first (it is a few hundred bytes, so it has nearly always gone already)
      if (swapped != null && swapped.hasRemaining()) next.write(swapped);
      next.terminateWrites();
    }

    private static boolean isParserAnswer(ByteBuffer src) {
      if (src.remaining() != PARSER_ANSWER.length) return false;
      for (int i = 0; i < PARSER_ANSWER.length; i++) {
        if (src.get(src.position() + i) != PARSER_ANSWER[i]) return false;
      }
      return true;
    }
  }
}
