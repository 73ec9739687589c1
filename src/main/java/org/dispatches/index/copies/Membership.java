package org.dispatches.index.copies;

/**
 * The copy group a report was put in when it was indexed.
 *
 * @param group the group's key: {@link CopyGroups#keyOf} of its first member's id
 * @param first whether the report started the group (every other member was judged a copy of an earlier one)
 * @param similarity the MinHash resemblance to the group's first member (1 for the first itself)
 */
public record Membership(long group, boolean first, double similarity) {

  /** The key as the index and the API write it. */
  public String groupKey() {
    return CopyGroups.format(group);
  }
}
