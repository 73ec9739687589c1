package org.dispatches.ingest.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Main-text extraction on the article-extraction benchmark's 121 pages, scored as its score.py
 * scores (4-word shingles matched as multisets, per-page precision and recall averaged): the
 * gate is F1 0.96 and precision 0.95, beside trafilatura's 0.955 and Readability.js's 0.946.
 */
class ExtractionBenchmarkTest {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  @Test
  void scoresAboveTheGateOnTheBenchmarkPages() throws Exception {
    Path dir = SharedData.require("article-extraction-benchmark");
    JsonObject truth = JsonParser.parseString(Files.readString(dir.resolve("ground-truth.json")))
        .getAsJsonObject();
    List<Double> precisions = new ArrayList<>();
    List<Double> recalls = new ArrayList<>();
    long start = System.nanoTime();
    for (String id : truth.keySet()) {
      byte[] html;
      try (InputStream in =
          new GZIPInputStream(Files.newInputStream(dir.resolve("html/" + id + ".html.gz")))) {
        html = in.readAllBytes();
      }
      String predicted = WebPageReader.read(html, null).text();
      double[] c = counts(truth.getAsJsonObject(id).get("articleBody").getAsString(), predicted);
      if (c[1] == 0 && c[2] == 0) {
        precisions.add(1.0);
        recalls.add(1.0);
        continue;
      }
      if (c[0] + c[1] > 0) precisions.add(c[0] / (c[0] + c[1]));
      if (c[0] + c[2] > 0) recalls.add(c[0] / (c[0] + c[2]));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double p = precisions.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double r = recalls.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double f1 = 2 * p * r / (p + r);
    System.out.printf(
        "article extraction on %d pages: F1 %.3f, precision %.3f, recall %.3f (%.0f pages/s)%n",
        truth.size(), f1, p, r, truth.size() / seconds);
    assertTrue(f1 >= 0.96, "F1 " + f1);
    assertTrue(p >= 0.95, "precision " + p);
  }

  /** True positives, false positives and false negatives of shingles, normalised to sum to 1. */
  private static double[] counts(String truth, String predicted) {
    Map<List<String>, Integer> a = shingles(truth);
    Map<List<String>, Integer> b = shingles(predicted);
    double tp = 0, fp = 0, fn = 0;
    for (Map.Entry<List<String>, Integer> e : b.entrySet()) {
      int inTruth = a.getOrDefault(e.getKey(), 0);
      tp += Math.min(inTruth, e.getValue());
      fp += Math.max(0, e.getValue() - inTruth);
    }
    for (Map.Entry<List<String>, Integer> e : a.entrySet())
      fn += Math.max(0, e.getValue() - b.getOrDefault(e.getKey(), 0));
    double sum = tp + fp + fn;
    return sum == 0 ? new double[3] : new double[] {tp / sum, fp / sum, fn / sum};
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) words.add(m.group());
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i < Math.max(1, words.size() - 3); i++) {
      List<String> s = words.subList(i, Math.min(words.size(), i + 4));
      if (!s.isEmpty()) out.merge(List.copyOf(s), 1, Integer::sum);
    }
    return out;
  }
}
