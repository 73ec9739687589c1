package org.dispatches.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.resource.PathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.util.HttpString;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The web folder's files: only plain paths inside it (no {@code ..}, backslashes, hidden files or
 * encoded separators, however many times encoded), with their content types, {@code nosniff}, and
 * on HTML pages a Content-Security-Policy that allows no inline script.
 */
final class StaticFiles implements HttpHandler {
  /** The page loads its scripts, styles and API calls from this server only; nothing inline runs. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; "
          + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
          + "frame-ancestors 'self'";

  private static final HttpString CSP = new HttpString("Content-Security-Policy");
  private static final HttpString REFERRER_POLICY = new HttpString("Referrer-Policy");
  /** A path segment of letters, digits, dash, underscore and dots, not starting with a dot. */
  private static final Pattern SAFE_PATH =
      Pattern.compile("(/[A-Za-z0-9_\\-][A-Za-z0-9_.\\-]*)*/?");

  private final ResourceHandler files;
  private final HttpHandler notFound;

  StaticFiles(Path webDir, HttpHandler notFound) {
    // a file that is not there gets the API's JSON 404, not the resource handler's empty one
    this.files = new ResourceHandler(new PathResourceManager(webDir, 1024), notFound)
        .setWelcomeFiles("index.html")
        .setDirectoryListingEnabled(false);
    this.notFound = notFound;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (!isSafe(exchange.getRequestPath(), exchange.getRequestURI())) {
      notFound.handleRequest(exchange);
      return;
    }
    String path = exchange.getRequestPath();
    if (path.endsWith("/") || path.toLowerCase(Locale.ROOT).endsWith(".html")) {
      exchange.getResponseHeaders().put(CSP, CONTENT_SECURITY_POLICY);
      exchange.getResponseHeaders().put(REFERRER_POLICY, "no-referrer");
    }
    files.handleRequest(exchange);
  }

  /**
   * Whether a request may name a file: the decoded path is plain, and the raw URI has no escapes at
   * all (file names here never need them, so any {@code %} is an attempt to smuggle a separator).
   */
  static boolean isSafe(String decodedPath, String rawUri) {
    if (rawUri.indexOf('%') >= 0 || rawUri.indexOf('\\') >= 0) return false;
    if (!SAFE_PATH.matcher(decodedPath).matches()) return false;
    return !decodedPath.contains("..");
  }
}
