package org.dispatches.server;

import io.undertow.server.HttpServerExchange;

/** A route's work: takes the request, returns the value to send as JSON (or null when it wrote the response itself). */
@FunctionalInterface
interface JsonRoute {
  Object handle(HttpServerExchange exchange) throws Exception;
}
