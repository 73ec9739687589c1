package org.dispatches.api;

/**
 * How a search treats copies of one story (reports grouped at index time, index/copies).
 *
 * @param collapse one hit per copy group (the best-ranked member), with its copies named; false
 *     lists every report ({@code collapse=none})
 * @param countStories facet values ordered and counted by distinct stories ({@code count=stories})
 *     rather than by reports; both counts are returned either way
 * @param group only the reports of this copy group (16 hex digits, as a hit's {@code copyGroup}
 *     gives it): how a client lists a story's copies; implies no collapse; null for all
 */
public record CopyView(boolean collapse, boolean countStories, String group) {
  /** The default: collapsed, facets counted by reports. */
  public static final CopyView DEFAULT = new CopyView(true, false, null);

  public CopyView {
    if (group != null && group.isBlank()) group = null;
    if (group != null) {
      group = group.strip();
      if (!group.matches("[0-9a-f]{16}")) {
        throw new BadRequestException(
            "bad_parameter",
            "group must be 16 hex digits, as a hit's copyGroup gives it; got \"" + group + "\"");
      }
      collapse = false;
    }
  }

  /** Reads the API's {@code collapse}, {@code count} and {@code group} parameters (each may be null). */
  public static CopyView of(String collapse, String count, String group) {
    boolean collapsed = true;
    if (collapse != null && !collapse.isBlank()) {
      switch (collapse.strip()) {
        case "none", "false" -> collapsed = false;
        case "copies", "true" -> collapsed = true;
        default ->
          throw new BadRequestException(
              "bad_parameter",
              "collapse must be copies (the default) or none; got \"" + collapse + "\"");
      }
    }
    boolean stories = false;
    if (count != null && !count.isBlank()) {
      switch (count.strip()) {
        case "reports" -> stories = false;
        case "stories" -> stories = true;
        default ->
          throw new BadRequestException(
              "bad_parameter",
              "count must be reports (the default) or stories; got \"" + count + "\"");
      }
    }
    return new CopyView(collapsed, stories, group);
  }
}
