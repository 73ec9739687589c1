package org.dispatches.index;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.LocalDate;
import org.dispatches.extract.Article;

/**
 * Encodes the extracted part of an article (everything but title and body, which have stored
 * fields of their own) as the JSON kept in {@link Fields#ARTICLE}, and decodes it back.
 */
public final class ArticleCodec {
  private final Gson gson = new GsonBuilder()
      .registerTypeAdapter(LocalDate.class, new LocalDateAdapter().nullSafe())
      .create();

  public String encode(Article a) {
    return gson.toJson(new Article(
        a.id(),
        null,
        null,
        a.url(),
        a.outlet(),
        a.date(),
        a.language(),
        a.actors(),
        a.figures(),
        a.sources(),
        a.mentionedDates()));
  }

  public Article decode(String json, String title, String body) {
    Article a = gson.fromJson(json, Article.class);
    return new Article(
        a.id(),
        title,
        body,
        a.url(),
        a.outlet(),
        a.date(),
        a.language(),
        a.actors(),
        a.figures(),
        a.sources(),
        a.mentionedDates());
  }

  /** ISO dates as strings: readable in the stored JSON and stable across JDKs. */
  static final class LocalDateAdapter extends TypeAdapter<LocalDate> {
    @Override
    public void write(JsonWriter out, LocalDate value) throws IOException {
      out.value(value.toString());
    }

    @Override
    public LocalDate read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      return LocalDate.parse(in.nextString());
    }
  }
}
