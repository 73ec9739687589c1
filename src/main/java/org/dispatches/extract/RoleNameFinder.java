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
  /** Every word {@link #ROLE_NAME} accepts as a role, in each case it accepts. */
  private static final WordList ROLE_WORDS = new WordList(roleWords());
  /** Words that end a name: they start a title, a place or an institution rather than a name. */
  private static final Set<String> NOT_NAME =
      Set.of("Ministry", "Office", "Minister", "Council", "Forces", "Force", "Department", "Agency",
          "Gaza", "Israel", "Hamas", "Strip", "Bank", "East", "West", "Affairs", "General", "Of", "The",
          "Said", "Says", "On", "In", "And", "For", "Was", "Has", "Is", "Who", "Told", "Israeli", "Palestinian",
          "Security", "Foreign", "Defense", "Defence", "Prime", "Middle", "United", "States", "Nations",
          "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  private static final Pattern BLANKS = Pattern.compile("\\s+");

  /** The role-introduced names in {@code text}, one entry per mention. */
  List<String> find(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    PatternAt at = new PatternAt(ROLE_NAME, text);
    int end = 0;
    for (int start : candidates(text)) {
      if (start < end || !at.matchesAt(start)) continue;
      Matcher m = at.matcher();
      end = m.end();
      String name = clean(m.group(1));
      if (name != null) out.add(name);
    }
    return out;
  }

  /**
   * Where a match may start: a role word is ASCII letters after a word boundary and before a
   * space, so it is a whole run of ASCII letters. The pattern is tried only where blanks and a
   * character that can start a {@link #NAME_WORD} follow (most role words are followed by "of" or "said").
   */
  private static int[] candidates(String text) {
    return PatternAt.wordStarts(text, (t, start, end) -> nameMayFollow(t, end) && ROLE_WORDS.contains(t, start, end, false));
  }

  /** Whether text[end] starts blanks ({@code \s+}) followed by a capital, "al-", "el-", "bin" or "ibn". */
  private static boolean nameMayFollow(String text, int end) {
    int i = end;
    while (i < text.length() && isBlank(text.charAt(i))) i++;
    if (i == end || i == text.length()) return false;
    char c = text.charAt(i);
    return (c >= 'A' && c <= 'Z') || c == 'a' || c == 'e' || c == 'b' || c == 'i';
  }

  /** The characters of a regex {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isBlank(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static Set<String> roleWords() {
    Set<String> out = new java.util.HashSet<>(Set.of("spokesperson", "spokesman", "spokeswoman", "President", "General",
        "Colonel", "Major", "Sheikh", "Mayor", "Secretary", "Senator"));
    for (String w : List.of("official", "minister", "envoy", "commander", "director", "leader", "chief", "ambassador",
        "negotiator", "mediator", "adviser", "advisor", "representative", "coordinator", "commissioner")) {
      out.add(w);
      out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return Set.copyOf(out);
  }

  private static String clean(String raw) {
    List<String> words = new ArrayList<>();
    for (String w : BLANKS.split(raw)) {
      String word = Possessives.strip(w);
      if (NOT_NAME.contains(word)) break;
      words.add(word);
      if (!w.equals(word)) break; // a possessive ends the name
    }
    return words.size() >= 2 ? String.join(" ", words) : null;
  }
}
