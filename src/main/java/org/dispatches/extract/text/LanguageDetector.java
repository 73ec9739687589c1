package org.dispatches.extract.text;

/** Guesses a report's language from its script: Arabic, Hebrew, Devanagari, else English. */
public final class LanguageDetector {

  /** An ISO 639-1 code for the dominant script of {@code text}. */
  public String detect(String text) {
    int arabic = 0, hebrew = 0, devanagari = 0, latin = 0;
    int limit = Math.min(text.length(), 4000);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      // ASCII needs no script lookup: letters are Latin, the rest counts for no script. Counted
      // without a branch: letters and blanks alternate too irregularly for branch prediction.
      if (c < 0x80) {
        int d = (c | 0x20) - 'a';
        latin += ((d | (25 - d)) >>> 31) ^ 1;
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      switch (script) {
        case ARABIC -> arabic++;
        case HEBREW -> hebrew++;
        case DEVANAGARI -> devanagari++;
        case LATIN -> latin++;
        default -> {}
      }
    }
    int max = Math.max(Math.max(arabic, hebrew), Math.max(devanagari, latin));
    if (max == 0 || max == latin) return "en";
    if (max == arabic) return "ar";
    if (max == hebrew) return "he";
    return "hi";
  }
}
