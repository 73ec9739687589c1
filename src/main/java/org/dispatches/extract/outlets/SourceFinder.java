package org.dispatches.extract.outlets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dispatches.extract.text.NameToken;

/**
 * Finds the media a report quotes: an outlet named right after "according to", "told", "quoted
 * by", "cited by", "in an interview with", "speaking to", or right before "reported", "said",
 * "reports", "quoted". These are the report's sources, not its outlet.
 */
public final class SourceFinder {
  private static final Set<String> BEFORE_NAME =
      Set.of("to", "told", "by", "with", "tells", "telling");
  private static final Set<String> AFTER_NAME = Set.of(
      "reported",
      "reports",
      "said",
      "says",
      "quoted",
      "cited",
      "report",
      "published",
      "broadcast",
      "aired",
      "learned",
      "revealed",
      "reporting",
      "correspondent",
      "reporter",
      "interview");
  /** Words that may stand between the cue and the name: "told the Israeli daily Haaretz". */
  private static final Set<String> ARTICLES = Set.of(
      "a",
      "an",
      "the",
      "israel",
      "israeli",
      "state",
      "public",
      "broadcaster",
      "daily",
      "newspaper",
      "outlet",
      "news",
      "agency",
      "channel",
      "website",
      "network",
      "us",
      "british",
      "qatari",
      "arab");

  private final OutletTable outlets;

  public SourceFinder(OutletTable outlets) {
    this.outlets = outlets;
  }

  /** The outlets {@code text} quotes, in order of first mention. */
  public List<String> find(String text) {
    return find(NameToken.tokenize(text == null ? "" : text));
  }

  /** The same for a text already split into name tokens. */
  public List<String> find(List<NameToken> tokens) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).capitalized()) continue;
      int best = 0;
      String bestName = null;
      String key = tokens.get(i).norm();
      for (int n = 1; i + n <= tokens.size(); n++) {
        if (n > 1) key = key + ' ' + tokens.get(i + n - 1).norm();
        String name = outlets.outletForKey(key);
        if (name != null) {
          best = n;
          bestName = name;
        }
        if (!outlets.isPrefix(key)) break;
      }
      if (bestName != null && cited(tokens, i, best)) {
        out.add(bestName);
        i += best - 1;
      }
    }
    return new ArrayList<>(out);
  }

  private static boolean cited(List<NameToken> tokens, int i, int n) {
    int b = i - 1;
    while (b >= 0 && ARTICLES.contains(tokens.get(b).norm())) b--;
    if (b >= 0 && BEFORE_NAME.contains(tokens.get(b).norm())) return true;
    return i + n < tokens.size() && AFTER_NAME.contains(tokens.get(i + n).norm());
  }
}
