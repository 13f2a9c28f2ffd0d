package org.sitrep.ingest;

import com.google.common.collect.ImmutableList;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Messages;

/**
 * Turns a file's bytes into text without ever failing: a byte-order mark wins, then a charset the
 * XML or HTML declares, then strict UTF-8, then windows-1252 (what most "ANSI" news text really
 * is), and only bytes undefined even there become U+FFFD. Every fallback leaves a warning so the
 * user knows the text may not be what the author wrote.
 */
final class Decoding {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Pattern XML_ENCODING =
      Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  /** How far into a file a charset declaration is looked for, as HTML's prescan does. */
  private static final int DECLARATION_WINDOW = 1024;

  /** Decoded text and the warnings decoding it produced. */
  record Decoded(String text, List<String> warnings) {
    Decoded {
      warnings = ImmutableList.copyOf(warnings);
    }
  }

  private Decoding() {}

  /** The byte-order mark's charset and length, or null when there is none. */
  static Bom bom(byte[] b, int length) {
    if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Bom(StandardCharsets.UTF_8, 3);
    }
    if (length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Bom(StandardCharsets.UTF_16LE, 2);
    }
    if (length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Bom(StandardCharsets.UTF_16BE, 2);
    }
    return null;
  }

  /** A byte-order mark: the charset it announces and how many bytes it takes. */
  record Bom(Charset charset, int length) {}

  /**
   * Decodes a whole file. {@code markup} says whether to honour an XML or HTML charset
   * declaration.
   */
  static Decoded decode(byte[] bytes, boolean markup) {
    List<String> warnings = new ArrayList<>();
    Bom bom = bom(bytes, bytes.length);
    if (bom != null) {
      return new Decoded(decodeWith(bom.charset(), bytes, bom.length(), warnings), warnings);
    }
    if (markup) {
      Charset declared = declaredCharset(bytes, warnings);
      if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
        return new Decoded(decodeWith(declared, bytes, 0, warnings), warnings);
      }
    }
    return new Decoded(utf8OrWindows1252(bytes, 0, bytes.length, warnings), warnings);
  }

  /**
   * Strict UTF-8, else windows-1252 with a warning; used for whole files and for single JSON
   * lines, whose bytes are decoded one line at a time.
   */
  static String utf8OrWindows1252(byte[] bytes, int offset, int length, List<String> warnings) {
    try {
      return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    } catch (CharacterCodingException e) {
      warnings.add("not valid UTF-8; decoded as windows-1252");
      return decodeWith(WINDOWS_1252, bytes, offset, length, warnings);
    }
  }

  /** Decodes text that is ASCII-compatible enough to sniff, never failing and never warning. */
  static String sniff(byte[] bytes, int length) {
    Bom bom = bom(bytes, length);
    if (bom != null) {
      return new String(bytes, bom.length(), length - bom.length(), bom.charset());
    }
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  private static String decodeWith(Charset cs, byte[] bytes, int offset, List<String> warnings) {
    return decodeWith(cs, bytes, offset, bytes.length - offset, warnings);
  }

  private static String decodeWith(
      Charset cs, byte[] bytes, int offset, int length, List<String> warnings) {
    try {
      return strict(cs).decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    } catch (CharacterCodingException e) {
      warnings.add("bytes undefined in " + cs.name().toLowerCase(Locale.ROOT)
          + " were replaced by U+FFFD");
      return replacing(cs, bytes, offset, length);
    }
  }

  private static String replacing(Charset cs, byte[] bytes, int offset, int length) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .replaceWith("\uFFFD")
          .decode(ByteBuffer.wrap(bytes, offset, length))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("a replacing decoder cannot fail", e);
    }
  }

  private static CharsetDecoder strict(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The charset an XML declaration or HTML meta tag names near the start, or null. */
  static Charset declaredCharset(byte[] bytes, List<String> warnings) {
    // Declarations are ASCII, so reading the window as Latin-1 finds them whatever the encoding.
    String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW),
        StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(head);
    String name = m.find() ? m.group(1) : null;
    if (name == null) {
      m = META_CHARSET.matcher(head);
      name = m.find() ? m.group(1) : null;
    }
    if (name == null) {
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    // As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252, and a
    // UTF-16 label on a byte stream without a BOM is a lie the bytes already contradict.
    if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii")
        || lower.equals("ascii") || lower.equals("iso8859-1")) {
      return WINDOWS_1252;
    }
    if (lower.startsWith("utf-16") || lower.startsWith("utf16")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      warnings.add("unknown declared charset '" + Messages.quoted(name) + "' ignored");
      return null;
    }
  }
}
