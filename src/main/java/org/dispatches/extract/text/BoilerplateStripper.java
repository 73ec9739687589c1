package org.dispatches.extract.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes page furniture from a report body: bylines, author bios, "Read more" links, share and
 * follow prompts, "Skip to content", comment prompts, photo captions and credits, and the header
 * and index lines of LexisNexis exports. Works line by line, since scraped pages put each piece of
 * furniture on a line of its own; a "Classification" line ends the report.
 */
public final class BoilerplateStripper {
  private static final List<Pattern> FURNITURE = List.of(
      Pattern.compile("(?i)^skip to (main )?content\\.?$"),
      Pattern.compile("(?i)^by\\s*\\|.*$"),
      Pattern.compile(
          "^(?i:by) [A-Z][\\p{L}.'-]*((\\s+|,\\s*|\\s+and\\s+|\\s*&\\s*)([A-Z][\\p{L}.'-]*|in|al|el|de|van|von)){0,8}\\s*(\\|.*)?$"),
      Pattern.compile("(?i)^by\\s+[a-z0-9-]+(\\.[a-z0-9-]+)+$"),
      Pattern.compile(
          "(?i)^(read more|read also|also read|related|related posts?|see also|recommended|more on this story|watch)\\s*:.*$"),
      Pattern.compile(
          "(?i)^(read more|related( posts| articles| stories)?|advertisement|recommended( stories)?|most read|trending)$"),
      Pattern.compile(
          "(?i)^(share|share this( article| story)?|share on \\w+|follow us.*|tweet|email|print|whatsapp|facebook|twitter|x|linkedin|telegram|copy link)$"),
      Pattern.compile("(?i)^(share|follow|join) (us|this|our) .{0,80}$"),
      Pattern.compile("(?i)^(leave a (comment|reply)|no comments|\\d+ comments?|comments)$"),
      Pattern.compile("(?i)^(photo|image|picture|video)( credit)?\\s*:.*$"),
      Pattern.compile("(?i)^photo of author$"),
      Pattern.compile("(?i)^.{0,400}\\((photo )?credits?:[^)]*\\)\\.?$"),
      Pattern.compile(
          "^.{10,400}\\((AP|AFP|Reuters|Getty Images|EPA|Anadolu|AA|WAFA|[A-Z][\\p{L} .]{1,30}/[\\p{L} .]{1,30})\\)\\.?$"),
      Pattern.compile("(?i)^(published|updated|posted|last updated)\\s*(on)?\\s*(\\||:|$).*"),
      Pattern.compile(
          "(?i)^(published|posted|written|updated|edited|reviewed|reported)\\s+(by|on|at)\\s*:?(\\s+.{1,60})?$"),
      Pattern.compile("(?i)^(sign up|subscribe|click here|download (the|our) app)\\b.{0,120}$"),
      Pattern.compile("(?i)^(copyright|©).{0,160}$"),
      Pattern.compile("(?i)^all rights reserved\\.?$"),
      Pattern.compile("(?i)^\\(?(reporting|additional reporting|writing|editing) by .{0,200}$"),
      Pattern.compile("(?i)^about the author$"),
      Pattern.compile(
          "^[A-Z][\\p{L}.'-]+( [A-Z][\\p{L}.'-]+){0,3} is an? ([\\p{L}-]+ ){0,3}(journalist|reporter|correspondent|writer|editor|contributor|columnist|freelancer|photographer)\\b.{0,250}$"),
      Pattern.compile(
          "^(Length|Section|Byline|Load-Date|Dateline|Highlight|Language|Publication-Type|Subject|Geographic|Industry|Person|Organization|Graphic)\\s*:.*$"),
      Pattern.compile("^(Body|End of Document)$"),
      Pattern.compile("^[-–—_*•|]+$"));
  /** A label on a line of its own ("Published by:"): the short line after it is its value, furniture too. */
  static final Pattern LABEL_LINE = Pattern.compile(
      "(?i)^(published|posted|written|updated|edited|reviewed|reported)\\s+(by|on|at)\\s*:$");
  /** A value line under a label: a name or a date, a few words at most. */
  static final int LABEL_VALUE_MAX = 60;
  /**
   * An author's bio in apposition ("Jane Roe, a seasoned journalist and blogger, is a ..."): only as
   * a report's last paragraph, where sites put it, and only with its "is a": "Brett Stephens, the
   * columnist of the Times, in an attack on ..." is a report's own sentence.
   */
  static final Pattern CLOSING_BIO = Pattern.compile(
      "^[A-Z][\\p{L}.'-]+( [A-Z][\\p{L}.'-]+){0,3}, an? ([\\p{L}-]+ ){0,4}(journalist|reporter|correspondent|writer|"
          + "editor|blogger|contributor|columnist|freelancer|author)( and [\\p{L} -]{1,40})?, is an? .{0,1500}$");
  /** Lines starting with a character below this are checked only against patterns that can start with it. */
  private static final char FIRST_CHARS = 0x800;

