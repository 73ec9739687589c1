package org.dispatches.extract.actors;

/** Optimal-string-alignment (Damerau-Levenshtein) distance between short strings. */
final class EditDistance {
  private EditDistance() {}

  /**
   * Whether the distance is at most {@code limit}; stops as soon as two consecutive rows exceed it
   * (a later cell comes from the row above, or from two rows above plus a transposition).
   */
  static boolean within(String a, String b, int limit) {
    int n = a.length(), m = b.length();
    if (Math.abs(n - m) > limit) return false;
    int[] before = new int[m + 1], prev = new int[m + 1], cur = new int[m + 1];
    for (int j = 0; j <= m; j++) prev[j] = j;
    int prevMin = 0;
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (ca == cb ? 0 : 1));
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb)
          d = Math.min(d, before[j - 2] + 1);
        cur[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > limit && prevMin >= limit) return false;
      prevMin = rowMin;
      int[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    return prev[m] <= limit;
  }
}
