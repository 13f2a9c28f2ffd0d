package org.sitrep.ingest;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * Size limits that keep one oversized input from exhausting memory or swamping analysis, with the
 * messages that explain a rejection.
 */
record Limits(long maxFileBytes, int maxArticleChars) {

  static final long MIB = 1024L * 1024L;
  static final Limits DEFAULT = new Limits(16 * MIB, 1_000_000);

  Limits {
    checkArgument(maxFileBytes > 0, "maxFileBytes must be positive, got %s", maxFileBytes);
    checkArgument(maxArticleChars > 0, "maxArticleChars must be positive, got %s", maxArticleChars);
  }

  /** Why a file of {@code size} bytes is refused, or null when it is within the limit. */
  String fileTooLarge(long size) {
    if (size <= maxFileBytes) {
      return null;
    }
    return "file is " + size(size, false) + ", over the " + size(maxFileBytes, true) + " limit";
  }

  /** Why a text of {@code length} characters is refused, or null when it is within the limit. */
  String textTooLong(int length) {
    if (length <= maxArticleChars) {
      return null;
    }
    return String.format(Locale.ROOT, "article text is %,d characters, over the %,d limit",
        length, maxArticleChars);
  }

  /** "20.0 MB", "512.0 KB", "300 bytes"; a round limit reads "16 MB". */
  static String size(long bytes, boolean trimWhole) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    long unit = bytes >= MIB ? MIB : 1024;
    String name = unit == MIB ? "MB" : "KB";
    if (trimWhole && bytes % unit == 0) {
      return bytes / unit + " " + name;
    }
    return String.format(Locale.ROOT, "%.1f %s", (double) bytes / unit, name);
  }
}
