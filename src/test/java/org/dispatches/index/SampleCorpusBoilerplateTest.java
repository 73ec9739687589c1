package org.dispatches.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dispatches.api.SearchRequest;
import org.dispatches.extract.Article;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.testing.CollectingSink;
import org.dispatches.testing.TestIndex;
import org.junit.jupiter.api.Test;

/** The five sample reports shipped in corpus/ carry furniture copied from web pages; none of it is indexed. */
class SampleCorpusBoilerplateTest {
  private static final List<String> FURNITURE = List.of(
      "skip to content",
      "photo of author",
      "leave a comment",
      "no comments",
      "published by",
      "published on",
      "trailblazer");

  @Test
  void furnitureIsNotInTheIndexedTextAndSearchingForItFindsNothing() throws Exception {
    CorpusReader reader = new CorpusReader();
    CollectingSink sink = new CollectingSink();
    for (CorpusFile f : reader.list(List.of(Path.of("corpus")))) reader.read(f, sink);
    assertEquals(5, sink.reports.size());
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    for (var report : sink.reports) {
      Article a = extractor.extract(report);
      String text = (a.title() + "\n" + a.body()).toLowerCase(Locale.ROOT);
      for (String words : FURNITURE)
        assertFalse(text.contains(words), words + " in " + report.location());
    }
    try (TestIndex index = new TestIndex(sink.reports)) {
      assertEquals(5, index.service.search(SearchRequest.of("")).total());
      // "no" is a stop word: the phrase "no comments" would find any report saying "comments"
      for (String words : FURNITURE) {
        if (words.startsWith("no ")) continue;
        assertEquals(
            0, index.service.search(SearchRequest.of("\"" + words + "\"")).total(), words);
      }
      assertFalse(index.service.search(SearchRequest.of("ceasefire")).hits().isEmpty());
    }
  }
}
