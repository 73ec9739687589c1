package org.dispatches.api;

import java.util.List;

/**
 * The copies of a hit's story: what "N copies: outlet, outlet, ..." on the page says.
 *
 * @param group the copy group's key: pass it as {@code group=} to list every copy
 * @param copies how many other reports the group holds
 * @param outlets the other reports' outlets, earliest first, each once (at most {@link #MAX_OUTLETS})
 * @param similarity the hit's MinHash resemblance to the group's first member
 */
public record CopyInfo(String group, int copies, List<String> outlets, double similarity) {
  public static final int MAX_OUTLETS = 10;

  public CopyInfo {
    outlets = List.copyOf(outlets);
  }
}
