package org.dispatches.search;

import java.util.List;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldableNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FuzzyQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QuotedFieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.processors.QueryNodeProcessorImpl;
import org.apache.lucene.queryparser.flexible.standard.nodes.RegexpQueryNode;
import org.apache.lucene.queryparser.flexible.standard.nodes.WildcardQueryNode;
import org.dispatches.index.Fields;

/**
 * Sends the parts of a query that name words as written to the exact-word fields: a wildcard or
 * prefix ({@code negotiat*}), a fuzzy term ({@code negotiatons~}), a regular expression and a
 * quoted phrase. On the stemmed fields {@code negotiat*} would match stems (few) and a phrase of
 * stop words would match any single word left. Plain words keep the stemmed fields. Runs after the
 * parser has expanded unfielded words over the fields, before analysis.
 */
final class ExactWords extends QueryNodeProcessorImpl {
  @Override
  protected QueryNode preProcessNode(QueryNode node) {
    if (asWritten(node) && node instanceof FieldableNode f && f.getField() != null) {
      String exact = Fields.EXACT_OF.get(f.getField().toString());
      if (exact != null) f.setField(exact);
    }
    return node;
  }

  private static boolean asWritten(QueryNode node) {
    return node instanceof QuotedFieldQueryNode
        || node instanceof WildcardQueryNode
        || node instanceof FuzzyQueryNode
        || node instanceof RegexpQueryNode;
  }

  @Override
  protected QueryNode postProcessNode(QueryNode node) {
    return node;
  }

  @Override
  protected List<QueryNode> setChildrenOrder(List<QueryNode> children) {
    return children;
  }
}
