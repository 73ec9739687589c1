package org.dispatches.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque tokens a server hands out and takes back (cursors), signed with a key of its own, so that
 * any token it did not make (forged, altered, or from another run) is refused before it is read.
 * Shared by both back ends' cursors; it knows nothing of what a payload holds.
 */
public final class SignedTokens {
  private static final int TAG_BYTES = 16;
  private final SecretKeySpec key;

  public SignedTokens() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** {@code payload} and its signature, URL-safe. */
  public String sign(String payload) {
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    return base64.encodeToString(bytes) + "." + base64.encodeToString(tag(bytes));
  }

  /** The payload of a token this instance signed, or null for any other string. */
  public String verify(String token) {
    try {
      int dot = token.indexOf('.');
      if (dot < 0) return null;
      byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
      byte[] tag = Base64.getUrlDecoder().decode(token.substring(dot + 1));
      return MessageDigest.isEqual(tag, tag(payload))
          ? new String(payload, StandardCharsets.UTF_8)
          : null;
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private byte[] tag(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
