package org.dispatches.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures a report states: a number and, within a few words after it, a word that says
 * what is counted ("33,207 Palestinians killed", "253 hostages", "a 50-day truce").
 */
public final class FigureExtractor {
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|$)");
  private static final Pattern NUMBER =
      Pattern.compile("(?i)\\b(about|around|at least|more than|over|nearly|almost|some)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(\\s*(?:million|thousand))?(-day|-week)?\\b");
  private static final int WINDOW_WORDS = 6;

  public List<Figure> extract(String text) {
    List<Figure> figures = new ArrayList<>();
    if (text == null) return figures;
    Matcher s = SENTENCE.matcher(text);
    while (s.find()) {
      String sentence = s.group().strip();
      Matcher m = NUMBER.matcher(sentence);
      while (m.find()) {
        Figure f = figureAt(sentence, m);
        if (f != null) figures.add(f);
      }
    }
    return figures;
  }

  private static Figure figureAt(String sentence, Matcher m) {
    long value = value(m.group(2), m.group(3));
    if (value < 0) return null;
    String after = sentence.substring(m.end());
    String[] words = after.strip().split("\\s+", WINDOW_WORDS + 1);
    String qualifier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
    if (m.group(4) != null) {
      String next = words.length > 0 ? words[0].toLowerCase(Locale.ROOT) : "";
      if (next.matches("(truce|ceasefire|cease-fire|pause|lull).*")) {
        long days = m.group(4).equals("-week") ? value * 7 : value;
        return new Figure(FigureKind.TRUCE_DAYS.id(), days, qualifier, null, null, sentence);
      }
      return null;
    }
    if (looksLikeYear(m.group(2), after)) return null;
    String subject = null;
    for (int i = 0; i < Math.min(words.length, WINDOW_WORDS); i++) {
      String w = words[i].toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "");
      FigureKind kind = kindOf(w);
      if (kind != null) {
        if (kind == FigureKind.HOSTAGES || kind == FigureKind.PRISONERS) subject = null;
        return new Figure(kind.id(), value, qualifier, subject, null, sentence);
      }
      if (i == 0 && !w.isEmpty()) subject = words[i].replaceAll("[^\\p{L}-]", "");
    }
    return null;
  }

  private static FigureKind kindOf(String w) {
    return switch (w) {
      case "killed", "dead", "died", "deaths", "killing", "slain" -> FigureKind.KILLED;
      case "wounded", "injured", "injuries", "hurt" -> FigureKind.WOUNDED;
      case "hostages", "hostage", "captives", "abductees" -> FigureKind.HOSTAGES;
      case "prisoners", "prisoner", "detainees" -> FigureKind.PRISONERS;
      case "displaced" -> FigureKind.DISPLACED;
      case "missing" -> FigureKind.MISSING;
      case "trucks" -> FigureKind.AID_TRUCKS;
      default -> null;
    };
  }

  private static boolean looksLikeYear(String digits, String after) {
    return digits.matches("(19|20)\\d\\d") && !after.strip().matches("(?i)^(people|palestinians|israelis).*");
  }

  private static long value(String digits, String scale) {
    try {
      double v = Double.parseDouble(digits.replace(",", ""));
      if (scale != null) v *= scale.strip().equalsIgnoreCase("million") ? 1_000_000 : 1_000;
      return Math.round(v);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
