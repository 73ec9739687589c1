package org.dispatches.index.copies;

import java.util.Arrays;
import org.apache.lucene.internal.hppc.LongIntHashMap;

/**
 * The side structure of near-duplicate detection: every live report's signature and group, and
 * locality-sensitive hashing over the sketches, so that a new report is compared only with reports
 * that agree with it on all {@link #ROWS} minima of at least one of {@link #BANDS} bands. With
 * 16 bands of 3, two texts of resemblance 0.6 meet with probability 0.98, of 0.7 with 0.9986, of
 * 0.2 with 0.12 (those are then rejected by {@link CopyJudge}). Short texts meet by exact wording.
 * Not thread-safe: {@link CopyGroups} serializes access.
 */
final class CopyTable {
  static final int BANDS = 16;
  static final int ROWS = 3;
  /**
   * How many earlier reports of one band (or one wording) a new report is compared with, newest
   * first: a paragraph of furniture that hundreds of reports share must not make each new report
   * read them all. A copy agrees in many bands, so it is still met through the others.
   */
  static final int MAX_CHAIN = 64;

  private static final int NONE = -1;

  private CopySignature[] signatures = new CopySignature[1024];
  private long[] ids = new long[1024];
  private long[] groups = new long[1024];
  private boolean[] live = new boolean[1024];
  /** Per entry and band, the entry met before it in the same band bucket. */
  private int[] bandNext = new int[1024 * BANDS];

  private int size;
  private final LongIntHashMap bandHeads = new LongIntHashMap();
  private final LongIntHashMap byId = new LongIntHashMap();
  private final LongIntHashMap groupSizes = new LongIntHashMap();
  /** Entries already compared for the report being judged: reused, the table is used by one thread at a time. */
  private final int[] seen = new int[BANDS * MAX_CHAIN];

  /** Puts a report in the group of its closest earlier copy, or in a group of its own; replaces an earlier version of it. */
  Membership add(long id, CopySignature signature) {
    remove(id);
    int best = NONE;
    double bestSimilarity = -1;
    int seenCount = 0;
    for (int band = 0; band < BANDS; band++) {
      int e = bandHeads.getOrDefault(bandKey(signature, band), NONE);
      for (int steps = 0; e != NONE && steps < MAX_CHAIN; steps++, e = bandNext[e * BANDS + band]) {
        if (!live[e] || contains(seen, seenCount, e)) continue;
        seen[seenCount++] = e;
        double s = CopyJudge.similarity(signature, signatures[e]);
        if (s > bestSimilarity && agreesWithFirst(signature, groups[e])) {
          bestSimilarity = s;
          best = e;
        }
      }
    }
    Membership m;
    if (best == NONE || bestSimilarity < 0) {
      m = new Membership(freshGroup(id), true, 1.0);
    } else {
      long group = groups[best];
      int first = byId.getOrDefault(group, NONE);
      boolean firstLive = first != NONE && live[first] && groups[first] == group;
      double similarity = firstLive && !signature.isShort()
          ? CopyJudge.resemblance(signature.minHashes(), signatures[first].minHashes())
          : bestSimilarity;
      m = new Membership(group, false, similarity);
    }
    insert(id, signature, m.group());
    return m;
  }

  /**
   * A copy of a trimmed copy may lack the paragraph that states a figure: an update with a new
   * figure would pass as its copy. So a report joins a group only when its figures also agree
   * with the group's first member, whose text is the fullest the group has seen first.
   */
  private boolean agreesWithFirst(CopySignature signature, long group) {
    int first = byId.getOrDefault(group, NONE);
    if (first == NONE || !live[first] || groups[first] != group) return true;
    return !CopyJudge.figuresDisagree(signature, signatures[first]);
  }

  /** Puts a report back as the index holds it (when the table is rebuilt at open). */
  void restore(long id, CopySignature signature, long group) {
    remove(id);
    insert(id, signature, group);
  }

  /** Forgets the report with this id (re-indexed, or its write failed). */
  void remove(long id) {
    int e = byId.getOrDefault(id, NONE);
    if (e == NONE || !live[e]) return;
    live[e] = false;
    byId.remove(id);
    int left = groupSizes.getOrDefault(groups[e], 0) - 1;
    if (left <= 0) groupSizes.remove(groups[e]);
    else groupSizes.put(groups[e], left);
  }

  /** How many live reports the group has. */
  int groupSize(long group) {
    return groupSizes.getOrDefault(group, 0);
  }

  int liveReports() {
    return byId.size();
  }

  /**
   * A new group is keyed by its first member's id; when a re-indexed report leaves a group it
   * started, the group keeps that key and the report takes another.
   */
  private long freshGroup(long id) {
    long group = id;
    while (groupSizes.getOrDefault(group, 0) > 0)
      group = CopyGroups.mix(group + 0x9E3779B97F4A7C15L);
    return group;
  }

  private void insert(long id, CopySignature signature, long group) {
    grow();
    int e = size++;
    signatures[e] = signature;
    ids[e] = id;
    groups[e] = group;
    live[e] = true;
    byId.put(id, e);
    groupSizes.put(group, groupSizes.getOrDefault(group, 0) + 1);
    for (int band = 0; band < BANDS; band++) {
      long key = bandKey(signature, band);
      bandNext[e * BANDS + band] = bandHeads.getOrDefault(key, NONE);
      bandHeads.put(key, e);
    }
  }

  /**
   * The bucket key of one band: the band's minima for a long text; for a short text the wording
   * alone (every band the same key), so that short texts meet only their exact rewordings.
   */
  private static long bandKey(CopySignature s, int band) {
    if (s.isShort()) return CopyGroups.mix(s.wording() ^ 0x5555_5555_5555_5555L);
    char[] h = s.minHashes();
    int i = band * ROWS;
    return CopyGroups.mix(
        ((long) band << 48) | ((long) h[i] << 32) | ((long) h[i + 1] << 16) | h[i + 2]);
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) if (values[i] == value) return true;
    return false;
  }

  private void grow() {
    if (size < ids.length) return;
    int n = ids.length * 2;
    signatures = Arrays.copyOf(signatures, n);
    ids = Arrays.copyOf(ids, n);
    groups = Arrays.copyOf(groups, n);
    live = Arrays.copyOf(live, n);
    bandNext = Arrays.copyOf(bandNext, n * BANDS);
  }
}