  private static final List<BitSet> STARTS = startingChars();
  /** For each pattern, whether it ends in a closing parenthesis and an optional period: credit lines. */
  private static final List<Boolean> ENDS_IN_PAREN =
      FURNITURE.stream().map(p -> p.pattern().endsWith("\\)\\.?$")).toList();

  /** The body without furniture lines; blank-line runs collapse to one. */
  public String strip(String body) {
    if (body == null) return "";
    // most bodies keep every line as written: the result is then the body itself (stripped), and
    // the copy is built only from the first line that changes; lines are read in place
    StringBuilder out = null;
    boolean lastBlank = true;
    boolean keptAny = false;
    boolean afterLabel = false;
    int lastLineStart = -1;
    int end = body.length();
    int nbsp = body.indexOf('\u00A0');
    for (int from = 0; from <= body.length(); ) {
      int nl = body.indexOf('\n', from);
      int to = nl < 0 ? body.length() : nl;
      String line = body;
      int a = from, b = to;
      if (nbsp >= 0 && nbsp < from) nbsp = body.indexOf('\u00A0', from);
      if (nbsp >= 0 && nbsp < to) {
        String t = body.substring(from, to).replace('\u00A0', ' ').strip();
        line = t;
        a = 0;
        b = t.length();
      } else {
        while (a < b && Character.isWhitespace(body.charAt(a))) a++;
        while (b > a && Character.isWhitespace(body.charAt(b - 1))) b--;
      }
      boolean asWritten = line == body && a == from && b == to;
      if (b - a == 14 && line.regionMatches(a, "Classification", 0, 14)) {
        end = from;
        break;
      }
      if (a == b) {
        // a blank line: one '\n' after a kept line, none at the start (the result is stripped)
        boolean verbatim = from == to && (!lastBlank || !keptAny);
        if (!verbatim && out == null) out = copyUpTo(body, from);
        if (!lastBlank && out != null) out.append('\n');
        lastBlank = true;
      } else {
        boolean valueOfLabel = afterLabel && b - a <= LABEL_VALUE_MAX;
        afterLabel = LABEL_LINE.matcher(line).region(a, b).matches();
        if (afterLabel || valueOfLabel || isFurniture(line, a, b)) {
          if (out == null) out = copyUpTo(body, from);
        } else {
          if (!asWritten && out == null) out = copyUpTo(body, from);
          if (out != null) {
            lastLineStart = out.length();
            out.append(line, a, b).append('\n');
          } else lastLineStart = from;
          lastBlank = false;
          keptAny = true;
        }
      }
      if (nl < 0) break;
      from = nl + 1;
    }
    CharSequence kept = out != null ? out : body;
    int keptEnd = out != null ? out.length() : end;
    if (lastLineStart >= 0
        && CLOSING_BIO
            .matcher(kept.subSequence(lastLineStart, keptEnd).toString().strip())
            .matches()) {
      keptEnd = lastLineStart;
    }
    return kept.subSequence(0, keptEnd).toString().strip();
  }

  /** A copy of the body before {@code from}: every line so far was kept as written. */
  private static StringBuilder copyUpTo(String body, int from) {
    StringBuilder out = new StringBuilder(body.length());
    out.append(body, 0, from);
    return out;
  }

  boolean isFurniture(String line) {
    return isFurniture(line, 0, line.length());
  }

  /** Whether line[from, to) (stripped, not empty) is furniture. */
  private boolean isFurniture(String line, int from, int to) {
    if (from == to) return false;
    char first = line.charAt(from);
    for (int i = 0; i < FURNITURE.size(); i++) {
      if (first < FIRST_CHARS && !STARTS.get(i).get(first)) continue;
      if (ENDS_IN_PAREN.get(i) && !endsInParen(line, from, to)) continue;
      if (FURNITURE.get(i).matcher(line).region(from, to).matches()) return true;
    }
    return false;
  }

  /** A line ending in ")" or ")." (what a pattern ending in {@code \\)\\.?$} needs). */
  private static boolean endsInParen(String line, int from, int to) {
    char last = line.charAt(to - 1);
    return last == ')' || (last == '.' && to - from > 1 && line.charAt(to - 2) == ')');
  }

  /**
   * For each pattern, the characters below {@link #FIRST_CHARS} a line it matches may start with:
   * a one-character line on which the pattern fails without reaching the end can never start a match.
   */
  private static List<BitSet> startingChars() {
    List<BitSet> out = new ArrayList<>();
    for (Pattern p : FURNITURE) {
      BitSet chars = new BitSet(FIRST_CHARS);
      for (char c = 0; c < FIRST_CHARS; c++) {
        Matcher m = p.matcher(String.valueOf(c));
        if (m.matches() || m.hitEnd()) chars.set(c);
      }
      out.add(chars);
    }
    return List.copyOf(out);
  }
}
