package org.dispatches.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds person names the text presents as actors by a role word before them: "spokesperson Hazem
 * Qassem", "Foreign Minister Badr Abdelatty", "senior Hamas official Ali Baraka said".
 */
final class RoleNameFinder {
  private static final String NAME_WORD = "(?:[A-Z][\\p{L}’'\\-]+|al-[A-Z][\\p{L}’'\\-]+|el-[A-Z][\\p{L}]+|bin|ibn|Abu|Abdel|Abdul)";
  private static final Pattern ROLE_NAME =
      Pattern.compile("\\b(?:spokes(?:person|man|woman)|[Oo]fficial|[Mm]inister|President|[Ee]nvoy|[Cc]ommander"
          + "|[Dd]irector|[Ll]eader|[Cc]hief|[Aa]mbassador|[Nn]egotiator|[Mm]ediator|[Aa]dvis[eo]r|General"
          + "|Colonel|Major|Sheikh|Mayor|Secretary|Senator|[Rr]epresentative|[Cc]oordinator|[Cc]ommissioner)"
          + "\\s+(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,3})");
  /** Words that end a name: they start a title, a place or an institution rather than a name. */
  private static final Set<String> NOT_NAME =
      Set.of("Ministry", "Office", "Minister", "Council", "Forces", "Force", "Department", "Agency",
          "Gaza", "Israel", "Hamas", "Strip", "Bank", "East", "West", "Affairs", "General", "Of", "The",
          "Said", "Says", "On", "In", "And", "For", "Was", "Has", "Is", "Who", "Told", "Israeli", "Palestinian",
          "Security", "Foreign", "Defense", "Defence", "Prime", "Middle", "United", "States", "Nations",
          "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  /** The role-introduced names in {@code text}, one entry per mention. */
  List<String> find(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    Matcher m = ROLE_NAME.matcher(text);
    while (m.find()) {
      String name = clean(m.group(1));
      if (name != null) out.add(name);
    }
    return out;
  }

  private static String clean(String raw) {
    List<String> words = new ArrayList<>();
    for (String w : raw.split("\\s+")) {
      String word = w.replaceAll("['’]s?$", "");
      if (NOT_NAME.contains(word)) break;
      words.add(word);
      if (!w.equals(word)) break; // a possessive ends the name
    }
    return words.size() >= 2 ? String.join(" ", words) : null;
  }
}
