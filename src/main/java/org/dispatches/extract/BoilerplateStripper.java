package org.dispatches.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes page furniture from a report body: bylines, author bios, "Read more" links, share and
 * follow prompts, "Skip to content", comment prompts, photo captions and credits, and the header
 * and index lines of LexisNexis exports. Works line by line, since scraped pages put each piece of
 * furniture on a line of its own; a "Classification" line ends the report.
 */
public final class BoilerplateStripper {
  private static final List<Pattern> FURNITURE =
      List.of(
          Pattern.compile("(?i)^skip to (main )?content\\.?$"),
          Pattern.compile("(?i)^by\\s*\\|.*$"),
          Pattern.compile("^(?i:by) [A-Z][\\p{L}.'-]*((\\s+|,\\s*|\\s+and\\s+|\\s*&\\s*)([A-Z][\\p{L}.'-]*|in|al|el|de|van|von)){0,8}\\s*(\\|.*)?$"),
          Pattern.compile("(?i)^by\\s+[a-z0-9-]+(\\.[a-z0-9-]+)+$"),
          Pattern.compile("(?i)^(read more|read also|also read|related|related posts?|see also|recommended|more on this story|watch)\\s*:.*$"),
          Pattern.compile("(?i)^(read more|related( posts| articles| stories)?|advertisement|recommended( stories)?|most read|trending)$"),
          Pattern.compile("(?i)^(share|share this( article| story)?|share on \\w+|follow us.*|tweet|email|print|whatsapp|facebook|twitter|x|linkedin|telegram|copy link)$"),
          Pattern.compile("(?i)^(share|follow|join) (us|this|our) .{0,80}$"),
          Pattern.compile("(?i)^(leave a (comment|reply)|no comments|\\d+ comments?|comments)$"),
          Pattern.compile("(?i)^(photo|image|picture|video)( credit)?\\s*:.*$"),
          Pattern.compile("(?i)^photo of author$"),
          Pattern.compile("(?i)^.{0,400}\\((photo )?credits?:[^)]*\\)\\.?$"),
          Pattern.compile("^.{10,400}\\((AP|AFP|Reuters|Getty Images|EPA|Anadolu|AA|WAFA|[A-Z][\\p{L} .]{1,30}/[\\p{L} .]{1,30})\\)\\.?$"),
          Pattern.compile("(?i)^(published|updated|posted|last updated)\\s*(on)?\\s*(\\||:|$).*"),
          Pattern.compile("(?i)^(sign up|subscribe|click here|download (the|our) app)\\b.{0,120}$"),
          Pattern.compile("(?i)^(copyright|©).{0,160}$"),
          Pattern.compile("(?i)^all rights reserved\\.?$"),
          Pattern.compile("(?i)^\\(?(reporting|additional reporting|writing|editing) by .{0,200}$"),
          Pattern.compile("(?i)^about the author$"),
          Pattern.compile("^[A-Z][\\p{L}.'-]+( [A-Z][\\p{L}.'-]+){0,3} is an? ([\\p{L}-]+ ){0,3}(journalist|reporter|correspondent|writer|editor|contributor|columnist|freelancer|photographer)\\b.{0,250}$"),
          Pattern.compile("^(Length|Section|Byline|Load-Date|Dateline|Highlight|Language|Publication-Type|Subject|Geographic|Industry|Person|Organization|Graphic)\\s*:.*$"),
          Pattern.compile("^(Body|End of Document)$"),
          Pattern.compile("^[-–—_*•|]+$"));
  private static final Pattern END_OF_REPORT = Pattern.compile("^Classification$");

  /** The body without furniture lines; blank-line runs collapse to one. */
  public String strip(String body) {
    if (body == null) return "";
    StringBuilder out = new StringBuilder(body.length());
    boolean lastBlank = true;
    for (String line : body.split("\n", -1)) {
      String t = line.replace('\u00A0', ' ').strip();
      if (END_OF_REPORT.matcher(t).matches()) break;
      if (t.isEmpty()) {
        if (!lastBlank) out.append('\n');
        lastBlank = true;
        continue;
      }
      if (isFurniture(t)) continue;
      out.append(t).append('\n');
      lastBlank = false;
    }
    return out.toString().strip();
  }

  boolean isFurniture(String line) {
    for (Pattern p : FURNITURE) if (p.matcher(line).matches()) return true;
    return false;
  }
}
