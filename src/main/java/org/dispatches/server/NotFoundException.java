package org.dispatches.server;

/** A resource that does not exist; becomes a 404 with its message. */
final class NotFoundException extends RuntimeException {
  NotFoundException(String message) {
    super(message, null, false, false);
  }
}
