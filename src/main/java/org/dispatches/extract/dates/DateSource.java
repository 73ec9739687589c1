package org.dispatches.extract.dates;

/** How a publication date was found. */
public enum DateSource {
  /** Given in the record's metadata or front matter. */
  METADATA,
  /** Stated in the text as the publication date (a "Published" line, a dateline). */
  TEXT,
  /** Not known: no date was given or stated. */
  UNKNOWN
}
