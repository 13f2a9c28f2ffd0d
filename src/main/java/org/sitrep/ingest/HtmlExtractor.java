package org.sitrep.ingest;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;

/**
 * Extracts an HTML page's main content and metadata. Boilerplate is dropped by element and by
 * class/id vocabulary, the main container is the semantic one ({@code article},
 * {@code itemprop=articleBody}, {@code main}) or else the block holding most paragraph text, and
 * text is rebuilt from its block elements with a {@link StructureSpan} per paragraph. jsoup parses
 * any byte soup, and nothing here throws on odd input: a page with no content yields empty text.
 */
final class HtmlExtractor {

  /** What a page yields; {@code publishedCandidates} are raw values, best source first. */
  record Page(String text, List<StructureSpan> markup, String title,
      List<String> publishedCandidates, String source, String url) {
    Page {
      markup = ImmutableList.copyOf(markup);
      publishedCandidates = ImmutableList.copyOf(publishedCandidates);
    }
  }

  /** Elements that are never article text. */
  private static final String DROPPED_TAGS = "script, style, noscript, template, iframe, nav, aside,"
      + " footer, button, select, textarea, input, svg, canvas, object, embed, video, audio, dialog,"
      + " [role=navigation], [role=contentinfo], [role=complementary], [role=search], [hidden],"
      + " [aria-hidden=true]";

  /** Class/id words that mark navigation, ads, prompts and other non-story blocks. */
  private static final Set<String> BOILERPLATE_WORDS = ImmutableSet.of(
      "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "sidebar",
      "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit",
      "dfp", "sponsor", "sponsored", "promo", "promotion", "related", "share", "shares", "sharing",
      "social", "newsletter", "subscribe", "subscription", "signup", "comment", "comments",
      "cookie", "cookies", "consent", "gdpr", "popup", "modal", "outbrain", "taboola", "footer",
      "trending", "recommended", "recommendations", "skip", "toolbar", "topbar", "paywall");

  /** Prefixes of class/id words with the same meaning ("relatedArticles", "newsletterSignup"). */
  private static final List<String> BOILERPLATE_PREFIXES = ImmutableList.of(
      "navbar", "navigation", "menu", "breadcrumb", "sidebar", "advert", "adsby", "sponsor",
      "related", "sharebar", "sharing", "social", "newsletter", "subscri", "signup", "cookie",
      "consent", "outbrain", "taboola", "recommend", "trending", "mostread", "mostpopular");

  /** Multi-word class/id phrases, matched on the dash-joined words. */
  private static final List<String> BOILERPLATE_PHRASES = ImmutableList.of(
      "-most-read-", "-most-popular-", "-more-stories-", "-read-more-", "-also-read-",
      "-read-also-", "-you-may-like-", "-further-reading-", "-sr-only-", "-visually-hidden-",
      "-screen-reader-text-", "-sign-up-", "-more-from-");

  private static final Set<String> BYLINE_WORDS =
      ImmutableSet.of("byline", "author", "authors", "writer", "contributor", "contributors");

  private static final Set<String> HEADINGS = ImmutableSet.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** Block elements whose text is one paragraph. */
  private static final Set<String> PARAGRAPHS =
      ImmutableSet.of("p", "li", "dt", "dd", "figcaption", "blockquote", "pre", "address");

  /** Tags that are blocks even when a parser does not know them as such. */
  private static final Set<String> BLOCKS = ImmutableSet.of("div", "section", "article", "main",
      "header", "figure", "ul", "ol", "dl", "table", "tbody", "thead", "tr", "td", "th", "hr",
      "center", "details", "summary", "body", "html", "form", "fieldset", "picture");

  /** A byline, caption or class-marked block longer than this is content, not a credit line. */
  private static final int SHORT_BLOCK = 300;

  /** Stands for {@code <br>} while inline text is gathered; two in a row split a paragraph. */
  private static final char BR = '\u0001';
  private static final Pattern DOUBLE_BR = Pattern.compile(BR + "\\s*" + BR + "[\\s" + BR + "]*");

