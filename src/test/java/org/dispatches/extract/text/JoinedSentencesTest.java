package org.dispatches.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dispatches.extract.Article;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JoinedSentencesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The outcome was uncertain.The deal collapsed.|The outcome was uncertain. The deal collapsed.",
        "Talks failed!Mediators left.|Talks failed! Mediators left.",
        "Was it over?Nobody knew.|Was it over? Nobody knew.",
        "He said \"it is over.\"The talks ended.|He said \"it is over.\" The talks ended.",
        "It happened in 2024.The war went on.|It happened in 2024. The war went on.",
        "One.Two.Three words.|One. Two. Three words."
      })
  void splitsSentencesJoinedWithoutASpace(String joined, String split) {
    assertEquals(split, JoinedSentences.split(joined));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Prices rose 3.5 percent.",
        "J.K.Rowling wrote it.",
        "The U.S.Army said so.",
        "Ask Mr.Smith about it.",
        "Acme Inc.The firm said.",
        "See e.g.The report.",
        "Read https://example.org/news/Live.Updates today.",
        "Mail press@Example.Org now.",
        "Visit www.Example.Com today.",
        "The iPhone is new.",
        "Meeting at 9 a.m.The end."
      })
  void leavesDecimalsInitialsAbbreviationsAndAddressesAlone(String text) {
    assertSame(text, JoinedSentences.split(text));
  }

  @Test
  void theExtractedBodyAndItsWordsAreSplit() {
    Article a = ArticleExtractor.withDefaults()
        .extract(new org.dispatches.ingest.RawReport(
            "j1",
            "Talks",
            "The outcome was uncertain.The deal collapsed.",
            "2024-01-01",
            "Reuters",
            null,
            null,
            new org.dispatches.ingest.SourceLocation("test", "j1", 1, false)));
    assertEquals("The outcome was uncertain. The deal collapsed.", a.body());
  }

  /** On real full texts: joins exist, and after the split none of the pattern is left but the kept exceptions. */
  @Test
  void realFullTextsLoseTheirJoins() throws Exception {
    Path file = SharedData.require("gaza-war-fulltext-4-newspapers/output.csv.gz");
    String text;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      text = r.lines().limit(20_000).collect(java.util.stream.Collectors.joining("\n"));
    }
    Pattern join = Pattern.compile("\\p{Ll}{3,}\\.\\p{Lu}\\p{Ll}{2,}");
    long before = count(join.matcher(text));
    String split = JoinedSentences.split(text);
    long after = count(join.matcher(split));
    assertTrue(before > 0, "the full texts hold joined sentences");
    assertTrue(after * 10 < before, "joins left: " + after + " of " + before);
  }

  private static long count(Matcher m) {
    long n = 0;
    while (m.find()) n++;
    return n;
  }
}
