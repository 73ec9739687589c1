package org.dispatches.search;

import java.util.function.Predicate;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/** Which fields a translated query searches. */
final class TouchedFields {
  private TouchedFields() {}

  /** Whether some part of {@code query}, required or not, searches a field {@code field} accepts. */
  static boolean any(Query query, Predicate<String> field) {
    boolean[] found = {false};
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String name) {
        if (field.test(name)) found[0] = true;
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
