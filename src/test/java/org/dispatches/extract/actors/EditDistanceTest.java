package org.dispatches.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bounded edit-distance test agrees with the textbook optimal-string-alignment distance. */
class EditDistanceTest {

  @Test
  void nearSpellingsAreWithinTheirDistance() {
    assertTrue(EditDistance.within("kasim", "kasim", 0));
    assertTrue(EditDistance.within("hamas", "hamsa", 1), "one transposition");
    assertFalse(EditDistance.within("hamas", "hamsa", 0));
    assertTrue(EditDistance.within("haniyi", "haniya", 1));
    assertFalse(EditDistance.within("kasim", "nasrala", 3));
  }

  @Test
  void agreesWithTheFullMatrixOnRandomStrings() {
    Random random = new Random(7);
    for (int t = 0; t < 100_000; t++) {
      String a = randomWord(random),
          b = random.nextBoolean() ? swapSome(a, random) : randomWord(random);
      int distance = reference(a, b);
      for (int limit = 0; limit <= 4; limit++) {
        assertEquals(
            distance <= limit,
            EditDistance.within(a, b, limit),
            a + " / " + b + " within " + limit);
      }
    }
  }

  /** The whole (n+1) x (m+1) matrix of the optimal-string-alignment distance. */
  private static int reference(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** Few letters, so that random words often share letters and the distances vary. */
  private static String randomWord(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = r.nextInt(9); i > 0; i--) b.append((char) ('a' + r.nextInt(4)));
    return b.toString();
  }

  private static String swapSome(String a, Random r) {
    StringBuilder b = new StringBuilder(a);
    for (int i = r.nextInt(3); i >= 0 && b.length() > 1; i--) {
      int p = r.nextInt(b.length() - 1);
      char c = b.charAt(p);
      b.setCharAt(p, b.charAt(p + 1));
      b.setCharAt(p + 1, c);
      if (r.nextBoolean()) b.insert(p, 'e');
    }
    return b.toString();
  }
}
