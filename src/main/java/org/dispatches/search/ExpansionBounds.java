package org.dispatches.search;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.queryparser.flexible.core.builders.QueryBuilder;
import org.apache.lucene.queryparser.flexible.core.builders.QueryTreeBuilder;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FuzzyQueryNode;
import org.apache.lucene.queryparser.flexible.standard.StandardQueryParser;
import org.apache.lucene.queryparser.flexible.standard.builders.FuzzyQueryNodeBuilder;
import org.apache.lucene.queryparser.flexible.standard.builders.PrefixWildcardQueryNodeBuilder;
import org.apache.lucene.queryparser.flexible.standard.builders.RegexpQueryNodeBuilder;
import org.apache.lucene.queryparser.flexible.standard.builders.WildcardQueryNodeBuilder;
import org.apache.lucene.queryparser.flexible.standard.nodes.PrefixWildcardQueryNode;
import org.apache.lucene.queryparser.flexible.standard.nodes.RegexpQueryNode;
import org.apache.lucene.queryparser.flexible.standard.nodes.WildcardQueryNode;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.dispatches.api.BadRequestException;

/**
 * Bounds on the terms a query expands to, checked as the parser builds each wildcard, regular
 * expression and fuzzy term, before Lucene compiles its automaton (a regular expression such as
 * {@code /a{1,40000}/} costs tens of seconds to compile, long before any deadline is asked):
 * <ul>
 *   <li>at most {@link #MAX_EXPANDING_TERMS} such terms per query;
 *   <li>a regular expression's automaton at most {@link #MAX_REGEX_STATES} states before
 *       determinizing (estimated from its syntax tree), and at most Lucene's determinize work
 *       limit ({@link #DETERMINIZE_WORK_LIMIT}) after;
 *   <li>a fuzzy term matches at most {@link #MAX_FUZZY_EXPANSIONS} index terms (Lucene's default).
 * </ul>
 * A query past a bound is a 400 whose code and message name the bound.
 */
final class ExpansionBounds {
  static final int MAX_EXPANDING_TERMS = 8;
  static final int MAX_REGEX_STATES = 1_000;
  static final int DETERMINIZE_WORK_LIMIT = Operations.DEFAULT_DETERMINIZE_WORK_LIMIT;
  static final int MAX_FUZZY_EXPANSIONS = FuzzyQuery.defaultMaxExpansions;

  /** The distinct terms of one parse (each is built once per field it searches). */
  private final Set<String> expanding = new HashSet<>();

  private ExpansionBounds() {}

  /** Makes {@code parser} (one parse) build its wildcard, regular expression and fuzzy terms within the bounds. */
  static void applyTo(StandardQueryParser parser) {
    ExpansionBounds bounds = new ExpansionBounds();
    QueryTreeBuilder builders = (QueryTreeBuilder) parser.getQueryBuilder();
    builders.setBuilder(WildcardQueryNode.class, bounds.counted(new WildcardQueryNodeBuilder()));
    builders.setBuilder(
        PrefixWildcardQueryNode.class, bounds.counted(new PrefixWildcardQueryNodeBuilder()));
    builders.setBuilder(FuzzyQueryNode.class, bounds.counted(new FuzzyQueryNodeBuilder()));
    builders.setBuilder(RegexpQueryNode.class, bounds.counted(node -> {
      String regex = ((RegexpQueryNode) node).getText().toString();
      requireFewStates(regex);
      try {
        return new RegexpQueryNodeBuilder().build(node);
      } catch (TooComplexToDeterminizeException e) {
        throw tooComplex(
            regex, "more than " + DETERMINIZE_WORK_LIMIT + " states when determinized");
      }
    }));
  }

  private QueryBuilder counted(QueryBuilder builder) {
    return node -> {
      String text = node instanceof FieldQueryNode f ? f.getTextAsString() : node.toString();
      if (expanding.add(text) && expanding.size() > MAX_EXPANDING_TERMS) {
        throw new BadRequestException(
            "too_many_expansions",
            "the query has more than " + MAX_EXPANDING_TERMS
                + " wildcard, regular expression or fuzzy terms; at most " + MAX_EXPANDING_TERMS
                + " are allowed");
      }
      try {
        return builder.build(node);
      } catch (TooComplexToDeterminizeException e) {
        throw new BadRequestException(
            "regex_too_complex",
            "the term " + text + " is too complex (more than " + DETERMINIZE_WORK_LIMIT
                + " automaton states when determinized); simplify it");
      }
    };
  }

  /** Refuses a regular expression whose automaton would be large before Lucene builds it. */
  static void requireFewStates(String regex) {
    long states;
    try {
      states = states(new RegExp(regex, RegExp.ALL));
    } catch (IllegalArgumentException e) {
      return; // the parser's own build reports the syntax error
    }
    if (states > MAX_REGEX_STATES) {
      throw tooComplex(
          regex,
          "about " + (states >= CAP ? "unboundedly many" : String.format("%,d", states))
              + " automaton states; at most " + String.format("%,d", MAX_REGEX_STATES)
              + " are allowed (use smaller {n,m} repeats)");
    }
  }

  private static final long CAP = 1L << 40;

  /** An upper estimate of the states of the automaton Lucene builds for {@code r}, before determinizing. */
  private static long states(RegExp r) {
    return switch (r.kind) {
      case REGEXP_UNION, REGEXP_CONCATENATION -> add(states(r.exp1), states(r.exp2));
      case REGEXP_INTERSECTION -> times(states(r.exp1), states(r.exp2));
      case REGEXP_OPTIONAL, REGEXP_REPEAT -> add(states(r.exp1), 1);
      case REGEXP_REPEAT_MIN -> add(times(r.min + 1L, states(r.exp1)), 1);
      case REGEXP_REPEAT_MINMAX -> add(times(Math.max(1L, r.max), states(r.exp1)), 1);
      // a complement determinizes its operand first: exponential in the worst case
      case REGEXP_COMPLEMENT, REGEXP_DEPRECATED_COMPLEMENT -> {
        long inner = states(r.exp1);
        yield inner >= 40 ? CAP : 1L << inner;
      }
      case REGEXP_STRING -> r.s.codePointCount(0, r.s.length()) + 1L;
      case REGEXP_INTERVAL ->
        times(10L * Math.max(1, r.digits), Math.max(1, r.digits))
            + String.valueOf(r.max).length() * 10L;
      default -> 2;
    };
  }

  private static long add(long a, long b) {
    return Math.min(CAP, a + b);
  }

  private static long times(long a, long b) {
    return a > CAP / Math.max(1, b) ? CAP : Math.min(CAP, a * b);
  }

  private static BadRequestException tooComplex(String regex, String why) {
    return new BadRequestException(
        "regex_too_complex",
        "the regular expression /" + regex + "/ is too complex (" + why + "); simplify it");
  }
}
