package org.dispatches.server;

import io.undertow.UndertowOptions;
import io.undertow.connector.ByteBufferPool;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.protocol.http.HttpOpenListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import org.xnio.ChannelListeners;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.StreamConnection;
import org.xnio.Xnio;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;

/**
 * Undertow's HTTP listener, set up as {@code Undertow.start()} sets up one (its worker, buffer
 * and socket defaults), but by hand, because {@code Undertow}'s builder takes no wrapper for new
 * connections and {@link ParserRefusals} must see each one before the HTTP parser does.
 */
final class HttpListener implements AutoCloseable {
  /** Undertow's buffer size for heaps of 128 MB and more. */
  private static final int BUFFER_BYTES = 16 * 1024 - 20;

  private final String host;
  private final int port;
  private final int workerThreads;
  private final OptionMap socketOptions;
  private final OptionMap serverOptions;
  private final HttpHandler root;
  private XnioWorker worker;
  private ByteBufferPool buffers;
  private AcceptingChannel<StreamConnection> channel;

  /**
   * A listener on {@code host:port} (port 0: any free one) with {@code workerThreads} request
   * threads; {@code socketOptions} and {@code serverOptions} as Undertow's builder takes them.
   */
  HttpListener(
      String host,
      int port,
      int workerThreads,
      OptionMap socketOptions,
      OptionMap serverOptions,
      HttpHandler root) {
    this.host = host;
    this.port = port;
    this.workerThreads = workerThreads;
    this.socketOptions = socketOptions;
    this.serverOptions = serverOptions;
    this.root = root;
  }

  /** Binds the port and takes connections. */
  void start() {
    int ioThreads = Math.max(Runtime.getRuntime().availableProcessors(), 2);
    try {
      worker = Xnio.getInstance(io.undertow.Undertow.class.getClassLoader())
          .createWorker(OptionMap.builder()
              .set(Options.WORKER_IO_THREADS, ioThreads)
              .set(Options.CONNECTION_HIGH_WATER, 1_000_000)
              .set(Options.CONNECTION_LOW_WATER, 1_000_000)
              .set(Options.WORKER_TASK_CORE_THREADS, workerThreads)
              .set(Options.WORKER_TASK_MAX_THREADS, workerThreads)
              .set(Options.TCP_NODELAY, true)
              .set(Options.CORK, true)
              .getMap());
      buffers = new DefaultByteBufferPool(true, BUFFER_BYTES, -1, 4);
      HttpOpenListener open = new HttpOpenListener(
          buffers,
          OptionMap.builder()
              .set(UndertowOptions.BUFFER_PIPELINED_DATA, true)
              .addAll(serverOptions)
              .getMap());
      open.setRootHandler(root);
      channel = worker.createStreamConnectionServer(
          new InetSocketAddress(host, port),
          ChannelListeners.openListenerAdapter(new ParserRefusals(open)),
          OptionMap.builder()
              .set(Options.WORKER_IO_THREADS, worker.getIoThreadCount())
              .set(Options.TCP_NODELAY, true)
              .set(Options.REUSE_ADDRESSES, true)
              .set(Options.BALANCING_TOKENS, 1)
              .set(Options.BALANCING_CONNECTIONS, 2)
              .set(Options.BACKLOG, 1000)
              .addAll(socketOptions)
              .getMap());
    } catch (IOException e) {
      close();
      throw new UncheckedIOException(
          "cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    channel.resumeAccepts();
  }

  /** The port actually bound. */
  int port() {
    return ((InetSocketAddress) channel.getLocalAddress()).getPort();
  }

  /** Stops taking connections and stops the threads; safe to call when never started. */
  @Override
  public void close() {
    org.xnio.IoUtils.safeClose(channel);
    if (worker != null) {
      worker.shutdownNow();
      try {
        worker.awaitTermination();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (buffers != null) buffers.close();
  }
}
