package org.dispatches.search;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.flexible.core.QueryNodeException;
import org.apache.lucene.queryparser.flexible.core.processors.QueryNodeProcessorPipeline;
import org.apache.lucene.queryparser.flexible.standard.StandardQueryParser;
import org.apache.lucene.queryparser.flexible.standard.config.PointsConfig;
import org.apache.lucene.queryparser.flexible.standard.config.StandardQueryConfigHandler;
import org.apache.lucene.queryparser.flexible.standard.processors.MultiFieldQueryNodeProcessor;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.dispatches.api.ActorNames;
import org.dispatches.api.BadRequestException;
import org.dispatches.api.QueryLanguage;
import org.dispatches.index.FieldCatalog;
import org.dispatches.index.FieldSpec;
import org.dispatches.index.Fields;
import org.dispatches.index.TextAnalysis;

/**
 * Turns the user's query language into a Lucene query: words and phrases over title and body,
 * booleans, prefix and fuzzy terms, {@code actor:} {@code outlet:} fields, date ranges and figure
 * comparisons such as {@code killed:>30000}. Thread-safe: the parser, which is not, is made per call.
 */
public final class QueryTranslator implements QueryLanguage {
  public static final int MAX_QUERY_LENGTH = 1_000;
  /**
   * The most term, phrase, range and wildcard clauses a query may hold after field expansion: well
   * below Lucene's 1,024, since a 1,000-character query of one-letter words is already ~1,000 of
   * them and costs seconds, while real questions use a few dozen.
   */
  public static final int MAX_CLAUSES = 256;

  private static final Pattern COMPARISON =
      Pattern.compile("\\b([a-z_]+):\\s*(>=|<=|>|<)\\s*(\\d{4}-\\d{2}-\\d{2}|\\d[\\d,]*)");
  /** A query of only words of a name: letters, spaces, hyphens, apostrophes and dots. */
  private static final Pattern BARE_NAME = Pattern.compile("\\p{L}[\\p{L}\\s'’.-]*");
  /** The most words a bare name may have. */
  private static final int MAX_NAME_WORDS = 4;
  /** Plain words search the English title and body, whatever the report's language ... */
  private static final CharSequence[] ENGLISH_FIELDS = {Fields.TITLE, Fields.BODY};

  private static final Map<String, Float> FIELD_BOOSTS = fieldBoosts();

  private final Analyzer analyzer = TextAnalysis.perField();
  private final ActorNames actorNames;
  private final ActorSurnames surnames;

  public QueryTranslator(ActorNames actorNames) {
    this.actorNames = actorNames;
    this.surnames = new ActorSurnames(actorNames.gazetteer());
  }

  /**
   * The canonical name of the actor that a plain query of a few words names by one of its aliases
   * ({@code Sinouar} for Yahya Sinwar), or null: such a query also finds the reports naming the actor.
   */
  public String actorNamedBy(String text) {
    if (text == null || !BARE_NAME.matcher(text.strip()).matches()) return null;
    if (text.strip().split("\\s+").length > MAX_NAME_WORDS) return null;
    return actorNames.known(text.strip()).orElse(null);
  }

