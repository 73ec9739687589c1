package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dispatches.ingest.RawReport;
import org.dispatches.testing.RealReports;
import org.dispatches.testing.TestIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The queries a new user typed into the search box (issue 19), on the real headlines and full
 * texts: what each finds is checked against what the reports say, counted from their raw text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatUsersMeanTest {
  private List<RawReport> reports;
  private TestIndex index;

  @BeforeAll
  void indexRealReports() throws Exception {
    reports = RealReports.headlinesAndFullTexts();
    index = new TestIndex(reports);
  }

  @AfterAll
  void close() throws Exception {
    if (index != null) index.close();
  }

  private SearchResponse search(String q) throws Exception {
    return index.service.search(SearchRequest.of(q));
  }

  private long total(String q) throws Exception {
    return search(q).total();
  }

  /** How many reports hold a match of {@code regex} (case-insensitive) in title or body. */
  private long reportsMatching(String regex) {
    Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return reports.stream().filter(r -> p.matcher(RealReports.text(r)).find()).count();
  }

  @Test
  void aPrefixMatchesWordsAsWrittenNotStems() throws Exception {
    long prefix = total("negotiat*");
    long words = reportsMatching("\\bnegotiat\\w*");
    // every report with such a word, give or take the tokenizer's idea of a word boundary
    assertTrue(Math.abs(prefix - words) <= words / 50, "negotiat* found " + prefix + " of " + words);
    // the stems of negotiations also match negotiable, which negotiat* does not
    assertTrue(prefix >= total("negotiations") * 0.95, "negotiat* finds what negotiations finds");
    long hostages = reportsMatching("\\bhostages?\\b");
    assertTrue(total("hostage*") >= hostages * 0.98, "hostage* finds every report with hostage or hostages");
    assertTrue(total("hostag*") >= total("hostage*"));
  }

  @Test
  void aPhraseOfCommonWordsMatchesOnlyThatPhrase() throws Exception {
    long expected = reportsMatching("\\bwhat\\W+we\\W+covered\\W+here\\b");
    assertEquals(expected, total("\"What we covered here\""));
    long dayAfter = reportsMatching("\\bthe\\W+day\\W+after\\b");
    assertTrue(dayAfter > 0);
    long found = total("\"the day after\"");
    assertTrue(Math.abs(found - dayAfter) <= Math.max(1, dayAfter / 50), "\"the day after\" found " + found + " of " + dayAfter);
    Pattern mark = Pattern.compile("<mark>(.*?)</mark>");
    for (Hit h : search("\"the day after\"").hits()) {
      var marks = mark.matcher(h.snippet().replace("&quot;", "\""));
      assertTrue(marks.find(), "the snippet marks the phrase: " + h.snippet());
      do {
        assertTrue(marks.group(1).toLowerCase(Locale.ROOT).matches("the\\W+day\\W+after"), "marked: " + marks.group(1));
      } while (marks.find());
    }
  }

  @Test
  void fuzzyTermsRunOnWordsAsWritten() throws Exception {
    assertTrue(total("negotiatons~") >= reportsMatching("\\bnegotiations\\b") * 0.98, "negotiatons~ finds negotiations");
    assertTrue(total("hostges~") >= reportsMatching("\\bhostages\\b") * 0.98, "hostges~ finds hostages");
    assertTrue(search("negotiat*").hits().get(0).snippet().contains("<mark>negotiat"), "the snippet marks the prefix's words");
  }

  @Test
  void plainWordsKeepStemming() throws Exception {
    assertTrue(total("negotiation") == total("negotiations"), "plain words match every form");
  }
}
