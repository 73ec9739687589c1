package org.dispatches.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.dispatches.api.BadRequestException;
import org.dispatches.index.FieldCatalog;
import org.dispatches.index.FieldSpec;

/**
 * Translates the Lucene query that the query language ({@code QueryLanguage}) builds from the user's query language
 * into OpenSearch query DSL. Parsing once, with the very rules the Lucene back end uses (figure
 * comparisons, actor aliases, analysis), and translating the finished tree keeps both back ends
 * answering the same query the same way; the terms in the tree are already analyzed, so the DSL
 * uses term-level queries that OpenSearch does not analyze again.
 */
final class QueryDsl {
  private QueryDsl() {}

  static JsonObject translate(Query q) {
    if (q instanceof BooleanQuery bq) return bool(bq);
    if (q instanceof TermQuery tq) return term(tq.getTerm());
    if (q instanceof BoostQuery bq)
      return bq.getBoost() == 1f
          ? translate(bq.getQuery())
          : boost(translate(bq.getQuery()), bq.getBoost());
    if (q instanceof PhraseQuery pq) return phrase(pq);
    if (q instanceof PrefixQuery pq)
      return leaf("prefix", pq.getPrefix().field(), value(pq.getPrefix()));
    if (q instanceof FuzzyQuery fq) return fuzzy(fq);
    if (q instanceof PointRangeQuery pr) return pointRange(pr);
    if (q instanceof WildcardQuery wq)
      return leaf("wildcard", wq.getTerm().field(), value(wq.getTerm()));
    if (q instanceof RegexpQuery rq)
      return leaf("regexp", rq.getRegexp().field(), value(rq.getRegexp()));
    if (q instanceof TermRangeQuery tr) return termRange(tr);
    if (q instanceof MatchAllDocsQuery) return named("match_all", new JsonObject());
    if (q instanceof MatchNoDocsQuery) return named("match_none", new JsonObject());
    throw new BadRequestException(
        "bad_query",
        "this kind of query is not supported on the OpenSearch back end: "
            + q.getClass().getSimpleName());
  }

  /** A clause list; like Lucene, a query made only of NOT clauses matches nothing. */
  private static JsonObject bool(BooleanQuery bq) {
    JsonObject b = new JsonObject();
    boolean positive = false;
    for (BooleanClause c : bq.clauses()) {
      String occur = switch (c.occur()) {
        case MUST -> "must";
        case SHOULD -> "should";
        case FILTER -> "filter";
        case MUST_NOT -> "must_not";
      };
      positive |= c.occur() != BooleanClause.Occur.MUST_NOT;
      if (!b.has(occur)) b.add(occur, new JsonArray());
      b.getAsJsonArray(occur).add(translate(c.query()));
    }
    if (!positive || onlyMatchesNothing(b)) return named("match_none", new JsonObject());
    if (bq.getMinimumNumberShouldMatch() > 0)
      b.addProperty("minimum_should_match", bq.getMinimumNumberShouldMatch());
    else if (b.has("should") && !b.has("must") && !b.has("filter"))
      b.addProperty("minimum_should_match", 1);
    return named("bool", b);
  }

  /** A clause list whose every clause is match_none (the readings of a purely negative query in each language). */
  private static boolean onlyMatchesNothing(JsonObject b) {
    if (b.has("must") || b.has("filter") || !b.has("should")) return false;
    for (var clause : b.getAsJsonArray("should")) {
      if (!clause.getAsJsonObject().has("match_none")) return false;
    }
    return true;
  }

  private static JsonObject term(Term t) {
    return leaf("term", t.field(), value(t));
  }

  private static JsonObject boost(JsonObject inner, float boost) {
    JsonObject b = new JsonObject();
    JsonArray must = new JsonArray();
    must.add(inner);
    b.add("must", must);
    b.addProperty("boost", boost);
    return named("bool", b);
  }

  /**
   * Exact phrases keep the positions Lucene's analysis gave them: a stop word removed from
   * "war in Gaza" leaves a one-position gap, which {@code span_gap} keeps. A sloppy phrase becomes
   * {@code match_phrase}, which runs Lucene's own sloppy phrase matching, over the already analyzed
   * terms (the whitespace analyzer leaves them as they are); only when a stop word left a gap inside
   * a sloppy phrase is the slop widened by that gap, a slightly looser match than Lucene's.
   */
  private static JsonObject phrase(PhraseQuery pq) {
    Term[] terms = pq.getTerms();
    int[] positions = pq.getPositions();
    if (terms.length == 0) return named("match_none", new JsonObject());
    if (terms.length == 1) return term(terms[0]);
    return pq.getSlop() == 0
        ? exactPhrase(pq.getField(), terms, positions)
        : sloppyPhrase(pq.getField(), terms, positions, pq.getSlop());
  }

