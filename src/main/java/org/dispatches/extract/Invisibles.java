package org.dispatches.extract;

import java.util.regex.Pattern;

/** Characters that are invisible inside words (soft hyphen, zero-width joiners, BOM) and must vanish. */
public final class Invisibles {
  /** Soft hyphen, zero-width space/joiners, word joiner, BOM, bidi marks. */
  public static final Pattern PATTERN =
      Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u200E\\u200F]");

  private Invisibles() {}

  public static String remove(String s) {
    return s == null ? null : PATTERN.matcher(s).replaceAll("");
  }
}
