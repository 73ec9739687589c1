package org.dispatches.api;

/** A query or parameter the user must fix; its message is shown to the user as is. */
public final class BadRequestException extends RuntimeException {
  private final String code;

  public BadRequestException(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /** A short machine-readable reason: "bad_query", "bad_parameter", ... */
  public String code() {
    return code;
  }
}
