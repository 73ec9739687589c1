package org.dispatches.ingest;

import java.util.EnumMap;
import java.util.Map;

/** Collects a record's fields by {@link InputField} and turns them into a {@link RawReport}. */
final class RecordBuilder {
  private final Map<InputField, String> values = new EnumMap<>(InputField.class);

  /** Sets a field by its input key; unknown keys are ignored. Returns whether the key was known. */
  boolean put(String key, String value) {
    InputField field = InputField.fromKey(key);
    if (field == null) return false;
    put(field, value);
    return true;
  }

  void put(InputField field, String value) {
    if (value == null) return;
    String v = value.strip();
    if (!v.isEmpty()) values.put(field, v);
  }

  /** True when the record has text to index: a body or a title. */
  boolean hasText() {
    return values.containsKey(InputField.BODY) || values.containsKey(InputField.TITLE);
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
