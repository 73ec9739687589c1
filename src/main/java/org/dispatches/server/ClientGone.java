package org.dispatches.server;

import io.undertow.connector.PooledByteBuffer;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.protocol.http.HttpServerConnection;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Whether the client of a request without a body has hung up, for a search to stop early. While a
 * request is answered Undertow does not read its connection, so a closed one goes unnoticed until
 * the answer is written; this looks, at most every {@link #PROBE_NANOS}, with a read that does
 * not wait: end of stream means the client is gone (as Go's server and others take it); bytes
 * that arrive (a pipelined request) are handed back to Undertow unread.
 */
final class ClientGone implements BooleanSupplier {
  private static final long PROBE_NANOS = 50_000_000;
  private final HttpServerExchange exchange;
  private long nextProbe = System.nanoTime();
  private volatile boolean gone;

  ClientGone(HttpServerExchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public boolean getAsBoolean() {
    if (gone) return true;
    synchronized (this) {
      long now = System.nanoTime();
      if (now - nextProbe < 0) return false;
      nextProbe = now + PROBE_NANOS;
      gone = probe();
      return gone;
    }
  }

  private boolean probe() {
    if (!exchange.getConnection().isOpen()) return true;
    // only an HTTP/1.1 connection whose request was read in full is ours to look at
    if (!(exchange.getConnection() instanceof HttpServerConnection connection)
        || !exchange.isRequestComplete()
        || connection.getExtraBytes() != null) {
      return false;
    }
    PooledByteBuffer pooled = connection.getByteBufferPool().allocate();
    boolean handedBack = false;
    try {
      int read = connection.getChannel().getSourceChannel().read(pooled.getBuffer());
      if (read < 0) return true;
      if (read > 0) {
        pooled.getBuffer().flip();
        connection.ungetRequestBytes(pooled);
        handedBack = true;
      }
      return false;
    } catch (IOException e) {
      return true; // reset by the peer
    } finally {
      if (!handedBack) pooled.close();
    }
  }
}
