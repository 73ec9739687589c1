package org.dispatches.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.dispatches.extract.Article;
import org.dispatches.index.ArticleCodec;
import org.dispatches.index.ArticleValues;
import org.dispatches.index.FieldCatalog;
import org.dispatches.index.FieldSpec;
import org.dispatches.index.Fields;
import org.dispatches.index.copies.CopyGroups;
import org.dispatches.index.copies.CopySignature;
import org.dispatches.index.copies.Membership;

/**
 * Maps an extracted {@link Article} to the JSON document {@link IndexTemplate} describes: the very
 * values the Lucene document holds ({@link ArticleValues}, keys applied in Java), so that both back
 * ends match exactly the same keyword terms.
 */
final class ClusterDocuments {
  private final ArticleCodec codec = new ArticleCodec();

  JsonObject toDocument(Article a) {
    JsonObject doc = new JsonObject();
    doc.add(Fields.ARTICLE, JsonParser.parseString(codec.encode(a)));
    ArticleValues values = ArticleValues.of(a);
    for (FieldSpec f : FieldCatalog.ALL) {
      addValues(doc, f, values);
      // a facet's values as written in its facet_ keyword field; the months are a histogram of the
      // date
      if (f.faceted() && f.facet() != FieldSpec.Facet.MONTHS) {
        List<String> facet = values.facetValues(f);
        if (f.multiValuedFacet()) doc.add(ClusterFields.facet(f.name()), strings(facet));
        else if (!facet.isEmpty()) doc.addProperty(ClusterFields.facet(f.name()), facet.get(0));
      }
    }
    return doc;
  }

  /** The field's own values in the form its mapping takes (the article and the copy fields are added apart). */
  private static void addValues(JsonObject doc, FieldSpec f, ArticleValues values) {
    switch (f.kind()) {
      // the exact-word fields are filled by the mapping's copy_to
      case ID, TEXT, LANGUAGE_TEXT -> {
        if (values.text(f) != null) doc.addProperty(f.name(), values.text(f));
      }
      case KEYWORD -> {
        List<String> terms = values.terms(f);
        if (!terms.isEmpty()) doc.add(f.name(), strings(terms));
      }
      case DATE -> {
        for (long day : values.numbers(f))
          doc.addProperty(f.name(), LocalDate.ofEpochDay(day).toString());
      }
      case NUMBER -> {
        List<Long> numbers = values.numbers(f);
        if (numbers.isEmpty()) return;
        JsonArray array = new JsonArray();
        for (long n : numbers) array.add(n);
        doc.add(f.name(), array);
      }
      default -> {}
    }
  }

  /** Adds what near-duplicate detection decided, in the fields the index template names. */
  static void addCopyFields(JsonObject doc, String id, CopySignature signature, Membership m) {
    doc.addProperty(Fields.COPY_GROUP, m.groupKey());
    doc.addProperty(Fields.COPY_MEMBER, !m.first());
    doc.addProperty(Fields.COPY_SIMILARITY, (float) m.similarity());
    doc.addProperty(
        Fields.COPY_SIGNATURE,
        Base64.getEncoder().encodeToString(CopyGroups.stored(id, signature)));
  }

  private static JsonArray strings(Iterable<String> values) {
    JsonArray out = new JsonArray();
    for (String v : values) out.add(v);
    return out;
  }
}
