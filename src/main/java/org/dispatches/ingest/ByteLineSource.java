package org.dispatches.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into lines and decodes each one on its own: UTF-8 when it is valid, else
 * Windows-1252, so a latin-1 line in a UTF-8 file is read as the writer meant instead of being
 * lost or turned into replacement characters. Lines longer than the limit are drained and flagged
 * with empty text: at most the limit is ever buffered, and it is let go as soon as the line
 * proves too long.
 */
public final class ByteLineSource implements LineSource {
  private static final Charset FALLBACK = Charset.forName("windows-1252");

  private final InputStream in;
  private final int maxLineBytes;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8
      .newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
  private final byte[] chunk = new byte[64 * 1024];
  private int pos;
  private int limit;
  private long lineNumber;
  private boolean eof;

  public ByteLineSource(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  @Override
  public TextLine next() throws IOException {
    if (eof) return null;
    buffer.reset();
    boolean tooLong = false;
    boolean sawAny = false;
    boolean endOfLine = false;
    while (!endOfLine) {
      if (pos == limit && !fill()) {
        eof = true;
        break;
      }
      sawAny = true;
      int start = pos;
      while (pos < limit && chunk[pos] != '\n') pos++;
      int take = tooLong ? 0 : Math.min(pos - start, maxLineBytes - buffer.size());
      if (take > 0) buffer.write(chunk, start, take);
      if (!tooLong && take < pos - start) {
        // the rest of the line is only counted through: a 50 MB line costs a chunk, not 50 MB
        tooLong = true;
        buffer = new ByteArrayOutputStream(256);
      }
      if (pos < limit) {
        pos++; // the newline
        endOfLine = true;
      }
    }
    if (!sawAny) return null;
    lineNumber++;
    if (tooLong) return new TextLine(lineNumber, "", true);
    byte[] bytes = buffer.toByteArray();
    int len = bytes.length;
    if (len > 0 && bytes[len - 1] == '\r') len--;
    int start = (lineNumber == 1 && startsWithBom(bytes, len)) ? 3 : 0;
    return new TextLine(lineNumber, decode(bytes, start, len - start), tooLong);
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk);
    if (n <= 0) return false;
    pos = 0;
    limit = n;
    return true;
  }

  private static boolean startsWithBom(byte[] b, int len) {
    return len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private String decode(byte[] bytes, int offset, int length) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    try {
      CharBuffer out = utf8.reset().decode(in);
      return out.toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, offset, length, FALLBACK);
    }
  }
}
