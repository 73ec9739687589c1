package org.dispatches.extract.outlets;

/**
 * A news aggregator's " - Outlet" ending of a title ("Gaza talks resume - Reuters"): it names the
 * outlet, not the story, so it moves from the title to the outlet. Cut only when it names the
 * report's outlet, or, when the report has none, an outlet the table knows; "Israel - Hamas" stays.
 *
 * @param title the title without the ending
 * @param outlet the outlet it names, under its canonical name
 */
public record TitleSuffix(String title, String outlet) {
  private static final String DASH = " - ";

  /** The title and outlet once a trailing " - Outlet" is moved, or null when the title has none. */
  public static TitleSuffix of(String title, String outlet, OutletTable outlets) {
    if (title == null) return null;
    int dash = title.lastIndexOf(DASH);
    if (dash <= 0) return null;
    String head = title.substring(0, dash).strip();
    String tail = title.substring(dash + DASH.length()).strip();
    if (head.isEmpty() || tail.isEmpty()) return null;
    String named = outlets.canonical(tail);
    if (outlet != null) {
      return outlets.key(named).equals(outlets.key(outlet)) ? new TitleSuffix(head, outlet) : null;
    }
    return outlets.outletNamed(named) != null ? new TitleSuffix(head, named) : null;
  }
}
