package org.dispatches.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.dispatches.index.Fields;
import org.dispatches.index.TextAnalysis;
import org.dispatches.testing.OpenSearchNode;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The cluster's title/body analyzer from {@link IndexTemplate} gives the very tokens and positions
 * the Lucene back end's analysis gives, on real headlines plus the hard cases (soft hyphens,
 * diacritics, possessives, stop words). Skips without a node.
 */
class AnalysisParityTest {
  @Test
  void clusterAnalyzerTokensEqualLuceneTokens() throws Exception {
    ClusterHttp http = OpenSearchNode.require();
    List<String> texts = new ArrayList<>(List.of(
        "Hamas's spokesman Hazim Kasım said the cease\u00ADfire in Gaza's north holds",
        "Netanyahu’s cabinet: \"No deal\" — U.N. says 1,800 prisoners; e-mail @ 10:30",
        "Zero\u200Bwidth joiners and the Café in Khan Yunis"));
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(
            SharedData.require("gaza-google-news-headlines/gaza-news.txt.gz"))),
        StandardCharsets.UTF_8))) {
      // every 40th headline: a spread of the file, a few hundred requests
      int i = 0;
      for (String line; (line = r.readLine()) != null; i++) {
        String[] cells = line.split("\t", -1);
        if (cells.length == 4 && i % 40 == 0) texts.add(cells[2]);
      }
    }
    String index = OpenSearchNode.uniqueIndex("analysis");
    IndexTemplate.ensure(http, ClusterSettings.at(http.url()).withIndex(index), true);
    try (Analyzer lucene = TextAnalysis.perField()) {
      for (String text : texts) {
        JsonObject body = new JsonObject();
        body.addProperty("analyzer", IndexTemplate.ENGLISH);
        body.addProperty("text", text);
        JsonObject answer = http.expectOk("POST", "/" + index + "/_analyze", body);
        List<String> cluster = new ArrayList<>();
        for (JsonElement t : answer.getAsJsonArray("tokens")) {
          cluster.add(t.getAsJsonObject().get("token").getAsString() + "@"
              + t.getAsJsonObject().get("position").getAsInt());
        }
        assertEquals(luceneTokens(lucene, text), cluster, text);
      }
    } finally {
      OpenSearchNode.delete(http, index);
    }
  }

  private static List<String> luceneTokens(Analyzer analyzer, String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Fields.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(term + "@" + pos);
      }
      ts.end();
    }
    return out;
  }
}
