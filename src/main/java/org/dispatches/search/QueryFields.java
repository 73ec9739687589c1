package org.dispatches.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldableNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QueryNode;
import org.apache.lucene.queryparser.flexible.core.processors.QueryNodeProcessorImpl;
import org.apache.lucene.queryparser.flexible.standard.nodes.TermRangeQueryNode;
import org.dispatches.api.BadRequestException;
import org.dispatches.index.FieldCatalog;
import org.dispatches.index.FieldSpec;

/**
 * Checks the fields a query names before it is run: a misspelt field ({@code kiled:>1000}) would
 * otherwise search a field no report has and answer 0 hits without a word, and a date the range
 * syntax cannot read would surface the parser's internals. Runs first in the parser's pipeline.
 */
final class QueryFields extends QueryNodeProcessorImpl {
  /** The fields a user may name, in the order the error message lists them. */
  static final List<String> KNOWN = FieldCatalog.queryFields(FieldSpec.QueryUse.LISTED);
  /** Fields the index has that a query may name although the README does not list them. */
  private static final List<String> ALSO_ACCEPTED =
      FieldCatalog.queryFields(FieldSpec.QueryUse.ACCEPTED);

  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  @Override
  protected QueryNode preProcessNode(QueryNode node) {
    if (node instanceof FieldableNode f && f.getField() != null) {
      String field = f.getField().toString();
      if (!KNOWN.contains(field) && !ALSO_ACCEPTED.contains(field)) {
        throw new BadRequestException(
            "unknown_field",
            "there is no field \"" + field + "\"." + Nearest.hint(field, KNOWN) + " Fields: "
                + String.join(", ", KNOWN) + ".");
      }
      if (FieldCatalog.get(field).kind() == FieldSpec.Kind.DATE) checkDates(node);
    }
    return node;
  }

  /** Dates are whole ISO days, and a range runs forwards. */
  private static void checkDates(QueryNode node) {
    if (node instanceof TermRangeQueryNode range) {
      LocalDate lo = day(range.getLowerBound());
      LocalDate hi = day(range.getUpperBound());
      if (lo != null && hi != null && lo.isAfter(hi)) {
        throw new BadRequestException(
            "bad_query",
            "the date range runs backwards: " + lo + " is after " + hi
                + "; write the earlier date first, as in date:[" + hi + " TO " + lo + "]");
      }
    } else if (node instanceof FieldQueryNode value) {
      day(value);
    }
  }

  /** The day of a range bound; null for an open bound ({@code *}). */
  private static LocalDate day(FieldQueryNode bound) {
    String text = bound.getTextAsString();
    if (text.isEmpty() || text.equals("*")) return null;
    var m = ISO_DAY.matcher(text);
    try {
      if (m.matches())
        return LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new BadRequestException(
          "bad_query", "\"" + text + "\" is not a day of the calendar: " + e.getMessage());
    }
    throw new BadRequestException(
        "bad_query",
        "dates in a query are whole days written year-month-day, such as" + " 2024-04-01; got \""
            + text + "\". For a month write date:[2024-04-01 TO 2024-04-30]");
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
