package org.dispatches.index.copies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes a report the way syndication changes one: a new headline, a byline, 10-30% of the text
 * cut (whole paragraphs, from the end or the middle), two paragraphs swapped now and then, share
 * prompts and "Read more" lines between paragraphs. And an update of a report: a new lead and a
 * figure changed, the rest left as it was.
 */
final class Syndicator {
  private static final List<String> BYLINES = List.of(
      "By Staff Reporter",
      "By our correspondent in Jerusalem",
      "Wire services",
      "By News Desk | Updated 3 hours ago");
  private static final List<String> FURNITURE = List.of(
      "Share this article",
      "Follow us on X and Facebook",
      "Read more: The latest updates from the region",
      "Sign up for our morning newsletter",
      "Read more: What we know so far",
      "Advertisement");
  private final Random random;

  Syndicator(long seed) {
    this.random = new Random(seed);
  }

  /** Paragraphs as the text has them, or runs of two sentences when it has no paragraph breaks. */
  static List<String> paragraphs(String body) {
    List<String> paras = new ArrayList<>();
    for (String p : body.split("\\n\\s*\\n|\\n")) if (!p.isBlank()) paras.add(p.strip());
    if (paras.size() >= 4) return paras;
    String[] sentences = body.split("(?<=[.!?][\"\u201d]?)\\s*(?=[A-Z\u201c\"])");
    List<String> runs = new ArrayList<>();
    for (int i = 0; i < sentences.length; i += 2) {
      runs.add(String.join(" ", Arrays.copyOfRange(sentences, i, Math.min(i + 2, sentences.length)))
          .strip());
    }
    return runs;
  }

  /** A syndicated copy of {@code body}. */
  String copy(String body) {
    List<String> paras = new ArrayList<>(paragraphs(body));
    int total = paras.stream().mapToInt(String::length).sum();
    double cut = 0.10 + 0.20 * random.nextDouble();
    // whole paragraphs, from the end or anywhere after the first, never more than 30% in all
    List<Integer> order = new ArrayList<>();
    for (int i = paras.size() - 1; i >= 1; i--) order.add(i);
    if (random.nextBoolean()) java.util.Collections.shuffle(order, random);
    java.util.Set<Integer> dropped = new java.util.HashSet<>();
    int removed = 0;
    for (int i : order) {
      if (removed >= cut * total) break;
      if (removed + paras.get(i).length() > 0.30 * total) continue;
      dropped.add(i);
      removed += paras.get(i).length();
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < paras.size(); i++) if (!dropped.contains(i)) kept.add(paras.get(i));
    paras = kept;
    // paragraphs too long to drop whole: the last one loses sentences until 10% is gone
    while (removed < 0.10 * total) {
      String last = paras.get(paras.size() - 1);
      int end = Math.max(
          last.lastIndexOf(". ", last.length() - 3), last.lastIndexOf(' ', last.length() - 2));
      if (end <= 0) break;
      removed += last.length() - end;
      paras.set(paras.size() - 1, last.substring(0, end + 1));
    }
    if (paras.size() > 3 && random.nextBoolean()) {
      int i = 1 + random.nextInt(paras.size() - 2);
      String p = paras.get(i);
      paras.set(i, paras.get(i + 1));
      paras.set(i + 1, p);
    }
    List<String> out = new ArrayList<>();
    out.add(BYLINES.get(random.nextInt(BYLINES.size())));
    for (int i = 0; i < paras.size(); i++) {
      out.add(paras.get(i));
      if (i > 0 && i % 3 == 0) out.add(FURNITURE.get(random.nextInt(FURNITURE.size())));
    }
    out.add(FURNITURE.get(random.nextInt(FURNITURE.size())));
    return String.join("\n\n", out);
  }

  /** A new headline in words of its own. */
  String headline() {
    return "Latest: "
        + List.of(
                "what happened overnight", "the story so far", "officials respond", "day in review")
            .get(random.nextInt(4));
  }

  /**
   * An update: {@code written} (a figure as the text writes it) becomes {@code newValue} everywhere,
   * and a new lead says so; null when the text does not write the figure that way.
   */
  static String update(String body, String written, String newValue) {
    if (!body.contains(written)) return null;
    return "The toll rose again on the next day, officials said, with " + newValue
        + " now counted as the search of the area went on.\n\n" + body.replace(written, newValue);
  }
}
