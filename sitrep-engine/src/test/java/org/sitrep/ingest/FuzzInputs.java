package org.sitrep.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sitrep.fuzz.ByteSource;

/**
 * Input decoders for the ingest fuzz targets: plain random strings and bytes mixed with
 * structure-aware mutations of small invented valid inputs. Every choice is read from a {@link
 * ByteSource}, so the coverage-guided fuzzer steers the mutations through the bytes it mutates.
 */
final class FuzzInputs {
  private FuzzInputs() {}

  /** Pieces that parsers of markup, feeds and JSON treat specially. */
  static final List<String> FRAGMENTS = List.of(
      "<![CDATA[", "]]>", "<!--", "-->", "&amp;", "&#0;", "&#xD800;", "&#99999999;", "&nbsp",
      "&", "<script>", "</script>", "<style>", "<!DOCTYPE html [<!ENTITY e \"v\">]>",
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "<meta charset=\"x-bogus\">",
      "<meta property=\"og:title\" content=\"", "<script type=\"application/ld+json\">",
      "{\"@type\":\"NewsArticle\",\"datePublished\":\"", "\u0000", "\uD800", "\uDC00", "\uFFFE",
      "<p>", "</p>", "<br><br>", "<title>", "</title>", "<item>", "</item>", "<entry>", "</entry>",
      "<link href=\"", "<pubDate>", "<published>", "{", "}", "[", "]", "\"text\":", "\"id\":",
      "\n", "\r\n", "\r", "\t", ">", "<", "\"", "'", "\\", "\\u", "<html>", "</body>", "<a>",
      "<?", "?>", "<![", "<div class=\"story\">", "\u2028", "\u0085", "9999-99-99T99:99");

  /** Characters to drop in at one place. */
  private static final String ODD_CHARS = "\u0000\uD800\uDC00\uFFFE\uFFFF\u2028\r\n&<>\"'\t\u00A0\u200B";

  /** Random strings of every kind of char (lone surrogates included) or of markup chars. */
  static String randomText(ByteSource in) {
    return in.nextBoolean()
        ? in.nextString(300)
        : in.nextString(300, "<>/&;#=\"'![]-?{}:,\\ \n\rxpa0");
  }

  /** Random text (one time in four) or one of {@code seeds} after a few structural mutations. */
  static String mutated(ByteSource in, List<String> seeds) {
    if (in.nextInt(4) == 0) {
      return randomText(in);
    }
    return mutate(in.pick(seeds), in.nextLongs(8));
  }

  /** Bytes: random, or mutated text in an encoding (with or without a BOM) then edited as bytes. */
  static byte[] bytes(ByteSource in, List<String> seeds) {
    if (in.nextInt(4) == 0) {
      return in.nextBytes(400);
    }
    return encode(mutated(in, seeds), in.nextInt(7), in.nextLongs(4));
  }

  static String mutate(String seed, long[] ops) {
    StringBuilder s = new StringBuilder(seed);
    for (long op : ops) {
      int kind = (int) (op & 7);
      int pos = (int) Math.floorMod(op >>> 3, (long) s.length() + 1);
      int arg = (int) ((op >>> 24) & 0xFFFFF);
      switch (kind) {
        case 0 -> s.insert(pos, FRAGMENTS.get(arg % FRAGMENTS.size()));
        case 1 -> s.delete(pos, Math.min(s.length(), pos + arg % 60));
        case 2 -> s.insert(pos, s.substring(pos, Math.min(s.length(), pos + arg % 120)));
        case 3 -> s.setLength(pos);
        case 4 -> {
          // Deep nesting: thousands of unclosed open tags.
          String tag = List.of("<div>", "<item>", "<b><i>", "<p><span>", "<![CDATA[")
              .get(arg % 5);
          s.insert(pos, tag.repeat(1 + arg % 4000));
        }
        case 5 -> s.insert(pos, "<a title=\"" + "x".repeat(arg % 200_000) + "\">");
        case 6 -> s.insert(pos, ODD_CHARS.charAt(arg % ODD_CHARS.length()));
        default -> s.insert(pos, (char) (arg & 0xFFFF));
      }
      if (s.length() > 600_000) {
        s.setLength(600_000);
      }
    }
    return s.toString();
  }

  private static byte[] encode(String text, int encoding, long[] ops) {
    byte[] b = switch (encoding) {
      case 0 -> text.getBytes(StandardCharsets.UTF_8);
      case 1 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
          text.getBytes(StandardCharsets.UTF_8));
      case 2 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
      case 3 -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
      case 4 -> text.getBytes(StandardCharsets.UTF_16LE);
      case 5 -> text.getBytes(Charset.forName("windows-1252"));
      default -> text.getBytes(StandardCharsets.ISO_8859_1);
    };
    for (long op : ops) {
      int pos = (int) Math.floorMod(op >>> 3, (long) b.length + 1);
      int arg = (int) ((op >>> 24) & 0xFF);
      byte[] insert = switch ((int) (op & 7)) {
        case 0 -> new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}; // a UTF-8-encoded surrogate
        case 1 -> new byte[] {(byte) 0xC3}; // a truncated sequence
        case 2 -> new byte[] {(byte) 0xFF, (byte) 0xFE};
        case 3 -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        case 4 -> new byte[] {0};
        case 5 -> new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}; // above U+10FFFF
        case 6 -> new byte[] {(byte) arg};
        default -> null;
      };
      if (insert == null) {
        b = java.util.Arrays.copyOf(b, pos); // truncation, odd lengths for UTF-16 included
      } else {
        b = concat(concat(java.util.Arrays.copyOf(b, pos), insert),
            java.util.Arrays.copyOfRange(b, pos, b.length));
      }
    }
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
