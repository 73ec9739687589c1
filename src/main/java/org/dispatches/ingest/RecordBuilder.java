package org.dispatches.ingest;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.dispatches.ingest.web.WebPage;
import org.dispatches.ingest.web.WebPageReader;

/** Collects a record's fields by {@link InputField} and turns them into a {@link RawReport}. */
final class RecordBuilder {
  /** What data tools write for a missing value ("NaN" from pandas, "None" from Python, "NULL" from SQL). */
  private static final Set<String> NULL_WORDS =
      Set.of("nan", "none", "null", "n/a", "na", "nat", "undefined", "-");

  private final Map<InputField, String> values = new EnumMap<>(InputField.class);
  private boolean textGiven;

  /** Sets a field by its input key; unknown keys are ignored. Returns whether the key was known. */
  boolean put(String key, String value) {
    InputField field = InputField.fromKey(key);
    if (field == null) return false;
    put(field, value);
    return true;
  }

  void put(InputField field, String value) {
    if (value == null || isNullWord(value)) return;
    if (field == InputField.HTML) {
      if (!value.isBlank()) {
        values.put(field, value);
        textGiven = true;
      }
      return;
    }
    if ((field == InputField.BODY || field == InputField.TITLE) && !value.isBlank())
      textGiven = true;
    // a body or title scraped as HTML is indexed as its text, never with its scripts or tags
    String v = (field == InputField.BODY || field == InputField.TITLE
            ? HtmlText.clean(value)
            : value)
        .strip();
    if (!v.isEmpty()) values.put(field, v);
  }

  static boolean isNullWord(String value) {
    String v = value.strip();
    return v.length() <= 9 && NULL_WORDS.contains(v.toLowerCase(java.util.Locale.ROOT));
  }

  /** True when the record has text to index: a body or a title with at least one word in it. */
  boolean hasText() {
    readPage();
    return hasWord(values.get(InputField.BODY)) || hasWord(values.get(InputField.TITLE));
  }

  /** Why the record cannot be indexed for want of text: nothing given, or nothing but punctuation. */
  String missingTextReason() {
    return textGiven
        ? "no words in the title or body (0-word report)"
        : "no \"body\" or \"title\" text";
  }

  private static boolean hasWord(String text) {
    if (text == null) return false;
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** A page's HTML gives what the record's own fields leave out: main text, title, date, author, URL. */
  private void readPage() {
    String html = values.remove(InputField.HTML);
    if (html == null) return;
    WebPage page = WebPageReader.read(html, values.get(InputField.URL));
    values.putIfAbsent(InputField.BODY, nonEmpty(page.text()));
    values.putIfAbsent(InputField.TITLE, nonEmpty(page.title()));
    values.putIfAbsent(InputField.DATE, nonEmpty(page.date()));
    values.putIfAbsent(InputField.AUTHOR, nonEmpty(page.author()));
    values.putIfAbsent(InputField.URL, nonEmpty(page.url()));
    values.putIfAbsent(InputField.OUTLET, nonEmpty(page.siteName()));
    values.values().removeIf(v -> v == null);
  }

  private static String nonEmpty(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  RawReport build(SourceLocation location) {
    readPage();
    return new RawReport(
        values.get(InputField.ID),
        values.get(InputField.TITLE),
        values.get(InputField.BODY),
        values.get(InputField.DATE),
        values.get(InputField.OUTLET),
        values.get(InputField.URL),
        values.get(InputField.LANGUAGE),
        values.get(InputField.AUTHOR),
        location);
  }
}
