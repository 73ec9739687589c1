package org.dispatches.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.dispatches.api.Hit;
import org.dispatches.extract.Article;
import org.dispatches.index.ArticleCodec;
import org.dispatches.index.Fields;

/** Reads articles and hits back from stored fields. */
final class StoredArticles {
  private static final Set<String> WITHOUT_BODY = Set.of(Fields.TITLE, Fields.ARTICLE);
  private final ArticleCodec codec = new ArticleCodec();

  Article article(StoredFields stored, int doc) throws IOException {
    Document d = stored.document(doc);
    return codec.decode(d.get(Fields.ARTICLE), d.get(Fields.TITLE), d.get(Fields.BODY));
  }

  /** The hit for {@code doc}, without reading the body (the costly stored field). */
  Hit hit(StoredFields stored, int doc, String snippet) throws IOException {
    Document d = stored.document(doc, WITHOUT_BODY);
    Article a = codec.decode(d.get(Fields.ARTICLE), d.get(Fields.TITLE), null);
    return Hit.of(a, snippet);
  }
}
