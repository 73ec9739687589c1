package org.dispatches.index.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.index.Fields;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.ReportIndexer;
import org.dispatches.testing.TestIndex;
import org.junit.jupiter.api.Test;

/** Copy groups decided at index time, on short reports written for the test. */
class CopyGroupsTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults();

  static final String STORY = String.join(
      "\n\n",
      "Rescue workers searched through the rubble of a four-storey building in the centre of the city on Tuesday after an overnight strike, residents said.",
      "The civil defence agency said 23 people were killed and dozens more were wounded, many of them children who had been sleeping on the upper floors.",
      "Neighbours described a loud explosion shortly after midnight followed by the collapse of the front wall, which buried the stairwell and trapped families inside.",
      "Hospital staff said they had run out of anaesthetic and were treating the wounded on the floor of the emergency ward because every bed was already taken.",
      "Talks on a truce resumed in the afternoon, with mediators saying both delegations had agreed to study a new proposal for an exchange of detainees.");

  static final String COPY = String.join(
      "\n\n",
      "By Staff Writer",
      "Rescue workers searched through the rubble of a four-storey building in the centre of the city on Tuesday after an overnight strike, residents said.",
      "The civil defence agency said 23 people were killed and dozens more were wounded, many of them children who had been sleeping on the upper floors.",
      "Hospital staff said they had run out of anaesthetic and were treating the wounded on the floor of the emergency ward because every bed was already taken.",
      "Neighbours described a loud explosion shortly after midnight followed by the collapse of the front wall, which buried the stairwell and trapped families inside.",
      "Share this article on social media");

  static final String UPDATE = String.join(
      "\n\n",
      "The death toll from an overnight strike on a residential building rose sharply on Wednesday as more bodies were pulled from the ruins, officials said.",
      "Rescue workers searched through the rubble of a four-storey building in the centre of the city on Tuesday after an overnight strike, residents said.",
      "The civil defence agency said 41 people were killed and dozens more were wounded, many of them children who had been sleeping on the upper floors.",
      "Neighbours described a loud explosion shortly after midnight followed by the collapse of the front wall, which buried the stairwell and trapped families inside.",
      "Hospital staff said they had run out of anaesthetic and were treating the wounded on the floor of the emergency ward because every bed was already taken.");

  static final String OTHER = String.join(
      "\n\n",
      "Farmers in the north of the country began the olive harvest early this year, saying that the dry summer and the closure of roads to their groves left them little choice.",
      "Cooperatives expect the yield to fall by a third, and prices at the markets in the regional capital have already doubled since the start of the month, traders said.");

  @Test
  void retitledReorderedCopyJoinsTheEarlierReportsGroup() throws IOException {
    Map<String, Long> groups = index(Map.of()).groups;
    assertEquals(groups.get("wire"), groups.get("copy"));
  }

  @Test
  void updateWithANewTollIsNotACopy() throws IOException {
    Map<String, Long> groups = index(Map.of()).groups;
    assertNotEquals(groups.get("wire"), groups.get("update"));
    assertNotEquals(groups.get("wire"), groups.get("other"));
  }

  @Test
  void copyIndexedInALaterRunJoinsTheGroupFromTheFirstRun() throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (ReportIndexer indexer =
        new ReportIndexer(dir, new IndexingOptions(true, 1, 64), EXTRACTOR)) {
      indexer.add(TestIndex.report("wire", "Strike kills 23", STORY, "2024-03-05", "Wire"));
      indexer.commit();
    }
    try (ReportIndexer indexer =
        new ReportIndexer(dir, new IndexingOptions(false, 1, 64), EXTRACTOR)) {
      indexer.add(
          TestIndex.report("copy", "Dozens buried as building falls", COPY, "2024-03-05", "Daily"));
      indexer.commit();
    }
    Map<String, Long> groups = groupsIn(dir);
    assertEquals(groups.get("wire"), groups.get("copy"));
    assertTrue(isMember(dir, "copy"));
    assertFalse(isMember(dir, "wire"));
  }

  @Test
  void reindexedReportLeavesItsOldGroupWhenItsTextChanged() throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (ReportIndexer indexer =
        new ReportIndexer(dir, new IndexingOptions(true, 1, 64), EXTRACTOR)) {
      indexer.add(TestIndex.report("wire", "Strike kills 23", STORY, "2024-03-05", "Wire"));
      indexer.add(TestIndex.report("copy", "Dozens buried", COPY, "2024-03-05", "Daily"));
      indexer.add(TestIndex.report(
          "copy2",
          "Building falls",
          COPY + "\n\nRead more: the war in pictures",
          "2024-03-05",
          "Post"));
      indexer.commit();
    }
    try (ReportIndexer indexer =
        new ReportIndexer(dir, new IndexingOptions(false, 1, 64), EXTRACTOR)) {
      // the group's first report now says something else: it leaves, the two copies stay together
      indexer.add(TestIndex.report("wire", "Olive harvest", OTHER, "2024-03-05", "Wire"));
      indexer.commit();
    }
    Map<String, Long> groups = groupsIn(dir);
    assertEquals(groups.get("copy"), groups.get("copy2"));
    assertNotEquals(groups.get("wire"), groups.get("copy"));
  }

  @Test
  void shortTextsGroupOnlyWhenWordedAlikeAndPublishedDaysApartAtMost() throws IOException {
    Map<String, Long> groups = index(Map.of(
            "h1",
                new String[] {
                  "Israeli strikes kill dozens across central Gaza as truce talks stall in Cairo, officials say",
                  "2024-01-10",
                  "Reuters"
                },
            "h2",
                new String[] {
                  "Israeli strikes kill dozens across central Gaza as truce talks stall in Cairo, officials say.",
                  "2024-01-11",
                  "Al Jazeera"
                },
            "h3",
                new String[] {
                  "Israeli strikes kill dozens across central Gaza as truce talks stall in Cairo, officials say",
                  "2024-02-20"
                },
            "h4",
                new String[] {
                  "Israeli strikes kill dozens across southern Gaza as truce talks stall in Cairo, officials say",
                  "2024-01-10"
                },
            // a short headline two outlets share is often a quote their own reports both use
            "h7", new String[] {"Minister: the talks are over", "2024-01-10", "Reuters"},
            "h8", new String[] {"Minister: the talks are over", "2024-01-10", "BBC"},
            // one outlet's title again the next day: a recurring title (a live blog), not a copy
            "h5",
                new String[] {
                  "Latest war news and conflict updates from the region today",
                  "2024-01-10",
                  "Daily Post"
                },
            "h6",
                new String[] {
                  "Latest war news and conflict updates from the region today",
                  "2024-01-11",
                  "Daily Post"
                }))
        .groups;
    assertEquals(groups.get("h1"), groups.get("h2"));
    assertNotEquals(groups.get("h5"), groups.get("h6"));
    assertNotEquals(groups.get("h7"), groups.get("h8"));
    assertNotEquals(groups.get("h1"), groups.get("h3"));
    assertNotEquals(groups.get("h1"), groups.get("h4"));
  }

  private record Indexed(Map<String, Long> groups) {}

  /** The four reports above, then {@code headlines} (id to headline and date), in one run. */
  private static Indexed index(Map<String, String[]> headlines) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (ReportIndexer indexer =
        new ReportIndexer(dir, new IndexingOptions(true, 1, 64), EXTRACTOR)) {
      indexer.add(
          TestIndex.report("wire", "Strike kills 23 in city centre", STORY, "2024-03-05", "Wire"));
      indexer.add(
          TestIndex.report("copy", "Dozens buried as building falls", COPY, "2024-03-05", "Daily"));
      indexer.add(TestIndex.report("update", "Toll rises to 41", UPDATE, "2024-03-06", "Wire"));
      indexer.add(TestIndex.report("other", "Olive harvest", OTHER, "2024-03-05", "Farm News"));
      for (var e : new java.util.TreeMap<>(headlines).entrySet()) {
        indexer.add(TestIndex.report(
            e.getKey(),
            e.getValue()[0],
            "",
            e.getValue()[1],
            e.getValue().length > 2 ? e.getValue()[2] : "Outlet " + e.getKey()));
      }
      indexer.commit();
    }
    return new Indexed(groupsIn(dir));
  }

  static Map<String, Long> groupsIn(Directory dir) throws IOException {
    Map<String, Long> out = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (var leaf : reader.leaves()) {
        NumericDocValues groups = leaf.reader().getNumericDocValues(Fields.COPY_GROUP);
        var stored = leaf.reader().storedFields();
        var live = leaf.reader().getLiveDocs();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) continue;
          assertTrue(groups.advanceExact(d));
          out.put(stored.document(d).get(Fields.ID), groups.longValue());
        }
      }
      assertEquals(reader.numDocs(), out.size());
      searcher.count(new TermQuery(new Term(Fields.ID, "x")));
    }
    return out;
  }

  private static boolean isMember(Directory dir, String id) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      var q = new org.apache.lucene.search.BooleanQuery.Builder()
          .add(
              new TermQuery(new Term(Fields.ID, id)),
              org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .add(
              new TermQuery(new Term(Fields.COPY_MEMBER, "true")),
              org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .build();
      return new IndexSearcher(reader).count(q) == 1;
    }
  }
}
