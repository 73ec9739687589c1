package org.dispatches.server;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The one JSON encoder of the API: nulls written (a null date means "unknown"), HTML left as is. */
public final class Json {
  private static final Gson GSON =
      new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  private Json() {}

  static String encode(Object value) {
    return GSON.toJson(value);
  }

  /** The API's encoder, for whatever else writes the API's JSON (exports, {@code dispatches search --json}). */
  public static Gson api() {
    return GSON;
  }
}
