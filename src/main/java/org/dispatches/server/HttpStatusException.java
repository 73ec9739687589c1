package org.dispatches.server;

/** A request refused with a given status (401, 403, 413, ...), a code and a message for the client. */
final class HttpStatusException extends RuntimeException {
  private final int status;
  private final String code;

  HttpStatusException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }
}