  /** {@code query} or the reports naming {@code actor}. */
  public Query orActor(Query query, String actor) {
    if (actor == null) return query;
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.SHOULD)
        .add(
            new TermQuery(new Term(Fields.ACTOR, FieldCatalog.get(Fields.ACTOR).term(actor))),
            BooleanClause.Occur.SHOULD)
        .build();
  }

  /** The query for {@code text}; an empty text matches every report. */
  @Override
  public Query translate(String text) {
    return translate(text, text);
  }

  /**
   * The query for {@code text} as {@code widened} (the same text with other spellings of its words
   * added): the shape of the query (a description of many words, or keywords) is judged on {@code text}.
   */
  public Query translate(String text, String widened) {
    return translate(text, widened, field -> true);
  }

  /**
   * {@link #translate(String, String)}, reading the words in a language's own fields only when
   * the archive has reports in that language ({@code present} holds its title or body field): a
   * reading over fields no report has matches nothing, and parsing it cost more than the search
   * of a plain word did.
   */
  public Query translate(String text, String widened, Predicate<String> present) {
    if (text == null || text.isBlank()) return new MatchAllDocsQuery();
    if (text.length() > MAX_QUERY_LENGTH) {
      throw new BadRequestException(
          "bad_query", "the query is longer than " + MAX_QUERY_LENGTH + " characters");
    }
    String rewritten = rewriteComparisons(widened);
    try {
      // the limit is judged on the English reading: each language's reading repeats the same words
      Query english = requireFewClauses(translateOver(ENGLISH_FIELDS, rewritten, text));
      BooleanQuery.Builder anyLanguage =
          new BooleanQuery.Builder().add(english, BooleanClause.Occur.SHOULD);
      int languages = 0;
      // ... and each language's own fields, read separately: each analysis drops its own stop
      // words,
      // so a word one language ignores is never required of the reports of another
      for (Fields.TextFields own : Fields.LANGUAGE_TEXT.values()) {
        if (!present.test(own.title()) && !present.test(own.body())) continue;
        Query q = translateOver(new CharSequence[] {own.title(), own.body()}, rewritten, text);
        if (touches(q, own)) {
          anyLanguage.add(q, BooleanClause.Occur.SHOULD);
          languages++;
        }
      }
      return languages == 0 ? english : anyLanguage.build();
    } catch (QueryNodeException | IllegalArgumentException e) {
      throw new BadRequestException(
          "bad_query", "cannot parse the query: " + ParseErrorMessage.of(text, e.getMessage()));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadRequestException(
          "too_many_clauses", "the query has too many clauses; use fewer words");
    }
  }

  private static Query requireFewClauses(Query query) {
    int[] leaves = {0};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... terms) {
        leaves[0]++;
      }

      @Override
      public void visitLeaf(Query q) {
        leaves[0]++;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    if (leaves[0] > MAX_CLAUSES) {
      throw new BadRequestException(
          "too_many_clauses",
          "the query has " + leaves[0] + " clauses (words times the"
              + " fields they search); at most " + MAX_CLAUSES + " are allowed: use fewer words");
    }
    return query;
  }

  /** The query over {@code fields}: AND between words, unless it is a long description of plain words. */
  private Query translateOver(CharSequence[] fields, String rewritten, String text)
      throws QueryNodeException {
    Query query =
        resolveKeywords(parse(rewritten, fields, StandardQueryConfigHandler.Operator.AND));
    if (!LongQueries.isLong(query, text)) return query;
    // a description rather than keywords: read again with OR so that no single word is required
    return LongQueries.relax(
        resolveKeywords(parse(rewritten, fields, StandardQueryConfigHandler.Operator.OR)));
  }

  /** Whether {@code q} searches a field of {@code own} at all (a query of only actor: or date: terms does not). */
  private static boolean touches(Query q, Fields.TextFields own) {
    boolean[] found = {false};
    q.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        if (field.equals(own.title()) || field.equals(own.body())) found[0] = true;
        return true;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return found[0];
  }

  private Query parse(
      String text, CharSequence[] fields, StandardQueryConfigHandler.Operator operator)
      throws QueryNodeException {
    StandardQueryParser parser = new StandardQueryParser(analyzer);
    parser.setMultiFields(fields);
    parser.setFieldsBoost(FIELD_BOOSTS);
    parser.setDefaultOperator(operator);
    // made per parse: the configuration holds java.text number formats, which are not thread-safe,
    // and concurrent requests with figure ranges corrupted a shared one
    parser.setPointsConfigMap(pointsConfig());
    parser.setAllowLeadingWildcard(false);
    QueryNodeProcessorPipeline pipeline =
        (QueryNodeProcessorPipeline) parser.getQueryNodeProcessor();
    pipeline.add(0, new QueryFields());
    pipeline.add(indexAfter(pipeline, MultiFieldQueryNodeProcessor.class), new ExactWords());
    ExpansionBounds.applyTo(parser);
    return parser.parse(text, null);
  }

  /** The position just after the parser's step of class {@code step}. */
  private static int indexAfter(QueryNodeProcessorPipeline pipeline, Class<?> step) {
    for (int i = 0; i < pipeline.size(); i++) {
      if (step.isInstance(pipeline.get(i))) return i + 1;
    }
    throw new IllegalStateException("the query parser has no " + step.getSimpleName());
  }

  /** {@code killed:>30000} → {@code killed:{30000 TO *]}: the parser has no comparison syntax after a colon. */
  static String rewriteComparisons(String text) {
    Matcher m = COMPARISON.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = m.group(3).replace(",", "");
      String range = switch (m.group(2)) {
        case ">" -> "{" + v + " TO *]";
        case ">=" -> "[" + v + " TO *]";
        case "<" -> "[* TO " + v + "}";
        default -> "[* TO " + v + "]";
      };
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + ":" + range));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Terms of keyword fields (actor, outlet, source) are looked up as the field catalogue says: through
   * the field's aliases, then its key, the same rule as the index and the filters.
   */
  private Query resolveKeywords(Query q) {
    if (q instanceof TermQuery tq) {
      Term t = tq.getTerm();
      Query byName = bySurname(t);
      if (byName != null) return byName;
      FieldSpec field = keywordField(t.field());
      return field == null
          ? q
          : new TermQuery(new Term(t.field(), actorNames.key(field, t.text())));
    }
    if (q instanceof PrefixQuery pq) {
      Term t = pq.getPrefix();
      FieldSpec field = keywordField(t.field());
      // a prefix is not a name: no aliases, only the key's folding
      return field == null ? q : new PrefixQuery(new Term(t.field(), field.term(t.text())));
    }
    if (q instanceof BoostQuery bq)
      return new BoostQuery(resolveKeywords(bq.getQuery()), bq.getBoost());
    if (q instanceof BooleanQuery bq) {
      BooleanQuery.Builder b =
          new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
      for (BooleanClause c : bq.clauses()) b.add(resolveKeywords(c.query()), c.occur());
      return b.build();
    }
    return q;
  }

  /** A family name in a field of actors that no alias matches, as the people it ends the names of; null otherwise. */
  private Query bySurname(Term t) {
    FieldSpec field = keywordField(t.field());
    if (field == null || field.aliases() != FieldSpec.Aliases.ACTORS) return null;
    if (actorNames.known(t.text()).isPresent()) return null;
    java.util.List<String> people = surnames.actors(t.text());
    if (people.isEmpty()) return null;
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String p : people)
      any.add(new TermQuery(new Term(t.field(), field.term(p))), BooleanClause.Occur.SHOULD);
    return any.build();
  }

  /** The keyword field a query may name by {@code name}, or null (text, dates, figures). */
  private static FieldSpec keywordField(String name) {
    return FieldCatalog.find(name)
        .filter(f -> f.kind() == FieldSpec.Kind.KEYWORD && f.query() != FieldSpec.QueryUse.NONE)
        .orElse(null);
  }

  /** Each text field's weight: a word in a title counts twice a word in a body, in every language. */
  private static Map<String, Float> fieldBoosts() {
    Map<String, Float> boosts = new HashMap<>();
    for (FieldSpec f : FieldCatalog.ALL) if (f.text()) boosts.put(f.name(), f.boost());
    return Map.copyOf(boosts);
  }

  /** Dates as whole days, figures as whole numbers with or without thousands separators. */
  private static Map<String, PointsConfig> pointsConfig() {
    Map<String, PointsConfig> map = new HashMap<>();
    for (FieldSpec f : FieldCatalog.ofKind(FieldSpec.Kind.DATE))
      map.put(f.name(), new PointsConfig(new EpochDayFormat(), Long.class));
    for (FieldSpec f : FieldCatalog.ofKind(FieldSpec.Kind.NUMBER))
      map.put(f.name(), new PointsConfig(new FigureFormat(), Long.class));
    return map;
  }
}
