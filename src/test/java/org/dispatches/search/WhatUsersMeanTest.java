package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dispatches.api.Correction;
import org.dispatches.api.Hit;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.ingest.RawReport;
import org.dispatches.testing.RealReports;
import org.dispatches.testing.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries a new user typed into the search box (issue 19), on the real headlines and full
 * texts: what each finds is checked against what the reports say, counted from their raw text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatUsersMeanTest {
  private List<RawReport> reports;
  private RunningServer server;

  @BeforeAll
  void indexRealReports(@TempDir Path web) throws Exception {
    reports = RealReports.headlinesAndFullTexts();
    server = new RunningServer(reports, web);
  }

  @AfterAll
  void close() throws Exception {
    if (server != null) server.close();
  }

  private SearchResponse search(String q) throws Exception {
    return server.index.service.search(SearchRequest.of(q));
  }

  /** The error of a search the API refused with 400. */
  private JsonObject refused(String query) throws Exception {
    HttpResponse<String> r = server.get("/api/search?" + query);
    assertEquals(400, r.statusCode(), query + " answered " + r.body());
    return RunningServer.json(r).getAsJsonObject("error");
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
    assertTrue(
        Math.abs(prefix - words) <= words / 50, "negotiat* found " + prefix + " of " + words);
    // the stems of negotiations also match negotiable, which negotiat* does not
    assertTrue(prefix >= total("negotiations") * 0.95, "negotiat* finds what negotiations finds");
    long hostages = reportsMatching("\\bhostages?\\b");
    assertTrue(
        total("hostage*") >= hostages * 0.98,
        "hostage* finds every report with hostage or hostages");
    assertTrue(total("hostag*") >= total("hostage*"));
  }

  @Test
  void aPhraseOfCommonWordsMatchesOnlyThatPhrase() throws Exception {
    long expected = reportsMatching("\\bwhat\\W+we\\W+covered\\W+here\\b");
    assertEquals(expected, total("\"What we covered here\""));
    long dayAfter = reportsMatching("\\bthe\\W+day\\W+after\\b");
    assertTrue(dayAfter > 0);
    long found = total("\"the day after\"");
    assertTrue(
        Math.abs(found - dayAfter) <= Math.max(1, dayAfter / 50),
        "\"the day after\" found " + found + " of " + dayAfter);
    Pattern mark = Pattern.compile("<mark>(.*?)</mark>");
    for (Hit h : search("\"the day after\"").hits()) {
      var marks = mark.matcher(h.snippet().replace("&quot;", "\""));
      assertTrue(marks.find(), "the snippet marks the phrase: " + h.snippet());
      do {
        assertTrue(
            marks.group(1).toLowerCase(Locale.ROOT).matches("the\\W+day\\W+after"),
            "marked: " + marks.group(1));
      } while (marks.find());
    }
  }

  @Test
  void fuzzyTermsRunOnWordsAsWritten() throws Exception {
    assertTrue(
        total("negotiatons~") >= reportsMatching("\\bnegotiations\\b") * 0.98,
        "negotiatons~ finds negotiations");
    assertTrue(
        total("hostges~") >= reportsMatching("\\bhostages\\b") * 0.98, "hostges~ finds hostages");
    assertTrue(
        search("negotiat*").hits().get(0).snippet().contains("<mark>negotiat"),
        "the snippet marks the prefix's words");
  }

  @Test
  void plainWordsKeepStemming() throws Exception {
    assertTrue(total("negotiation") == total("negotiations"), "plain words match every form");
  }

  @Test
  void unknownFieldsAreRefusedWithTheNearestKnownOne() throws Exception {
    JsonObject e = refused("q=" + RunningServer.encode("kiled:>1000"));
    assertEquals("unknown_field", e.get("code").getAsString());
    assertTrue(e.get("message").getAsString().contains("Did you mean killed?"), e.toString());
    assertTrue(
        refused("q=" + RunningServer.encode("released:>100"))
            .get("message")
            .getAsString()
            .contains("killed"),
        "the message lists the known fields");
    assertTrue(total("killed:>1000") > 0, "a known figure field still works");
  }

  @Test
  void unknownParametersAndFigureKindsAreRefused() throws Exception {
    JsonObject e = refused("query=ceasefire");
    assertEquals("unknown_parameter", e.get("code").getAsString());
    assertTrue(e.get("message").getAsString().contains("Did you mean q?"), e.toString());
    JsonObject kind = refused("figure=kiled");
    assertTrue(kind.get("message").getAsString().contains("Did you mean killed?"), kind.toString());
    assertEquals(200, server.get("/api/search?q=gaza&figure=killed").statusCode());
  }

  @Test
  void dateMistakesAreExplainedWithoutInternals() throws Exception {
    String month = refused("q=" + RunningServer.encode("date:[2024-04 TO 2024-05]"))
        .get("message")
        .getAsString();
    assertTrue(
        month.contains("2024-04-01") && !month.contains("org.") && !month.contains("Format"),
        month);
    String backwards = refused("q=" + RunningServer.encode("date:[2024-05-01 TO 2024-04-01]"))
        .get("message")
        .getAsString();
    assertTrue(backwards.contains("backwards"), backwards);
    assertTrue(total("date:[2024-01-01 TO 2024-01-31]") > 0);
  }

  @Test
  void misspeltWordsAreCorrectedFromTheArchivesOwnWords() throws Exception {
    SearchResponse typo = search("ceasfire negotiatons");
    assertEquals(
        new Correction("ceasefire negotiations", true, "ceasfire negotiatons"), typo.correction());
    assertTrue(typo.total() > 0);
    assertEquals(
        total("ceasefire negotiations"), typo.total(), "the results are the corrected query's");
    assertEquals("hostages", search("hostges").correction().query());
    // a description that found reports keeps them and suggests the spelling
    SearchResponse described = search("hostage release talks in cairro");
    assertTrue(described.total() > 0);
    assertEquals(
        new Correction("hostage release talks in cairo", false, "hostage release talks in cairro"),
        described.correction());
    assertEquals(
        null, search("ceasefire negotiations").correction(), "well-spelt words are left alone");
    JsonObject api =
        RunningServer.json(server.get("/api/search?q=" + RunningServer.encode("ceasfire")));
    assertEquals("ceasefire", api.getAsJsonObject("correction").get("query").getAsString());
    assertTrue(api.getAsJsonObject("correction").get("applied").getAsBoolean());
  }

  @Test
  void aBareActorAliasFindsTheActorsReports() throws Exception {
    SearchResponse alias = search("Sinouar");
    assertEquals("Yahya Sinwar", alias.actor(), "the response says whose reports it added");
    assertTrue(alias.total() > 0);
    assertTrue(alias.total() >= total("actor:\"Yahya Sinwar\""));
    long kasim = total("actor:Kasım");
    assertTrue(kasim > 0, "README's actor:Kasım finds Hazem Qassem's reports");
    assertEquals(total("actor:\"Hazem Qassem\""), kasim);
  }

  @Test
  void joinedHyphenatedAndSpacedSpellingsMatchEachOther() throws Exception {
    long anyCeasefire = reportsMatching("\\bcease(-|\\s+)?fires?\\b");
    for (String q : List.of("ceasefire", "cease-fire", "cease fire")) {
      assertTrue(
          total(q) >= anyCeasefire * 0.98,
          q + " found " + total(q) + " of " + anyCeasefire + " reports with any spelling");
    }
    long anyQassam = reportsMatching("\\bal(-|\\s+)?qassam\\b");
    assertTrue(anyQassam > 0);
    for (String q : List.of("Alqassam", "Al-Qassam", "al Qassam")) {
      assertTrue(total(q) >= anyQassam * 0.98, q + " found " + total(q) + " of " + anyQassam);
    }
    // a pair the archive never writes hyphenated stays two words
    assertEquals(total("any AND one"), total("any one"));
  }
}