  private static final Pattern TAG = Pattern.compile("<[A-Za-z!/]");

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();

  private HtmlExtractor() {}

  /** Reads a whole page: metadata, then the main container's text. */
  static Page page(String html) {
    Document doc = Jsoup.parse(html);
    String title = firstNonBlank(meta(doc, "og:title"), null);
    List<String> published = publishedCandidates(doc);
    String source = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"));
    String url = firstNonBlank(doc.select("link[rel=canonical]").attr("href"), meta(doc, "og:url"));
    String docTitle = TextBuilder.collapse(doc.title());

    removeBoilerplate(doc.body());
    Element container = container(doc.body());
    Element headline = container.selectFirst("h1");
    if (headline == null) {
      headline = headlineOutside(doc.body(), firstNonBlank(title, docTitle));
    }
    TextBuilder out = new TextBuilder();
    if (headline != null) {
      out.add(StructureType.TITLE, inlineText(headline));
    }
    Walker walker = new Walker(out, headline);
    walker.walk(container);
    walker.flush();
    if (title == null) {
      title = headline != null ? firstNonBlank(TextBuilder.collapse(headline.text()), docTitle)
          : firstNonBlank(docTitle, null);
    }
    return new Page(out.text(), out.spans(), title, published, source, url);
  }

  /**
   * Converts an HTML fragment (a feed item's content) to paragraphs; text with no tags at all is
   * taken as plain text whose blank lines separate paragraphs.
   */
  static TextBuilder fragment(String content) {
    TextBuilder out = new TextBuilder();
    if (!TAG.matcher(content).find()) {
      for (String paragraph : Parser.unescapeEntities(content, false).split("\\n\\s*\\n")) {
        out.add(StructureType.BODY, paragraph);
      }
      return out;
    }
    Document doc = Jsoup.parseBodyFragment(content);
    removeBoilerplate(doc.body());
    Walker walker = new Walker(out, null);
    walker.walk(doc.body());
    walker.flush();
    return out;
  }

  // ---- metadata

  private static String meta(Document doc, String key) {
    for (Element m : doc.select("meta[property=" + key + "], meta[name=" + key + "]")) {
      String content = m.attr("content").strip();
      if (!content.isEmpty()) {
        return content;
      }
    }
    return null;
  }

