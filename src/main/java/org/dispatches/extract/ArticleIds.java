package org.dispatches.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dispatches.ingest.RawReport;

/** Stable report ids: the id the input gives, else a hash of the url, else of the source path. */
public final class ArticleIds {
  private ArticleIds() {}

  public static String idFor(RawReport raw) {
    if (raw.id() != null && !raw.id().isBlank()) return raw.id().strip();
    if (raw.url() != null && !raw.url().isBlank())
      return hash("url:" + raw.url().strip());
    return hash("path:" + raw.location().recordKey());
  }

  /** The first 16 hex digits of SHA-1: short enough for a URL, collision-free in practice. */
  static String hash(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }
}
