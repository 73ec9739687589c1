package org.dispatches.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.dispatches.extract.text.Invisibles;
import org.junit.jupiter.api.Test;

/**
 * Invisible characters scattered through real reports (singly, in runs, and in a run longer than
 * the tokenizer's buffer) leave the same tokens as the clean text, with offsets that point at the
 * same words in the text as given.
 */
class InvisibleCharFilterTest {
  private static final String INVISIBLES = "\u00AD\u200B\u200C\u200D\u200E\u200F\u2060\uFEFF";

  @Test
  void sprinkledInvisiblesChangeNeitherTokensNorTheWordsTheirOffsetsPointAt() throws Exception {
    Random random = new Random(7);
    int reports = 0;
    try (Analyzer analyzer = TextAnalysis.perField();
        Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path file : files.sorted().toList()) {
        String clean = Invisibles.remove(Files.readString(file, StandardCharsets.UTF_8));
        String dirty = sprinkle(clean, random);
        assertEquals(
            tokens(analyzer, clean, clean), tokens(analyzer, dirty, dirty), file.toString());
        reports++;
      }
    }
    assertEquals(5, reports, "the sample corpus's reports");
  }

  /** Inserts invisible characters before about one char in twenty, and one run of 10,000. */
  private static String sprinkle(String text, Random random) {
    StringBuilder out = new StringBuilder();
    int longRunAt = text.length() / 2;
    for (int i = 0; i < text.length(); i++) {
      if (i == longRunAt) out.append("\u00AD".repeat(10_000));
      if (random.nextInt(20) == 0) {
        int run = 1 + random.nextInt(3);
        for (int k = 0; k < run; k++)
          out.append(INVISIBLES.charAt(random.nextInt(INVISIBLES.length())));
      }
      out.append(text.charAt(i));
    }
    return out.toString();
  }

  /** Each token as "term = visible text its offsets cover". */
  private static List<String> tokens(Analyzer analyzer, String text, String original)
      throws Exception {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Fields.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + " = "
            + Invisibles.remove(original.substring(offset.startOffset(), offset.endOffset())));
      }
      ts.end();
    }
    return out;
  }
}
