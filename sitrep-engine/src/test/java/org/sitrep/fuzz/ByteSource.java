package org.sitrep.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes structured choices from a byte array, the way a fuzz target reads its input: the
 * coverage-guided fuzzer (Jazzer, in CI) mutates the bytes, and the seeded tries of every build
 * feed random bytes, so one decoding serves both. Reads past the end give zeros, so every array
 * is a valid input. Not thread-safe; one per input.
 */
public final class ByteSource {
  private final byte[] data;
  private int pos;

  private ByteSource(byte[] data) {
    this.data = data;
  }

  /** A source over {@code data} (not copied: the caller gives it up). */
  public static ByteSource of(byte[] data) {
    return new ByteSource(data);
  }

  /** The next byte as 0–255, or 0 past the end. */
  public int nextByte() {
    return pos < data.length ? data[pos++] & 0xFF : 0;
  }

  /** A value in {@code [0, bound)}; {@code bound} must be positive. */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    int v = (nextByte() << 24) | (nextByte() << 16) | (nextByte() << 8) | nextByte();
    return Math.floorMod(v, bound);
  }

  public boolean nextBoolean() {
    return (nextByte() & 1) == 1;
  }

  public long nextLong() {
    return ((long) nextInt(Integer.MAX_VALUE) << 32) ^ nextInt(Integer.MAX_VALUE) ^ nextByte();
  }

  /** One of {@code items}. */
  public <T> T pick(List<T> items) {
    return items.get(nextInt(items.size()));
  }

  /** Up to {@code max} longs, as many as the next byte says. */
  public long[] nextLongs(int max) {
    long[] out = new long[nextInt(max + 1)];
    for (int i = 0; i < out.length; i++) {
      out[i] = nextLong();
    }
    return out;
  }

  /** Up to {@code maxChars} UTF-16 units of any value, lone surrogates included. */
  public String nextString(int maxChars) {
    char[] out = new char[nextInt(maxChars + 1)];
    for (int i = 0; i < out.length; i++) {
      out[i] = (char) ((nextByte() << 8) | nextByte());
    }
    return new String(out);
  }

  /** Up to {@code maxChars} characters drawn from {@code alphabet}. */
  public String nextString(int maxChars, String alphabet) {
    StringBuilder out = new StringBuilder();
    int n = nextInt(maxChars + 1);
    for (int i = 0; i < n; i++) {
      out.append(alphabet.charAt(nextInt(alphabet.length())));
    }
    return out.toString();
  }

  /** Up to {@code max} raw bytes. */
  public byte[] nextBytes(int max) {
    int n = Math.min(nextInt(max + 1), data.length - pos);
    byte[] out = Arrays.copyOfRange(data, pos, pos + Math.max(0, n));
    pos += out.length;
    return out;
  }

  /** The input's bytes read as UTF-8, for targets that take text as it comes. */
  public static String utf8(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }
}
