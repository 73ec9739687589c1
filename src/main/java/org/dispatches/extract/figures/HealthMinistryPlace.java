package org.dispatches.extract.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which Palestinian health ministry a figure's source is when the name fits both. The press writes
 * "the Palestinian Health Ministry" and "the health ministry" for the ministry in Gaza, which
 * counts Gaza's dead, and for the one in Ramallah, which counts the West Bank's. The source table
 * resolves those names to the Gaza ministry, the one quoted far more often; a figure whose own
 * sentence places its count in the West Bank, and does not name Gaza, is the Ramallah ministry's.
 * A headline that names neither place ("Palestinian Health Ministry cites over 120 fatalities")
 * takes the ministry its own figure has where the report states it again with its place.
 */
final class HealthMinistryPlace {
  static final String GAZA_MINISTRY = "Gaza health ministry";
  static final String WEST_BANK_MINISTRY = "Palestinian Authority health ministry";

  /** Where a sentence puts what it counts. */
  enum Place {
    GAZA,
    WEST_BANK,
    NONE
  }

  // A count is placed by a place after "in", "across" or the like: a West Bank toll's sentence
  // often names Gaza too ("since the Hamas attack and the war on Gaza"), but not as where the dead
  // were counted. The West Bank's towns and camps of its raids as the press names them;
  // "Jerusalem" is left out: it names Israel's government and newspapers more often than a place.
  private static final String AT =
      "\\b(?:in|across|throughout|at|near|from|around) (?:the )?(?:occupied |besieged |northern |southern |central )?";
  private static final Pattern IN_WEST_BANK = Pattern.compile(AT
      + "(?:West Bank|Jenin|Nablus|Tulkarm|Tulkarem|Nur Shams|Hebron|Ramallah|Jericho|Qalqilya"
      + "|Qalqiliya|Bethlehem|Tubas|Salfit|Balata|Aqabat Jabr)\\b");
  private static final Pattern IN_GAZA = Pattern.compile(AT
      + "(?:Gaza|Rafah|Khan Younis|Khan Yunis|Jabalia|Jabaliya|Deir al-Balah|Deir el-Balah"
      + "|Beit Hanoun|Beit Lahia|Nuseirat|Maghazi|Bureij|enclave|Strip)\\b");
  // the names only the Gaza or only the Ramallah ministry goes by
  private static final Pattern NAMES_A_MINISTRY =
      Pattern.compile("\\b(?:Gaza|Gazan|Hamas|Ramallah|West Bank|[Aa]uthority|PA)\\b");

  private HealthMinistryPlace() {}

  /** Where the sentence puts its count: the West Bank only when it places it there and nowhere in Gaza. */
  static Place of(String sentence) {
    if (sentence == null) return Place.NONE;
    if (IN_GAZA.matcher(sentence).find()) return Place.GAZA;
    return IN_WEST_BANK.matcher(sentence).find() ? Place.WEST_BANK : Place.NONE;
  }

  /** Whether an attribution as written fits both ministries: it names neither Gaza, Hamas, Ramallah, the West Bank nor the Authority. */
  static boolean ambiguous(String attribution) {
    if (attribution == null) return false;
    return !NAMES_A_MINISTRY.matcher(attribution).find();
  }

  /** The canonical source of a figure, the Ramallah ministry for an ambiguous name in a West Bank sentence. */
  static String source(String canonical, String attribution, String sentence) {
    if (!GAZA_MINISTRY.equals(canonical) || !ambiguous(attribution)) return canonical;
    return of(sentence) == Place.WEST_BANK ? WEST_BANK_MINISTRY : canonical;
  }

  /**
   * The figures, each one whose ambiguous ministry went to Gaza only because its sentence names no
   * place given the Ramallah ministry when the same kind and value is stated elsewhere in the report
   * with the West Bank as its place, and nowhere with Gaza's.
   */
  static List<Figure> placedByRestatement(List<Figure> figures) {
    if (figures.size() < 2) return figures;
    Map<String, Place> placed = new HashMap<>();
    for (Figure f : figures) {
      Place p = placeOfMinistryFigure(f);
      if (p == Place.NONE) continue;
      placed.merge(key(f), p, (a, b) -> a == b ? a : Place.GAZA);
    }
    if (!placed.containsValue(Place.WEST_BANK)) return figures;
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      boolean unplaced = GAZA_MINISTRY.equals(f.source())
          && ambiguous(f.attribution())
          && of(f.sentence()) == Place.NONE;
      if (!unplaced || placed.get(key(f)) != Place.WEST_BANK) {
        out.add(f);
        continue;
      }
      out.add(f.withSource(WEST_BANK_MINISTRY));
    }
    return out;
  }

  /** The place of a figure credited to either ministry: the Ramallah one's is the West Bank. */
  private static Place placeOfMinistryFigure(Figure f) {
    if (WEST_BANK_MINISTRY.equals(f.source())) return Place.WEST_BANK;
    if (GAZA_MINISTRY.equals(f.source())) return of(f.sentence());
    return Place.NONE;
  }

  private static String key(Figure f) {
    return f.kind() + ' ' + f.value();
  }
}
