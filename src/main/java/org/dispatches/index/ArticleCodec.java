package org.dispatches.index;

import com.google.gson.Gson;
import org.dispatches.extract.Article;
import org.dispatches.json.Json;

/**
 * Encodes the extracted part of an article (everything but title and body, which have stored
 * fields of their own) as the JSON kept in {@link Fields#ARTICLE}, and decodes it back.
 */
public final class ArticleCodec {
  private final Gson gson = Json.records();

  public String encode(Article a) {
    return gson.toJson(withText(a, null, null));
  }

  public Article decode(String json, String title, String body) {
    return withText(gson.fromJson(json, Article.class), title, body);
  }

  private static Article withText(Article a, String title, String body) {
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
}
