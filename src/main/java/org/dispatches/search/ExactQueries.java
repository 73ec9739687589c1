package org.dispatches.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.dispatches.index.Fields;

/** What a translated query asks of the exact-word fields. */
final class ExactQueries {
  private ExactQueries() {}

  /** Whether some part of {@code query} searches an exact-word field (only then are they highlighted). */
  static boolean touchExactFields(Query query) {
    boolean[] found = {false};
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        if (Fields.EXACT_OF.containsValue(field)) found[0] = true;
        return true;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return found[0];
  }
}
