package org.dispatches.index;

import java.util.HashMap;
import java.util.Map;
import org.dispatches.extract.ArticleIds;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadProblem;

/**
 * The duplicate rule of every indexing run and of the dry run: a report is a duplicate when an
 * earlier report of the same run has its id, the one every index keys reports by
 * ({@link ArticleIds}): the id it gives, stripped; without one, its url's; without either, its place
 * in the corpus. So two reports with one id, or without ids and with one url, are one report, and
 * the first read is kept. This is the strictest rule the three earlier loops applied: pushes
 * compared ids unstripped (" a" and "a" were two reports, of which the index then kept one), and the
 * OpenSearch run judged after extraction on worker threads (the copy kept depended on timing).
 *
 * <p>Judged on the reading thread, in reading order, before any extraction; not thread-safe.
 */
public final class FirstSeen {
  /** Each id seen, with where its first report was. */
  private final Map<String, String> firstAt = new HashMap<>();

  /** Null when {@code report} is the first with its id; else the problem that skips it. */
  public ReadProblem duplicate(RawReport report) {
    String id = ArticleIds.idFor(report);
    String first = firstAt.putIfAbsent(id, report.location().toString());
    if (first == null) return null;
    return ReadProblem.duplicate(report.location().file(), report.location().line(), id, first);
  }
}
