package org.sitrep.ingest;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides a file's format from its first characters, using the extension only where content is
 * ambiguous: a feed saved as {@code .txt} is still a feed, but a {@code .txt} file that happens to
 * open with a brace is still text.
 */
final class FormatSniffer {

  /** A format, or why the file is none of the supported ones. */
  record Sniff(SourceFormat format, String failure) {
    static Sniff of(SourceFormat format) {
      return new Sniff(format, null);
    }

    static Sniff failed(String reason) {
      return new Sniff(null, reason);
    }
  }

  private static final Set<String> TEXT_EXT = ImmutableSet.of("txt", "text");
  private static final Set<String> HTML_EXT = ImmutableSet.of("html", "htm", "xhtml");
  private static final Set<String> XML_EXT = ImmutableSet.of("xml", "rss", "atom");
  private static final Set<String> JSON_EXT = ImmutableSet.of("jsonl", "ndjson", "json");

  /** Tags that open HTML fragments saved without {@code <html>}. */
  private static final Set<String> HTML_TAGS = ImmutableSet.of("html", "head", "body", "meta",
      "title", "link", "div", "p", "article", "main", "section", "header", "h1", "h2", "h3",
      "span", "a", "table", "ul", "ol", "figure", "img", "br", "em", "strong", "b", "i");

  private static final Pattern TAG_NAME = Pattern.compile("<([A-Za-z][A-Za-z0-9:_-]*)");

  private FormatSniffer() {}

  /** The lower-case extension of a file name, or "" when it has none. */
  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The format {@code head} (the decoded start of the file, not blank) is in. */
  static Sniff sniff(String head, String fileName) {
    String ext = extension(fileName);
    String s = skipProlog(head);
    String lower = s.substring(0, Math.min(s.length(), 64)).toLowerCase(Locale.ROOT);
    if (lower.startsWith("<rss") || lower.startsWith("<rdf:rdf")) {
      return Sniff.of(SourceFormat.RSS);
    }
    if (lower.startsWith("<feed")) {
      return Sniff.of(SourceFormat.ATOM);
    }
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html")
        || lower.startsWith("<body") || lower.startsWith("<head")) {
      return Sniff.of(SourceFormat.HTML);
    }
    if (lower.startsWith("{")) {
      return TEXT_EXT.contains(ext) ? Sniff.of(SourceFormat.TEXT) : Sniff.of(SourceFormat.JSONL);
    }
    if (HTML_EXT.contains(ext)) {
      return Sniff.of(SourceFormat.HTML);
    }
    Matcher tag = TAG_NAME.matcher(s);
    boolean startsWithTag = tag.lookingAt();
    if (XML_EXT.contains(ext)) {
      return Sniff.failed(startsWithTag
          ? "XML document <" + tag.group(1) + "> is neither an RSS nor an Atom feed"
          : "not an RSS or Atom feed: no XML root element");
    }
    if (JSON_EXT.contains(ext)) {
      return Sniff.failed(lower.startsWith("[")
          ? "a JSON array, not JSON Lines: put one article object per line"
          : "not JSON Lines: line 1 does not start with '{'");
    }
    if (startsWithTag && !TEXT_EXT.contains(ext)
        && HTML_TAGS.contains(tag.group(1).toLowerCase(Locale.ROOT))) {
      return Sniff.of(SourceFormat.HTML);
    }
    return Sniff.of(SourceFormat.TEXT);
  }

  /** Skips whitespace, a BOM, XML declarations, processing instructions, comments and doctypes. */
  private static String skipProlog(String head) {
    String s = head;
    while (true) {
      s = s.replaceFirst("^[\\s\\uFEFF]+", "");
      String lower = s.substring(0, Math.min(s.length(), 16)).toLowerCase(Locale.ROOT);
      int end;
      if (s.startsWith("<?")) {
        end = s.indexOf("?>");
        end = end < 0 ? -1 : end + 2;
      } else if (s.startsWith("<!--")) {
        end = s.indexOf("-->");
        end = end < 0 ? -1 : end + 3;
      } else if (lower.startsWith("<!doctype") && !lower.startsWith("<!doctype html")) {
        // An internal subset ("[ <!ENTITY ...> ]") holds '>' characters of its own.
        int bracket = s.indexOf('[');
        end = s.indexOf('>');
        if (bracket >= 0 && bracket < end) {
          int close = s.indexOf(']', bracket);
          end = close < 0 ? -1 : s.indexOf('>', close);
        }
        end = end < 0 ? -1 : end + 1;
      } else {
        return s;
      }
      if (end < 0) {
        return "";
      }
      s = s.substring(end);
    }
  }
}
