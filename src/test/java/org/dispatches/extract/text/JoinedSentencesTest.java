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
  /** JoinedSentences.split as a regex search: a space after every join its pattern finds. */
  private static String regexJoins(String text) {
    Matcher m = JoinedSentences.JOIN.matcher(text);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    while (m.find()) {
      if (!JoinedSentences.isJoin(text, m.start(1), m.end(1), m.end())) continue;
      out.append(text, copied, m.end()).append(' ');
      copied = m.end();
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** The scan finds the joins its regex (kept as its definition) finds, on real texts and odd cases. */
  @Test
  void theScanSplitsAsItsRegexDoesOnRealReports() throws Exception {
    java.util.List<String> texts = new java.util.ArrayList<>();
    texts.add(
        "ends.Then a2.The U.S.Army said.\"Go\").Next e.g.The www.x.com.Be ok.\n\nnumbers 3.5.Xy"
            + " ½.Ab Étienne.Über café.Élan 12.Ab x..Yz");
    for (var row : org.dispatches.extract.eval.CsvRows.read(
        SharedData.require("bbc-world-fulltext-2025q1/bbc_news.csv.gz")))
      texts.add(row.get("headline") + "\n\n" + row.get("content"));
    for (var row : org.dispatches.extract.eval.CsvRows.read(
        SharedData.require("gaza-war-fulltext-4-newspapers/output.csv.gz")))
      texts.add(row.get("text"));
    int joined = 0;
    for (String text : texts) {
      String split = JoinedSentences.split(text);
      assertEquals(regexJoins(text), split);
      if (!split.equals(text)) joined++;
    }
    assertTrue(joined > 100, "texts with a join: " + joined);
  }

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
