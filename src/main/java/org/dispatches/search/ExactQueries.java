package org.dispatches.search;

import org.apache.lucene.search.Query;
import org.dispatches.index.Fields;

/** What a translated query asks of the exact-word fields. */
final class ExactQueries {
  private ExactQueries() {}

  /** Whether some part of {@code query} searches an exact-word field (only then are they highlighted). */
  static boolean touchExactFields(Query query) {
    return TouchedFields.any(query, Fields.EXACT_OF::containsValue);
  }
}
