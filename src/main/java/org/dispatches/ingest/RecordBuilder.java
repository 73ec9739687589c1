package org.dispatches.ingest;

import java.util.EnumMap;
import java.util.Map;

/** Collects a record's fields by {@link InputField} and turns them into a {@link RawReport}. */
final class RecordBuilder {
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
    if (value == null) return;
    if ((field == InputField.BODY || field == InputField.TITLE) && !value.isBlank()) textGiven = true;
    // a body or title scraped as HTML is indexed as its text, never with its scripts or tags
    String v = (field == InputField.BODY || field == InputField.TITLE ? HtmlText.clean(value) : value).strip();
    if (!v.isEmpty()) values.put(field, v);
  }

  /** True when the record has text to index: a body or a title with at least one word in it. */
  boolean hasText() {
    return hasWord(values.get(InputField.BODY)) || hasWord(values.get(InputField.TITLE));
  }

  /** Why the record cannot be indexed for want of text: nothing given, or nothing but punctuation. */
  String missingTextReason() {
    return textGiven ? "no words in the title or body (0-word report)" : "no \"body\" or \"title\" text";
  }

  private static boolean hasWord(String text) {
    if (text == null) return false;
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  RawReport build(SourceLocation location) {
    return new RawReport(
        values.get(InputField.ID),
        values.get(InputField.TITLE),
        values.get(InputField.BODY),
        values.get(InputField.DATE),
        values.get(InputField.OUTLET),
        values.get(InputField.URL),
        values.get(InputField.LANGUAGE),
        location);
  }
}
