package org.dispatches.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a body that is HTML into its readable text: scripts, styles and comments go with their
 * content, tags become spaces (block tags line breaks), common entities are decoded. Text that is
 * not HTML is returned as is, so a report that merely mentions "a < b" is not mangled.
 */
public final class HtmlText {
  /** A tag that only HTML has: a text with one of these is HTML, not prose with a stray bracket. */
  private static final Pattern HTML_MARKER = Pattern.compile(
      "<(?:!doctype|html|head|body|p|div|br|span|a\\s|script|style|article|section|h[1-6]|li|ul|table|img|meta|noscript|iframe)\\b[^>]*>",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern HIDDEN = Pattern.compile(
      "<(script|style|noscript|template|iframe|svg)\\b[^>]*>.*?(?:</\\1\\s*>|\\z)|<!--.*?(?:-->|\\z)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern BLOCK_TAG = Pattern.compile(
      "</?(?:p|div|br|li|h[1-6]|tr|article|section|blockquote|header|footer)\\b[^>]*>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z!][^>]*>");
  private static final Pattern ENTITY =
      Pattern.compile("&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");

  private HtmlText() {}

  /** Whether {@code text} carries HTML markup. */
  public static boolean isHtml(String text) {
    return text != null && text.indexOf('<') >= 0 && HTML_MARKER.matcher(text).find();
  }

  /** The readable text of {@code text} when it is HTML; otherwise {@code text} unchanged. */
  public static String clean(String text) {
    if (!isHtml(text)) return text;
    String s = HIDDEN.matcher(text).replaceAll(" ");
    s = BLOCK_TAG.matcher(s).replaceAll("\n");
    s = TAG.matcher(s).replaceAll(" ");
    s = decodeEntities(s);
    s = SPACES.matcher(s).replaceAll(" ");
    s = BLANK_LINES.matcher(s).replaceAll("\n\n");
    return s.lines()
        .map(String::strip)
        .reduce((a, b) -> a + "\n" + b)
        .orElse("")
        .strip();
  }

  private static String decodeEntities(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1))));
    m.appendTail(out);
    return out.toString();
  }

  private static String entity(String name) {
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      default -> codePoint(name);
    };
  }

  private static String codePoint(String ref) {
    int cp = ref.startsWith("#x")
        ? Integer.parseInt(ref.substring(2), 16)
        : Integer.parseInt(ref.substring(1));
    return Character.isValidCodePoint(cp) && !Character.isISOControl(cp)
        ? Character.toString(cp)
        : " ";
  }
}
