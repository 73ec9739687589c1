package org.dispatches.extract;

/** Optimal-string-alignment (Damerau-Levenshtein) distance between short strings. */
final class EditDistance {
  private EditDistance() {}

  /** The distance, computed over three rolling rows instead of a whole matrix. */
  static int damerau(String a, String b) {
    int n = a.length(), m = b.length();
    int[] before = new int[m + 1], prev = new int[m + 1], cur = new int[m + 1];
    for (int j = 0; j <= m; j++) prev[j] = j;
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) d = Math.min(d, before[j - 2] + 1);
        cur[j] = d;
      }
      int[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
