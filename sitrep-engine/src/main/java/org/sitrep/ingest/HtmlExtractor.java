package org.sitrep.ingest;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
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
      "trending", "recommended", "recommendations", "skip", "toolbar", "topbar", "paywall",
      // Menus, calls to action, comment platforms and news tickers.
      "dropdown", "cta", "disqus", "livefyre", "viafoura", "ticker", "pagination", "masthead");

  /** Prefixes of class/id words with the same meaning ("relatedArticles", "newsletterSignup"). */
  private static final List<String> BOILERPLATE_PREFIXES = ImmutableList.of(
      "navbar", "navigation", "menu", "breadcrumb", "sidebar", "advert", "adsby", "sponsor",
      "related", "sharebar", "sharing", "social", "newsletter", "subscri", "signup", "cookie",
      "consent", "outbrain", "taboola", "recommend", "trending", "mostread", "mostpopular",
      "comment", "dropdown", "promo", "paywall", "disqus");

  /** Multi-word class/id phrases, matched on the dash-joined words. */
  private static final List<String> BOILERPLATE_PHRASES = ImmutableList.of(
      "-most-read-", "-most-popular-", "-more-stories-", "-read-more-", "-also-read-",
      "-read-also-", "-you-may-like-", "-further-reading-", "-sr-only-", "-visually-hidden-",
      "-screen-reader-text-", "-sign-up-", "-more-from-", "-read-next-", "-up-next-",
      "-back-to-top-", "-scroll-to-top-", "-skip-link-");

  /** ARIA roles of interface regions: the site banner, dialogs, menus and toolbars. */
  private static final Set<String> BOILERPLATE_ROLES =
      ImmutableSet.of("banner", "dialog", "alertdialog", "menu", "menubar", "toolbar");

  /** Class/id words of photo credits and copyright lines (inside a figure, "source" too). */
  private static final Set<String> CREDIT_WORDS =
      ImmutableSet.of("credit", "credits", "copyright", "photographer", "courtesy");

  /** Class/id words and phrases of author bios. */
  private static final Set<String> BIO_WORDS = ImmutableSet.of("bio", "bios", "biography");
  private static final List<String> BIO_PHRASES = ImmutableList.of("-about-the-author-",
      "-about-author-", "-author-info-", "-author-description-", "-author-details-");

  /** Class/id words of video and audio players. */
  private static final Set<String> PLAYER_WORDS = ImmutableSet.of("video", "videos", "player",
      "jwplayer", "brightcove", "vjs", "videojs", "playlist", "podcast", "audio");

  /**
   * Class words of the blocks that social networks' embed codes write ("twitter-tweet",
   * "instagram-media", "tiktok-embed", "fb-post", "bluesky-embed", "reddit-embed",
   * "telegram-post"): another account's post shown in the page, not the outlet's reporting.
   */
  private static final Set<String> EMBED_WORDS = ImmutableSet.of("tweet", "twitter",
      "instagram", "tiktok", "fb", "facebook", "bluesky", "reddit", "telegram", "threads",
      "mastodon");

  /** The longest paragraph taken as a standfirst beside a headline outside the story. */
  private static final int STANDFIRST_CHARS = 400;

  /** A paragraph or heading this much made of link text is a link to another page. */
  private static final double LINK_ONLY = 0.9;
  /** A block this much made of link text, with several links, is a list of links. */
  private static final double LINK_DENSE = 0.7;

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

  /** Blocks that may hold paragraphs as loose text, and how much loose text makes paragraphs. */
  private static final String LOOSE_TEXT_BLOCKS = "div, section, article, main, td";
  private static final int LOOSE_TEXT = 200;

  /** A byline, caption or class-marked block longer than this is content, not a credit line. */
  private static final int SHORT_BLOCK = 300;

  /** Stands for {@code <br>} while inline text is gathered; two in a row split a paragraph. */
  private static final char BR = '\u0001';
  private static final Pattern DOUBLE_BR = Pattern.compile(BR + "\\s*" + BR + "[\\s" + BR + "]*");

  /** Far deeper than any real page nests (a few dozen levels), far shallower than the stack. */
  static final int MAX_DEPTH = 200;
  private static final Pattern TAG = Pattern.compile("<[A-Za-z!/]");
  /** A publication date in a news address: "/2027/03/18/" or "/2027-03-18/". */
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d\\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\\d|3[01])(?:/|$)");
  private static final Pattern CDATA = Pattern.compile("^\\s*(?://\\s*)?<!\\[CDATA\\[|(?://\\s*)?\\]\\]>\\s*$");
  /** schema.org types of a news or blog article. */
  private static final Pattern ARTICLE_TYPE = Pattern.compile(
      "(?:\\w*NewsArticle|Article|ReportageNews|BlogPosting|LiveBlogPosting|AnalysisNewsArticle"
          + "|OpinionNewsArticle|Report)");

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();

  private HtmlExtractor() {}

  /** Reads a whole page: metadata, then the main container's text. */
  static Page page(String html) {
    Document doc = Jsoup.parse(html);
    flattenDeep(doc);
    String title = firstNonBlank(meta(doc, "og:title"), null);
    if (MetaTitle.isUrl(title)) {
      title = null; // a page whose og:title is its address: the headline says more
    }
    String source = firstNonBlank(meta(doc, "og:site_name"),
        firstNonBlank(publisherName(doc), meta(doc, "application-name")));
    String url = firstNonBlank(doc.select("link[rel=canonical]").attr("href"), meta(doc, "og:url"));
    List<String> published = publishedCandidates(doc, url);
    String docTitle = TextBuilder.collapse(doc.title());
    List<JsonNode> jsonLd = jsonLdRoots(doc); // before the scripts go with the boilerplate
    String jsonLdBody = articleText(jsonLd, "articleBody");
    String jsonLdHeadline = articleText(jsonLd, "headline");

    removeBoilerplate(doc.body());
    Element container = container(doc.body());
    Element headline = container.selectFirst("h1");
    List<Element> standfirst = List.of();
    if (headline == null) {
      headline = headlineOutside(doc.body(), firstNonBlank(title, docTitle));
      standfirst = between(doc.body(), headline, container);
    }
    if (headline == null && jsonLdHeadline != null) {
      title = firstNonBlank(title, jsonLdHeadline);
    }
    TextBuilder out = new TextBuilder();
    if (headline != null) {
      out.add(StructureType.TITLE, inlineText(headline));
    }
    for (Element p : standfirst) {
      out.add(StructureType.STANDFIRST, inlineText(p));
    }
    Walker walker = new Walker(out, headline);
    walker.walk(container);
    walker.flush();
    if (jsonLdBody != null && letters(out.text()) - (headline == null ? 0
        : letters(headline.text())) < letters(jsonLdBody) / 2) {
      out = fromJsonLd(headline, headline == null ? jsonLdHeadline : null, jsonLdBody);
    }
    if (title == null) {
      title = headline != null ? firstNonBlank(TextBuilder.collapse(headline.text()), docTitle)
          : firstNonBlank(docTitle, null);
    }
    return new Page(out.text(), out.spans(), title, published, source, url);
  }

  /** The page's JSON-LD scripts, parsed; broken ones left out. */
  private static List<JsonNode> jsonLdRoots(Document doc) {
    List<JsonNode> roots = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        roots.add(JSON.readTree(jsonLd(script)));
      } catch (IOException | RuntimeException e) {
        // Broken JSON-LD is common and harmless: the page's own text is used.
      }
    }
    return roots;
  }

  /**
   * A text field of the page's article as its JSON-LD states it ({@code articleBody} or {@code
   * headline} of the first object typed as an article), or null. Pages that draw their story
   * with scripts, AMP shells and some paywalled pages carry the full text only there; most pages
   * repeat the visible text.
   */
  private static String articleText(List<JsonNode> roots, String field) {
    for (JsonNode root : roots) {
      JsonNode value = root == null ? null : articleField(root, field);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        return value.asText();
      }
    }
    return null;
  }

  /**
   * The article rebuilt from its JSON-LD body, used when the page's visible text holds less than
   * half of it (a script-drawn page, a teaser above a paywall): the headline, then the body's
   * paragraphs (blank lines or line breaks separate them; markup inside is read as a fragment).
   */
  private static TextBuilder fromJsonLd(Element headline, String statedHeadline, String body) {
    TextBuilder out = new TextBuilder();
    if (headline != null) {
      out.add(StructureType.TITLE, inlineText(headline));
    } else if (statedHeadline != null) {
      out.add(StructureType.TITLE, Parser.unescapeEntities(statedHeadline, false));
    }
    if (TAG.matcher(body).find()) {
      TextBuilder inner = fragment(body);
      for (StructureSpan span : inner.spans()) {
        out.add(span.type(), inner.text().substring(span.span().start(), span.span().end()),
            span.note());
      }
      return out;
    }
    for (String paragraph : Parser.unescapeEntities(body, false).split("\\r?\\n")) {
      out.add(StructureType.BODY, paragraph);
    }
    return out;
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
    flattenDeep(doc);
    removeBoilerplate(doc.body());
    Walker walker = new Walker(out, null);
    walker.walk(doc.body());
    walker.flush();
    return out;
  }

  /**
   * Unwraps elements nested deeper than {@link #MAX_DEPTH}, keeping their text: the walker
   * recurses, and broken or hostile markup nested thousands deep would overflow the stack.
   */
  private static void flattenDeep(Document doc) {
    List<Element> deep = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (depth > MAX_DEPTH && node instanceof Element e) {
        deep.add(e);
      }
    }, doc);
    for (Element e : deep) {
      e.unwrap();
    }
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

  /**
   * Raw publication stamps, most trusted first: the JSON-LD {@code datePublished} of the article
   * itself (structured data keeps publication and update apart, where a CMS often rewrites the
   * Open Graph stamp with the update time), the meta tags, microdata, any other JSON-LD
   * {@code datePublished}, time elements, and last a date in the article's address
   * ({@code /2027/03/18/}), which news sites set when the story is first published.
   */
  private static List<String> publishedCandidates(Document doc, String url) {
    List<String> out = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        addIfPresent(out, articleDatePublished(JSON.readTree(jsonLd(script))));
      } catch (IOException | RuntimeException e) {
        // Broken JSON-LD is common and harmless: other metadata may still date the page.
      }
    }
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
        addIfPresent(out, findText(JSON.readTree(jsonLd(script)), "datePublished"));
      } catch (IOException | RuntimeException e) {
        // Broken JSON-LD is common and harmless: other metadata may still date the page.
      }
    }
    for (Element time : doc.select("article header time[datetime], time[pubdate]")) {
      addIfPresent(out, time.attr("datetime"));
    }
    if (url != null) {
      Matcher m = URL_DATE.matcher(url);
      if (m.find()) {
        addIfPresent(out, m.group(1) + "-" + m.group(2) + "-" + m.group(3));
      }
    }
    return out;
  }

  /**
   * The name of the article's publisher in JSON-LD ({@code "publisher": {"@type": "Organization",
   * "name": …}}, or a reference {@code {"@id": …}} to an organisation elsewhere in the page's
   * graph); else the first publisher named anywhere in the page's JSON-LD; null when none is.
   */
  private static String publisherName(Document doc) {
    List<JsonNode> roots = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = JSON.readTree(jsonLd(script));
        if (root != null) {
          roots.add(root);
        }
      } catch (IOException | RuntimeException e) {
        // Broken JSON-LD is common and harmless: other metadata may still name the outlet.
      }
    }
    String found = null;
    for (JsonNode root : roots) {
      JsonNode publisher = articleField(root, "publisher");
      found = found != null ? found : nameOf(publisher, roots);
    }
    for (JsonNode root : roots) {
      found = found != null ? found : nameOf(anyField(root, "publisher"), roots);
    }
    return found;
  }

  /** A publisher node's name: its own, or the name of the node its {@code @id} points to. */
  private static String nameOf(JsonNode publisher, List<JsonNode> roots) {
    if (publisher == null) {
      return null;
    }
    if (publisher.isArray()) {
      for (JsonNode p : publisher) {
        String name = nameOf(p, roots);
        if (name != null) {
          return name;
        }
      }
      return null;
    }
    if (publisher.isTextual()) {
      return firstNonBlank(publisher.asText(), null);
    }
    JsonNode name = publisher.get("name");
    if (name != null && name.isTextual() && !name.asText().isBlank()) {
      return name.asText().strip();
    }
    JsonNode id = publisher.get("@id");
    if (id != null && id.isTextual()) {
      for (JsonNode root : roots) {
        JsonNode target = nodeWithId(root, id.asText());
        if (target != null && target != publisher && target.get("name") != null
            && target.get("name").isTextual()) {
          return firstNonBlank(target.get("name").asText(), null);
        }
      }
    }
    return null;
  }

  private static JsonNode nodeWithId(JsonNode node, String id) {
    if (node.isObject() && node.get("@id") != null && id.equals(node.get("@id").asText())
        && node.get("name") != null) {
      return node;
    }
    if (node.isContainerNode()) {
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        JsonNode found = nodeWithId(it.next(), id);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** A field of the first object typed as an article ("NewsArticle", …), or null. */
  private static JsonNode articleField(JsonNode node, String field) {
    if (node.isObject()) {
      JsonNode type = node.get("@type");
      boolean article = type != null && (type.isTextual() ? ARTICLE_TYPE.matcher(type.asText())
          .matches() : type.isArray() && java.util.stream.StreamSupport.stream(type.spliterator(),
          false).anyMatch(t -> ARTICLE_TYPE.matcher(t.asText()).matches()));
      if (article && node.get(field) != null) {
        return node.get(field);
      }
    }
    if (node.isContainerNode()) {
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        JsonNode found = articleField(it.next(), field);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static JsonNode anyField(JsonNode node, String field) {
    if (node.isObject() && node.get(field) != null) {
      return node.get(field);
    }
    if (node.isContainerNode()) {
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        JsonNode found = anyField(it.next(), field);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * A JSON-LD script's JSON: without the CDATA wrapper ({@code <![CDATA[ … ]]>}, perhaps behind
   * {@code //} comments) that pages written for XHTML put around it.
   */
  private static String jsonLd(Element script) {
    return CDATA.matcher(script.data()).replaceAll("");
  }

  /** The {@code datePublished} of the first object typed as an article ("NewsArticle", …). */
  private static String articleDatePublished(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isObject()) {
      JsonNode type = node.get("@type");
      JsonNode value = node.get("datePublished");
      boolean article = type != null && (type.isTextual() ? ARTICLE_TYPE.matcher(type.asText())
          .matches() : type.isArray() && java.util.stream.StreamSupport.stream(type.spliterator(),
          false).anyMatch(t -> ARTICLE_TYPE.matcher(t.asText()).matches()));
      if (article && value != null && value.isTextual()) {
        return value.asText();
      }
    }
    if (node.isContainerNode()) {
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        String found = articleDatePublished(it.next());
        if (found != null) {
          return found;
        }
      }
    }
    return null;
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
      remove(e);
    }
    // A site header goes; an article's own header (headline, byline, date) stays.
    for (Element header : body.select("header")) {
      if (header.parent() != null && header.closest("article, main, [itemprop=articleBody]") == null
          && header.selectFirst("h1") == null) {
        remove(header);
      }
    }
    for (Element e : body.select("form, [class], [id], [style], [role]")) {
      if (e == body || e.parent() == null || e.closest("body") == null) {
        continue; // already removed with an ancestor
      }
      boolean signalled = e.normalName().equals("form") || isBoilerplate(e)
          || BOILERPLATE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
          || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none");
      if (signalled && !holdsStory(e, total)) {
        remove(e);
      }
    }
  }

  /**
   * Removes an element, leaving a space in its place: an icon or a dropped block between two
   * words ("Watch<svg>…</svg>now") must not glue them together.
   */
  private static void remove(Element e) {
    if (e.parent() != null) {
      e.before(new TextNode(" "));
      e.remove();
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

  /** A photo credit or copyright line by its class or id ("caption__credit", "photographer"). */
  static boolean isCreditClass(Element e) {
    List<String> words = words(e.className() + " " + e.id());
    boolean inFigure = e.closest("figure, figcaption") != null;
    return e.text().length() <= SHORT_BLOCK && words.stream().anyMatch(w -> CREDIT_WORDS.contains(w)
        || inFigure && (w.equals("source") || w.equals("byline")));
  }

  /** An author bio by its class or id ("author-bio", "about-the-author"). */
  static boolean isBioClass(Element e) {
    List<String> words = words(e.className() + " " + e.id());
    if (words.stream().anyMatch(BIO_WORDS::contains)) {
      return e.text().length() <= SHORT_BLOCK * 3;
    }
    String joined = "-" + String.join("-", words) + "-";
    return BIO_PHRASES.stream().anyMatch(joined::contains) && e.text().length() <= SHORT_BLOCK * 3;
  }

  /** Letters and digits of an element's text, and of the part inside links to other pages. */
  private static int[] linkShare(Element e) {
    return linkShare(e, false);
  }

  /**
   * Letters of {@code e}, letters inside links, and links: links to other pages, and with {@code
   * anchors} also links to a named place in this page ("#update-3"; never a bare "#").
   */
  private static int[] linkShare(Element e, boolean anchors) {
    int all = letters(e.text());
    int linked = 0;
    for (Element a : e.select("a[href]")) {
      String href = a.attr("href").strip().toLowerCase(Locale.ROOT);
      boolean anchor = href.startsWith("#");
      if (!href.isEmpty() && (!anchor || anchors && href.length() > 1 && !href.startsWith("#!"))
          && !href.startsWith("javascript:")
          && a.parents().stream().noneMatch(p -> p.normalName().equals("a") && p.hasAttr("href"))) {
        linked += letters(a.text());
      }
    }
    return new int[] {all, linked, e.select("a[href]").size()};
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * A video or audio player box by its class or id ("video-player", "featured-video", "jwplayer"):
   * its title, caption and controls describe the clip (often another story), not the article.
   */
  static boolean isPlayer(Element e) {
    return e.text().length() <= SHORT_BLOCK * 2 && words(e.className() + " " + e.id()).stream()
        .anyMatch(PLAYER_WORDS::contains);
  }

  /**
   * A social network's embedded post by its class ("twitter-tweet", "instagram-media",
   * "tiktok-embed"): a class naming a network together with a post or embed word, or a network's
   * own embed class.
   */
  static boolean isEmbeddedPost(Element e) {
    String cls = e.className().toLowerCase(Locale.ROOT);
    if (cls.contains("twitter-tweet") || cls.contains("instagram-media")
        || cls.contains("tiktok-embed")) {
      return true;
    }
    List<String> w = words(cls);
    return w.stream().anyMatch(EMBED_WORDS::contains)
        && w.stream().anyMatch(x -> x.equals("embed") || x.equals("post") || x.equals("media"));
  }

  /** A short paragraph or heading that is all link: a link to another story. */
  static boolean isLinkOnly(Element e) {
    int[] share = linkShare(e);
    return share[0] > 0 && share[0] <= 300 && share[1] >= LINK_ONLY * share[0];
  }

  /** A block of several links with little else: related stories, tags, a menu. */
  static boolean isLinkList(Element e) {
    // in-page anchors count here: a list of them is the page's own table of contents ("Key
    // events" above a live blog), which repeats what follows
    int[] share = linkShare(e, true);
    return share[2] >= 2 && share[0] > 0 && share[0] <= 1500 && share[1] >= LINK_DENSE * share[0];
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
    for (Element d : body.select(LOOSE_TEXT_BLOCKS)) {
      if (looseText(d) > 0) {
        scores.merge(d, looseText(d), Integer::sum);
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

  /**
   * The prose an element holds: the text of its {@code p} elements, and the text lying loose in
   * blocks (pages that separate paragraphs with {@code <br>} instead of {@code <p>}).
   */
  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    for (Element d : e.select(LOOSE_TEXT_BLOCKS)) {
      n += looseText(d);
    }
    return n;
  }

  /** Text directly inside a block, when there is enough of it to be paragraphs. */
  private static int looseText(Element block) {
    int own = block.ownText().length();
    return own >= LOOSE_TEXT ? own : 0;
  }

  /**
   * The standfirst of a page whose headline lies outside the story's container: the one or two
   * short paragraphs between the headline and the container ("dek", "summary" blocks that
   * templates put beside the headline, not in the story body), each in a block that also holds the
   * headline or the story. Anything longer or more, or a paragraph inside another block between
   * them (a teaser card), means there is no standfirst, and none is taken.
   */
  private static List<Element> between(Element body, Element headline, Element container) {
    if (headline == null || container == body) {
      return List.of();
    }
    List<Element> found = new ArrayList<>();
    boolean after = false;
    for (Element e : body.getAllElements()) {
      if (e == container) {
        break;
      }
      if (e == headline) {
        after = true;
      } else if (after && e.normalName().equals("p") && !e.text().isBlank()) {
        // at the level of the headline or the story (its block holds one of them), not inside
        // another block between them: a teaser card, a promo
        Element block = e.parent();
        if (block == null || !(headline.parents().contains(block)
            || container.parents().contains(block))) {
          return List.of();
        }
        found.add(e);
      }
    }
    boolean standfirst = !found.isEmpty() && found.size() <= 2
        && found.stream().allMatch(p -> p.text().length() <= STANDFIRST_CHARS);
    return standfirst ? found : List.of();
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
      appendText(sb, t.getWholeText());
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

  /**
   * Appends one text node's text, with a space where it would otherwise glue onto the text before
   * it across a node boundary: a lower-case letter then a capital ("News Agency" +
   * "March 7" → "AgencyMarch"), or a sentence's end then a capital ("on Thursday." + "Jane Doe /
   * AFP"). Text nodes come from separate elements (a caption and its credit, a byline and its
   * time stamp) that a page lays out apart; within a word ("<b>Wor</b>ld") nothing is added.
   */
  static void appendText(StringBuilder sb, String text) {
    if (sb.length() > 0 && !text.isEmpty()) {
      char l = sb.charAt(sb.length() - 1);
      char r = text.charAt(0);
      char beforeL = sb.length() > 1 ? sb.charAt(sb.length() - 2) : ' ';
      boolean glue = Character.isUpperCase(r) && (Character.isLowerCase(l)
          || ".!?:;".indexOf(l) >= 0 && (Character.isLowerCase(beforeL)
          || Character.isDigit(beforeL)));
      if (glue) {
        sb.append(' ');
      }
    }
    sb.append(text);
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
    /** While walking a list of links: the note every paragraph inside it gets as furniture. */
    private String furniture;

    Walker(TextBuilder out, Element headline) {
      this.out = out;
      this.headline = headline;
    }

    private void add(StructureType type, String raw, String note) {
      // Inside a list of links or a player, only credits keep their own type.
      if (furniture != null && type != StructureType.BYLINE && type != StructureType.CREDIT) {
        out.add(StructureType.BOILERPLATE, raw, furniture);
      } else {
        out.add(type, raw, note);
      }
    }

    void walk(Element parent) {
      for (Node child : parent.childNodes()) {
        if (child instanceof TextNode t) {
          appendText(loose, t.getWholeText());
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
      if (isBioClass(e) && !HEADINGS.contains(tag)) {
        flush();
        paragraphs(StructureType.CREDIT, inlineText(e), "author bio (markup)");
        return;
      }
      if (isCreditClass(e) && !HEADINGS.contains(tag)) {
        flush();
        paragraphs(StructureType.CREDIT, inlineText(e), e.closest("figure, figcaption") != null
            ? "photo credit (markup)" : "credit line (markup)");
        return;
      }
      if (isByline(e) && !HEADINGS.contains(tag)) {
        flush();
        paragraphs(StructureType.BYLINE, inlineText(e), "byline (markup)");
        return;
      }
      if (!isBlock(e) && !hasBlockInside(e)) {
        appendInline(e, loose);
        return;
      }
      flush();
      if (furniture == null && isEmbeddedPost(e) && !holdsHeadline(e)) {
        // another account's post shown in the page: kept in the text, never analysed as the
        // outlet's reporting (its claims are the poster's)
        furniture = "embedded social post";
        walk(e);
        flush();
        furniture = null;
        return;
      }
      boolean leaf = HEADINGS.contains(tag) || PARAGRAPHS.contains(tag) && !hasParagraphInside(e);
      if (leaf && !tag.equals("figcaption") && furniture == null && isLinkOnly(e)) {
        // A paragraph or heading that is all link, inside the story: "[Read: …]", a related
        // headline, an all-caps teaser.
        paragraphs(StructureType.BOILERPLATE, gather(e), "link to another story");
      } else if (HEADINGS.contains(tag)) {
        // Only the chosen headline is the title; any other h1 is a section heading.
        add(StructureType.HEADING, inlineText(e), "");
      } else if (tag.equals("figcaption") || isCaptionClass(e)) {
        caption(e);
      } else if (PARAGRAPHS.contains(tag) && !hasParagraphInside(e)) {
        boolean credit = e.text().length() <= SHORT_BLOCK
            && e.selectFirst("[rel~=(?i)author], [itemprop=author]") != null;
        paragraphs(credit ? StructureType.BYLINE : StructureType.BODY, gather(e),
            credit ? "byline (markup)" : "");
      } else if (furniture == null && isPlayer(e) && !holdsHeadline(e)) {
        furniture = "video player";
        walk(e);
        flush();
        furniture = null;
      } else if (furniture == null && isLinkList(e) && !holdsHeadline(e)) {
        furniture = "list of links";
        walk(e);
        flush();
        furniture = null;
      } else {
        walk(e);
        flush();
      }
    }

    private boolean holdsHeadline(Element e) {
      return headline != null && (headline == e || headline.parents().contains(e));
    }

    /** A caption, with any credit inside it ("caption__source", "credit") as a credit of its own. */
    private void caption(Element e) {
      List<Element> credits = new ArrayList<>();
      for (Element d : e.getAllElements()) {
        if (d != e && isCreditClass(d) && credits.stream().noneMatch(c -> d.parents().contains(c))) {
          credits.add(d);
        }
      }
      if (credits.isEmpty()) {
        add(StructureType.CAPTION, inlineText(e), "");
        return;
      }
      Element described = e.clone();
      for (Element d : described.getAllElements()) {
        if (d != described && isCreditClass(d) && d.parent() != null) {
          d.remove();
        }
      }
      add(StructureType.CAPTION, inlineText(described), "");
      for (Element c : credits) {
        add(StructureType.CREDIT, inlineText(c), "photo credit (markup)");
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
      paragraphs(type, raw, "");
    }

    private void paragraphs(StructureType type, String raw, String note) {
      for (String part : DOUBLE_BR.split(raw)) {
        add(type, part.replace(BR, ' '), note);
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