  private static JsonObject exactPhrase(String field, Term[] terms, int[] positions) {
    JsonArray clauses = new JsonArray();
    for (int i = 0; i < terms.length; i++) {
      int gap = i == 0 ? 0 : positions[i] - positions[i - 1] - 1;
      if (gap > 0) {
        JsonObject g = new JsonObject();
        g.addProperty(field, gap);
        clauses.add(named("span_gap", g));
      }
      clauses.add(leaf("span_term", field, value(terms[i])));
    }
    JsonObject near = new JsonObject();
    near.add("clauses", clauses);
    near.addProperty("slop", 0);
    near.addProperty("in_order", true);
    return named("span_near", near);
  }

  private static JsonObject sloppyPhrase(String field, Term[] terms, int[] positions, int slop) {
    StringBuilder text = new StringBuilder();
    for (Term t : terms) text.append(text.isEmpty() ? "" : " ").append(value(t));
    int gaps = positions[positions.length - 1] - positions[0] - (positions.length - 1);
    JsonObject p = new JsonObject();
    p.addProperty("query", text.toString());
    p.addProperty("analyzer", "whitespace");
    p.addProperty("slop", slop + Math.max(0, gaps));
    return leaf("match_phrase", field, p);
  }

  private static JsonObject fuzzy(FuzzyQuery fq) {
    JsonObject f = new JsonObject();
    f.addProperty("value", value(fq.getTerm()));
    f.addProperty("fuzziness", fq.getMaxEdits());
    f.addProperty("prefix_length", fq.getPrefixLength());
    f.addProperty("transpositions", fq.getTranspositions());
    return leaf("fuzzy", fq.getTerm().field(), f);
  }

  /** Date ranges in epoch days become ISO dates on the date field; figure ranges stay numbers. Bounds are inclusive. */
  private static JsonObject pointRange(PointRangeQuery pr) {
    if (pr.getNumDims() != 1 || pr.getBytesPerDim() != Long.BYTES) {
      throw new BadRequestException("bad_query", "unsupported range on " + pr.getField());
    }
    long lo = LongPoint.decodeDimension(pr.getLowerPoint(), 0);
    long hi = LongPoint.decodeDimension(pr.getUpperPoint(), 0);
    JsonObject r = new JsonObject();
    boolean date = FieldCatalog.find(pr.getField())
        .filter(f -> f.kind() == FieldSpec.Kind.DATE)
        .isPresent();
    if (lo != Long.MIN_VALUE) r.addProperty("gte", date ? isoDay(lo) : Long.toString(lo));
    if (hi != Long.MAX_VALUE) r.addProperty("lte", date ? isoDay(hi) : Long.toString(hi));
    if (date) r.addProperty("format", "strict_date");
    return leaf("range", pr.getField(), r);
  }

  /** OpenSearch's dates span years 0..9999 in strict_date; a day beyond that clamps to the nearest end. */
  private static String isoDay(long epochDay) {
    long min = LocalDate.of(0, 1, 1).toEpochDay();
    long max = LocalDate.of(9999, 12, 31).toEpochDay();
    return LocalDate.ofEpochDay(Math.max(min, Math.min(max, epochDay))).toString();
  }

  private static JsonObject termRange(TermRangeQuery tr) {
    JsonObject r = new JsonObject();
    if (tr.getLowerTerm() != null)
      r.addProperty(tr.includesLower() ? "gte" : "gt", tr.getLowerTerm().utf8ToString());
    if (tr.getUpperTerm() != null)
      r.addProperty(tr.includesUpper() ? "lte" : "lt", tr.getUpperTerm().utf8ToString());
    return leaf("range", tr.getField(), r);
  }

  private static String value(Term t) {
    return t.text();
  }

  private static JsonObject leaf(String type, String field, String value) {
    JsonObject f = new JsonObject();
    f.addProperty(field, value);
    return named(type, f);
  }

  private static JsonObject leaf(String type, String field, JsonObject body) {
    JsonObject f = new JsonObject();
    f.add(field, body);
    return named(type, f);
  }

  static JsonObject named(String type, JsonObject body) {
    JsonObject o = new JsonObject();
    o.add(type, body);
    return o;
  }
}
