package org.dispatches.server;

/** The error body of every failed API call: {@code {"error": {"code", "message"}}}. */
record ApiError(Detail error) {
  record Detail(String code, String message) {}

  static ApiError of(String code, String message) {
    return new ApiError(new Detail(code, message));
  }
}
