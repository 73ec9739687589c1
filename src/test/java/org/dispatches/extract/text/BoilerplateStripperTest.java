package org.dispatches.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dispatches.extract.eval.CsvRows;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;

class BoilerplateStripperTest {
  private final BoilerplateStripper stripper = new BoilerplateStripper();

  @Test
  void pageFurnitureLinesGo() {
    String body =
        "Skip to content\n\nPhoto of author\n\nBy journalsofus.com\n\nBy | Published | No Comments\n\n"
            + "The talks resumed on Monday.\n\nLeave a comment";
    assertEquals("The talks resumed on Monday.", stripper.strip(body));
  }

  @Test
  void aLabelOnItsOwnLineTakesItsValueLineWithIt() {
    String body =
        "The talks resumed on Monday.\n\nPublished by:\n\nKarishma Example\n\nPublished on:\n\nApril 9, 2024";
    assertEquals("The talks resumed on Monday.", stripper.strip(body));
    assertEquals("The talks resumed.", stripper.strip("The talks resumed.\nWritten by: Jane Roe"));
  }

  @Test
  void aClosingAuthorBioGoesButTheSameShapeInsideAReportStays() {
    String bio =
        "Jane Roe, a dynamic blog writer and tech enthusiast, is a trailblazer in the world of computing.";
    assertEquals(
        "The talks resumed on Monday.", stripper.strip("The talks resumed on Monday.\n\n" + bio));
    String quoted =
        "Rami Example, a journalist in Gaza City, said the strikes continued overnight.\n\nThe talks resumed.";
    assertEquals(quoted, stripper.strip(quoted));
    String last =
        "The talks resumed.\n\nJohn Example, the columnist of the Daily, in an attack on the minister: \"He failed.\"";
    assertEquals(last, stripper.strip(last));
  }

  @Test
  void reportLinesThatMentionTheseWordsStay() {
    String body =
        "The report was published by the ministry on Monday.\n\nComments from officials were not available.";
    assertEquals(body, stripper.strip(body));
  }

  /**
   * The stripper reads lines in place and copies the body only from the first line it changes; it
   * must give what cutting every line out gives (the reference below, its earlier form), on real
   * pages with their furniture and on the odd shapes of whitespace a scrape leaves.
   */
  @Test
  void readingLinesInPlaceGivesWhatCuttingThemOutGives() throws Exception {
    List<String> bodies = new ArrayList<>(List.of(
        "",
        "\n",
        "\n\n  \nThe talks resumed.\n",
        "The talks resumed.\n\n\n\nThey ended.",
        "The talks\u00A0resumed.\n\u00A0\nShare\n  They ended.  \r\n",
        "Lead.\nPublished by:\nJane Roe\nMore text.\nClassification\nAfter the end.",
        "Lead.\n\nJane Roe, a seasoned journalist and blogger, is a writer.\n\n",
        "Photo of author\nLead.\n \n\nEnd.",
        "Only.\nClassification"));
    for (var row : CsvRows.read(SharedData.require("bbc-world-fulltext-2025q1/bbc_news.csv.gz")))
      bodies.add(row.get("content"));
    for (var row : CsvRows.read(SharedData.require("gaza-war-fulltext-4-newspapers/output.csv.gz")))
      bodies.add(row.get("text"));
    int changed = 0;
    for (String body : bodies) {
      String stripped = stripper.strip(body);
      assertEquals(byCutLines(body), stripped);
      if (!stripped.equals(body.strip())) changed++;
    }
    assertTrue(changed > 100, "bodies with furniture: " + changed);
  }

  /** The stripper as it was: every line cut out, its no-break spaces replaced, stripped, then tested. */
  private String byCutLines(String body) {
    StringBuilder out = new StringBuilder(body.length());
    boolean lastBlank = true;
    boolean afterLabel = false;
    int lastLineStart = -1;
    for (String line : body.split("\n", -1)) {
      String t = line.replace('\u00A0', ' ').strip();
      if (t.equals("Classification")) break;
      if (t.isEmpty()) {
        if (!lastBlank) out.append('\n');
        lastBlank = true;
        continue;
      }
      boolean valueOfLabel = afterLabel && t.length() <= BoilerplateStripper.LABEL_VALUE_MAX;
      afterLabel = BoilerplateStripper.LABEL_LINE.matcher(t).matches();
      if (afterLabel || valueOfLabel || stripper.isFurniture(t)) continue;
      lastLineStart = out.length();
      out.append(t).append('\n');
      lastBlank = false;
    }
    if (lastLineStart >= 0
        && BoilerplateStripper.CLOSING_BIO
            .matcher(out.substring(lastLineStart).strip())
            .matches()) {
      out.setLength(lastLineStart);
    }
    return out.toString().strip();
  }
}