  private static List<String> publishedCandidates(Document doc) {
    List<String> out = new ArrayList<>();
    for (String key : List.of("article:published_time", "og:article:published_time",
        "datePublished", "pubdate", "publishdate", "dc.date.issued", "dcterms.created")) {
      addIfPresent(out, meta(doc, key));
    }
    for (Element e : doc.select("[itemprop=datePublished]")) {
      addIfPresent(out, firstNonBlank(firstNonBlank(e.attr("content"), e.attr("datetime")),
          e.text()));
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        addIfPresent(out, findText(JSON.readTree(script.data()), "datePublished"));
      } catch (IOException | RuntimeException e) {
        // Broken JSON-LD is common and harmless: other metadata may still date the page.
      }
    }
    for (Element time : doc.select("article header time[datetime], time[pubdate]")) {
      addIfPresent(out, time.attr("datetime"));
    }
    return out;
  }

  private static String findText(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    if (node.isObject()) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual()) {
        return value.asText();
      }
    }
    if (node.isContainerNode()) {
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        String found = findText(it.next(), field);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static void addIfPresent(List<String> out, String value) {
    if (value != null && !value.isBlank() && !out.contains(value.strip())) {
      out.add(value.strip());
    }
  }

  private static String firstNonBlank(String a, String b) {
    if (a != null && !a.isBlank()) {
      return a.strip();
    }
    return b == null || b.isBlank() ? null : b.strip();
  }

  // ---- boilerplate

  private static void removeBoilerplate(Element body) {
    int total = paragraphText(body);
    for (Element e : body.select(DROPPED_TAGS)) {
      e.remove();
    }
    // A site header goes; an article's own header (headline, byline, date) stays.
    for (Element header : body.select("header")) {
      if (header.parent() != null && header.closest("article, main, [itemprop=articleBody]") == null
          && header.selectFirst("h1") == null) {
        header.remove();
      }
    }
    for (Element e : body.select("form, [class], [id], [style]")) {
      if (e == body || e.parent() == null || e.closest("body") == null) {
        continue; // already removed with an ancestor
      }
      boolean signalled = e.normalName().equals("form") || isBoilerplate(e)
          || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none");
      if (signalled && !holdsStory(e, total)) {
        e.remove();
      }
    }
  }

  /**
   * Whether removing the element would take the story with it: some layouts put the whole page in
   * a {@code form} or a "with-sidebar" wrapper.
   */
  private static boolean holdsStory(Element e, int totalParagraphText) {
    if (e.selectFirst("h1, main, [itemprop=articleBody]") != null) {
      return true;
    }
    return totalParagraphText > 0 && paragraphText(e) * 2 > totalParagraphText;
  }

  static boolean isBoilerplate(Element e) {
    List<String> words = words(e.className() + " " + e.id());
    if (words.isEmpty()) {
      return false;
    }
    for (String w : words) {
      if (BOILERPLATE_WORDS.contains(w)) {
        return true;
      }
      for (String prefix : BOILERPLATE_PREFIXES) {
        if (w.startsWith(prefix)) {
          return true;
        }
      }
    }
    String joined = "-" + String.join("-", words) + "-";
    for (String phrase : BOILERPLATE_PHRASES) {
      if (joined.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case words of class and id values, camelCase split ("relatedLinks" → related, links). */
  private static List<String> words(String s) {
    String split = s.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String w : split.split("[^a-z0-9]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean isByline(Element e) {
    if (e.hasAttr("rel") && e.attr("rel").toLowerCase(Locale.ROOT).contains("author")
        || e.attr("itemprop").equalsIgnoreCase("author")
        || words(e.className() + " " + e.id()).stream().anyMatch(BYLINE_WORDS::contains)) {
      return e.text().length() <= SHORT_BLOCK;
    }
    return false;
  }

  private static boolean isCaptionClass(Element e) {
    return words(e.className()).stream().anyMatch(w -> w.startsWith("caption"))
        && e.text().length() <= SHORT_BLOCK;
  }

  // ---- container

  private static Element container(Element body) {
    int total = paragraphText(body);
    Element best = richest(body.select("article"));
    // An <article> holding little of the page's prose is a teaser card, not the story.
    if (best != null && paragraphText(best) * 4 >= total && !best.text().isBlank()) {
      return best;
    }
    for (String selector : List.of("[itemprop=articleBody]", "main")) {
      best = richest(body.select(selector));
      if (best != null && !best.text().isBlank()) {
        return best;
      }
    }
    // Readability's oldest trick: the parent of the most paragraph text is the story.
    Map<Element, Integer> scores = new LinkedHashMap<>();
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, p.text().length(), Integer::sum);
      }
    }
    Element winner = body;
    int max = 0;
    for (Map.Entry<Element, Integer> s : scores.entrySet()) {
      if (s.getValue() > max) {
        max = s.getValue();
        winner = s.getKey();
      }
    }
    return winner;
  }

  private static Element richest(Elements candidates) {
    Element best = null;
    int bestScore = -1;
    for (Element c : candidates) {
      int score = paragraphText(c) * 2 + c.text().length();
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  /** The page's headline when the container has none: the h1 matching the title, else the first. */
  private static Element headlineOutside(Element body, String title) {
    Elements h1s = body.select("h1");
    if (title != null) {
      String t = title.toLowerCase(Locale.ROOT);
      for (Element h1 : h1s) {
        String h = TextBuilder.collapse(h1.text()).toLowerCase(Locale.ROOT);
        if (!h.isEmpty() && (t.contains(h) || h.contains(t))) {
          return h1;
        }
      }
    }
    return h1s.stream().filter(h -> !h.text().isBlank()).findFirst().orElse(null);
  }

  // ---- text

  /** The text of an element with {@code <br>} as {@link #BR}, so paragraph breaks survive. */
  private static String inlineText(Element e) {
    StringBuilder sb = new StringBuilder();
    appendInline(e, sb);
    return sb.toString().replace(BR, ' ');
  }

  private static void appendInline(Node node, StringBuilder sb) {
    if (node instanceof TextNode t) {
      sb.append(t.getWholeText());
    } else if (node instanceof Element e) {
      if (e.normalName().equals("br")) {
        sb.append(BR);
        return;
      }
      boolean block = isBlock(e);
      if (block) {
        sb.append(' ');
      }
      for (Node child : e.childNodes()) {
        appendInline(child, sb);
      }
      if (block) {
        sb.append(' ');
      }
    }
  }

  private static boolean isBlock(Element e) {
    String tag = e.normalName();
    return HEADINGS.contains(tag) || PARAGRAPHS.contains(tag) || BLOCKS.contains(tag) || e.isBlock();
  }

  private static boolean hasBlockInside(Element e) {
    for (Element d : e.getAllElements()) {
      if (d != e && isBlock(d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Walks a container in document order, turning each block into paragraphs. Text lying loose
   * between blocks (pages that use {@code <br>} instead of {@code <p>}) becomes body paragraphs
   * too, split at double line breaks.
   */
  private static final class Walker {
    private final TextBuilder out;
    private final Element headline;
    private final StringBuilder loose = new StringBuilder();

    Walker(TextBuilder out, Element headline) {
      this.out = out;
      this.headline = headline;
    }

    void walk(Element parent) {
      for (Node child : parent.childNodes()) {
        if (child instanceof TextNode t) {
          loose.append(t.getWholeText());
        } else if (child instanceof Element e) {
          element(e);
        }
      }
    }

    private void element(Element e) {
      String tag = e.normalName();
      if (e == headline) {
        return; // already the first paragraph
      }
      if (tag.equals("br")) {
        loose.append(BR);
        return;
      }
      if (isByline(e) && !HEADINGS.contains(tag)) {
        flush();
        paragraphs(StructureType.BYLINE, inlineText(e));
        return;
      }
      if (!isBlock(e) && !hasBlockInside(e)) {
        appendInline(e, loose);
        return;
      }
      flush();
      if (HEADINGS.contains(tag)) {
        // Only the chosen headline is the title; any other h1 is a section heading.
        out.add(StructureType.HEADING, inlineText(e));
      } else if (tag.equals("figcaption") || isCaptionClass(e)) {
        out.add(StructureType.CAPTION, inlineText(e));
      } else if (PARAGRAPHS.contains(tag) && !hasParagraphInside(e)) {
        boolean credit = e.text().length() <= SHORT_BLOCK
            && e.selectFirst("[rel~=(?i)author], [itemprop=author]") != null;
        paragraphs(credit ? StructureType.BYLINE : StructureType.BODY, gather(e));
      } else {
        walk(e);
        flush();
      }
    }

    private boolean hasParagraphInside(Element e) {
      for (Element d : e.getAllElements()) {
        if (d != e && (PARAGRAPHS.contains(d.normalName()) || HEADINGS.contains(d.normalName())
            || d.normalName().equals("div"))) {
          return true;
        }
      }
      return false;
    }

    private String gather(Element e) {
      StringBuilder sb = new StringBuilder();
      for (Node child : e.childNodes()) {
        appendInline(child, sb);
      }
      return sb.toString();
    }

    private void paragraphs(StructureType type, String raw) {
      for (String part : DOUBLE_BR.split(raw)) {
        out.add(type, part.replace(BR, ' '));
      }
    }

    void flush() {
      if (loose.length() > 0) {
        paragraphs(StructureType.BODY, loose.toString());
        loose.setLength(0);
      }
    }
  }
}
