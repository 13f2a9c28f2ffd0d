package org.sitrep.ingest;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sitrep.core.StructureType;

/**
 * Reads RSS (2.0, and 1.0's flat items) and Atom feeds, one article per item or entry. jsoup's XML
 * parser is used because it never resolves external entities or fetches DTDs (no XXE) and, unlike
 * a validating parser, still reads the slightly broken feeds that are common in the wild.
 */
final class FeedReader {

  private FeedReader() {}

  /** The results of one feed file; {@code origin} is the file's path. */
  static List<IngestResult> read(String xml, SourceFormat format, String origin,
      String stem, List<String> decodeWarnings, Limits limits) {
    return read(xml, format, origin, stem, decodeWarnings, limits, false);
  }

  /**
   * The results of one feed; with {@code keepTextless}, an item with neither content nor
   * description is an article with empty text instead of a failure, for a caller that fetches
   * the item's page ({@code sitrep watch}).
   */
  static List<IngestResult> read(String xml, SourceFormat format, String origin,
      String stem, List<String> decodeWarnings, Limits limits, boolean keepTextless) {
    Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
    boolean atom = format == SourceFormat.ATOM;
    List<Element> items = elements(doc, atom ? "entry" : "item");
    if (items.isEmpty()) {
      return List.of(new IngestResult.Failed(origin, "feed has no items"));
    }
    Element channel = atom ? first(doc, "feed") : first(doc, "channel");
    String source = channel == null ? null : plain(childText(channel, "title"));
    List<IngestResult> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String itemOrigin = origin + "#item " + (i + 1);
      out.add(atom
          ? entry(items.get(i), source, itemOrigin, stem + "-item-" + (i + 1), decodeWarnings, limits,
              keepTextless)
          : item(items.get(i), source, itemOrigin, stem + "-item-" + (i + 1), decodeWarnings, limits,
              keepTextless));
    }
    return ImmutableList.copyOf(out);
  }

  private static IngestResult item(Element item, String source, String origin, String fallbackId,
      List<String> decodeWarnings, Limits limits, boolean keepTextless) {
    String link = blankToNull(childText(item, "link"));
    // An item with neither guid nor link still needs an id that is stable across re-reads.
    String id = firstNonBlank(childText(item, "guid"), link, fallbackId);
    // An item with neither content nor description has empty text (firstNonBlank skips "").
    String content = Objects.requireNonNullElse(firstNonBlank(childText(item, "content:encoded"),
        childText(item, "description")), "");
    List<String> dates = new ArrayList<>();
    for (String tag : List.of("pubDate", "dc:date", "published", "updated")) {
      String d = blankToNull(childText(item, tag));
      if (d != null) {
        dates.add(d);
      }
    }
    return article(id, source, link, plain(childText(item, "title")), dates,
        HtmlExtractor.fragment(content), SourceFormat.RSS, origin, decodeWarnings, limits,
        keepTextless);
  }

  private static IngestResult entry(Element entry, String source, String origin, String fallbackId,
      List<String> decodeWarnings, Limits limits, boolean keepTextless) {
    String url = null;
    for (Element link : children(entry, "link")) {
      String rel = link.attr("rel");
      if ((rel.isEmpty() || rel.equals("alternate")) && !link.attr("href").isBlank()) {
        url = link.attr("href").strip();
        break;
      }
    }
    String id = firstNonBlank(childText(entry, "id"), url, fallbackId);
    Element content = firstChild(entry, "content");
    if (content == null || content.wholeText().isBlank() && content.children().isEmpty()) {
      content = firstChild(entry, "summary");
    }
    List<String> dates = new ArrayList<>();
    for (String tag : List.of("published", "updated")) {
      String d = blankToNull(childText(entry, tag));
      if (d != null) {
        dates.add(d);
      }
    }
    Element titleEl = firstChild(entry, "title");
    String title = titleEl == null ? null : atomText(titleEl).text().replace("\n\n", " ");
    TextBuilder text = content == null ? new TextBuilder() : atomText(content);
    return article(id, source, url, blankToNull(title), dates, text, SourceFormat.ATOM, origin,
        decodeWarnings, limits, keepTextless);
  }

  /** Atom text constructs: {@code type="text"} (default), {@code "html"} or {@code "xhtml"}. */
  private static TextBuilder atomText(Element construct) {
    String type = construct.attr("type").strip().toLowerCase(Locale.ROOT);
    if (type.equals("xhtml")) {
      return HtmlExtractor.fragment(construct.html());
    }
    if (type.equals("html") || type.equals("text/html")) {
      return HtmlExtractor.fragment(construct.wholeText());
    }
    TextBuilder out = new TextBuilder();
    for (String paragraph : construct.wholeText().split("\\n\\s*\\n")) {
      out.add(StructureType.BODY, paragraph);
    }
    return out;
  }

  private static IngestResult article(String id, String source, String url, String title,
      List<String> dates, TextBuilder text, SourceFormat format, String origin,
      List<String> decodeWarnings, Limits limits, boolean keepTextless) {
    if (text.isEmpty() && !keepTextless) {
      return new IngestResult.Failed(origin, "no text");
    }
    String tooLong = limits.textTooLong(text.text().length());
    if (tooLong != null) {
      return new IngestResult.Failed(origin, tooLong);
    }
    List<String> warnings = new ArrayList<>(decodeWarnings);
    String published = PublishedDates.resolve(dates, warnings);
    return new IngestResult.Ok(new Article(id, source, url, MetaTitle.checked(title, warnings),
        published, text.text(), format,
        origin, text.spans(), warnings));
  }

  /** Feed titles may carry escaped markup; the article title is plain text. */
  private static String plain(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String text = s.contains("<") ? Jsoup.parse(s).text() : s;
    return blankToNull(TextBuilder.collapse(text));
  }

  // Tag names are compared ignoring case: feeds write pubDate, pubdate and PubDate alike.

  private static List<Element> elements(Document doc, String tag) {
    List<Element> out = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      if (e.tagName().equalsIgnoreCase(tag)) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element first(Document doc, String tag) {
    List<Element> all = elements(doc, tag);
    return all.isEmpty() ? null : all.get(0);
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (Element e : parent.children()) {
      if (e.tagName().equalsIgnoreCase(tag)) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element firstChild(Element parent, String tag) {
    List<Element> all = children(parent, tag);
    return all.isEmpty() ? null : all.get(0);
  }

  private static String childText(Element parent, String tag) {
    Element e = firstChild(parent, tag);
    return e == null ? null : e.wholeText().strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
