package org.dispatches.extract.dates;

import java.time.LocalDate;

/** A report's publication date and how it was found; {@code date} is null when unknown, never guessed. */
public record PublicationDate(LocalDate date, DateSource source) {

  public static final PublicationDate UNKNOWN = new PublicationDate(null, DateSource.UNKNOWN);

  public static PublicationDate given(LocalDate date) {
    return new PublicationDate(date, DateSource.METADATA);
  }

  public static PublicationDate stated(LocalDate date) {
    return new PublicationDate(date, DateSource.TEXT);
  }

  public boolean known() {
    return date != null;
  }
}
