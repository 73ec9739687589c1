package org.dispatches.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.LocalDate;

/**
 * The project's JSON encoders, the one place Gson is configured. All leave HTML as is (JSON is not
 * HTML: escaping {@code <} or {@code '} only makes files and answers harder to read) and write
 * dates as ISO strings; they differ only where their readers do:
 *
 * <ul>
 *   <li>{@link #api()}: what the API answers and exports; nulls written, since a null date means
 *       "unknown" to a client and a missing key would look like an older server.
 *   <li>{@link #records()}: what the project writes for itself or for other programs (the stored
 *       article JSON, {@code extract --json}, corpora, cluster requests) and reads back; nulls left
 *       out, which keeps them short.
 *   <li>{@link #indented()} and {@link #apiIndented()}: the same for files and output people read
 *       (reference series, {@code search --json}).
 * </ul>
 *
 * Gson instances are immutable and thread-safe, so each is made once.
 */
public final class Json {
  private static final Gson API = base().serializeNulls().create();
  private static final Gson API_INDENTED =
      base().serializeNulls().setPrettyPrinting().create();
  private static final Gson RECORDS = base().create();
  private static final Gson INDENTED = base().setPrettyPrinting().create();

  private Json() {}

  /** The API's encoder: nulls written. */
  public static Gson api() {
    return API;
  }

  /** The API's encoder, indented for a terminal. */
  public static Gson apiIndented() {
    return API_INDENTED;
  }

  /** Records the project writes and reads back: nulls left out. */
  public static Gson records() {
    return RECORDS;
  }

  /** Records in files people read and edit: nulls left out, indented. */
  public static Gson indented() {
    return INDENTED;
  }

  private static GsonBuilder base() {
    return new GsonBuilder()
        .disableHtmlEscaping()
        .registerTypeAdapter(LocalDate.class, new IsoDate().nullSafe());
  }

  /** Dates as ISO strings ("2024-04-08"): readable, and the same on every JDK. */
  private static final class IsoDate extends TypeAdapter<LocalDate> {
    @Override
    public void write(JsonWriter out, LocalDate value) throws IOException {
      out.value(value.toString());
    }

    @Override
    public LocalDate read(JsonReader in) throws IOException {
      return LocalDate.parse(in.nextString());
    }
  }
}
