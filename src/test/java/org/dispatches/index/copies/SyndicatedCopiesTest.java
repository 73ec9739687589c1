package org.dispatches.index.copies;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dispatches.extract.Article;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.eval.CsvRows;
import org.dispatches.extract.figures.Figure;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.SourceLocation;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision of copy grouping on real full texts (the four newspapers, BBC 2025): each
 * sampled report gets a syndicated copy and, when it writes a figure in digits, an update with a
 * new value; copies must join their original's group, updates must not.
 */
class SyndicatedCopiesTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults();
  private static final SourceLocation LOC = new SourceLocation("test", "test", 1, false);
  private static final int PER_CORPUS = 150;
  private static final int MIN_WORDS = 120;

  @Test
  void lexisNexisFullTexts() throws Exception {
    List<Article> originals = new ArrayList<>();
    for (Map<String, String> row :
        CsvRows.read(SharedData.require("gaza-war-fulltext-4-newspapers/output.csv.gz"))) {
      originals.add(EXTRACTOR.extract(
          new RawReport(null, null, row.get("text"), null, null, null, null, LOC)));
    }
    check("four newspapers", originals, 1);
  }

  @Test
  void bbcFullTexts() throws Exception {
    List<Article> originals = new ArrayList<>();
    for (Map<String, String> row :
        CsvRows.read(SharedData.require("bbc-world-fulltext-2025q1/bbc_news.csv.gz"))) {
      originals.add(EXTRACTOR.extract(new RawReport(
          null,
          row.get("headline"),
          row.get("content"),
          row.get("publish_date"),
          "BBC",
          row.get("url"),
          null,
          LOC)));
    }
    check("BBC", originals, 2);
  }

  private static void check(String name, List<Article> all, long seed) {
    CopySignatures signatures = new CopySignatures();
    CopyGroups groups = CopyGroups.empty();
    List<Article> eligible = new ArrayList<>();
    java.util.Map<String, Long> groupOf = new java.util.HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Article a = all.get(i);
      String id = name + "-" + i;
      groupOf.put(id, groups.assign(id, signatures.of(a)).group());
      if (CopySignatures.words(a.body()) >= MIN_WORDS) eligible.add(a);
    }
    Collections.shuffle(eligible, new Random(seed));
    List<Article> sample = eligible.subList(0, Math.min(PER_CORPUS, eligible.size()));
    Syndicator syndicator = new Syndicator(seed);
    int copies = 0, joined = 0, wrongGroup = 0, updates = 0, updatesGrouped = 0;
    for (Article original : sample) {
      String originalId = name + "-" + all.indexOf(original);
      long group = groupOf.get(originalId);
      Article copy = EXTRACTOR.extract(new RawReport(
          "copy-" + originalId,
          syndicator.headline(),
          syndicator.copy(original.body()),
          null,
          "Syndicating Outlet",
          null,
          null,
          LOC));
      Membership m = groups.assign(copy.id(), signatures.of(copy));
      copies++;
      if (m.group() == group) joined++;
      else {
        if (!m.first()) wrongGroup++;
      }
      String[] update = updateOf(original);
      if (update != null) {
        Article u = EXTRACTOR.extract(new RawReport(
            "update-" + originalId, update[0], update[1], null, "Wire", null, null, LOC));
        updates++;
        if (groups.assign(u.id(), signatures.of(u)).group() == group) updatesGrouped++;
      }
    }
    double recall = (double) joined / copies;
    System.out.printf(
        "%s: %d copies, %d joined their original (recall %.3f), %d joined another group; %d updates, %d grouped with their original%n",
        name, copies, joined, recall, wrongGroup, updates, updatesGrouped);
    assertTrue(copies >= 100, "too few reports to judge: " + copies);
    assertTrue(recall >= 0.95, name + " recall " + recall);
    assertTrue(wrongGroup <= 0.02 * copies, name + " copies in a wrong group: " + wrongGroup);
    assertTrue(updates >= 20, "too few updates to judge: " + updates);
    assertTrue(
        updatesGrouped <= 0.05 * updates,
        name + " updates grouped: " + updatesGrouped + " of " + updates);
  }

  /**
   * Title and body of an update: the first figure the report writes in digits raised (in the title
   * too, as an update's headline gives the new toll) and a new lead; null when it has none.
   */
  private static String[] updateOf(Article a) {
    for (Figure f : a.figures()) {
      if (f.value() < 10) continue;
      for (String written : List.of(String.format("%,d", f.value()), Long.toString(f.value()))) {
        if (!f.sentence().contains(written)) continue;
        long raised = f.value() + 1 + f.value() / 10;
        String update = Syndicator.update(a.body(), written, String.format("%,d", raised));
        String title =
            a.title() == null ? null : a.title().replace(written, String.format("%,d", raised));
        if (update != null) return new String[] {title, update};
      }
    }
    return null;
  }
}
