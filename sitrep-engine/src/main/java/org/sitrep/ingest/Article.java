package org.sitrep.ingest;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.sitrep.core.Layer;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.Warned;

/**
 * One article as read from its source, before any analysis. This is the input layer of the
 * analysis pipeline.
 *
 * @param id stable identifier: the file stem for a one-article file, the JSONL {@code id}, the feed
 *     item's GUID (or link); never blank
 * @param source the outlet (site name, feed title, JSONL {@code source}); null when unknown
 * @param url the article's address; null when unknown
 * @param title the title stated in metadata (HTML, feed, JSONL); null when the title, if any, is
 *     only inside {@code text} (plain text), where the clean stage finds it
 * @param published publication date or date-time from metadata as ISO-8601 ({@code 2026-01-09} or
 *     {@code 2026-01-09T08:15:00Z}); null when the metadata states none
 * @param text the article text exactly as read (for HTML and feeds, the extracted main text); all
 *     annotation offsets point into it
 * @param format the format it was read from
 * @param origin where it was read from: a path, plus {@code #line} or {@code #item} for multi-article
 *     files
 * @param markup structure already known from markup (HTML headline, figure captions, paragraphs), as
 *     spans into {@code text}; empty for plain text
 * @param warnings problems met while reading (invalid bytes replaced, an unparseable date)
 * @param outlet the outlet, where it was learnt and the wire credit (see {@link OutletResolver});
 *     null is taken as {@code source} as metadata (unknown when {@code source} is null), which is
 *     what an article has before the resolver or the user has spoken
 */
public record Article(
    String id,
    String source,
    String url,
    String title,
    String published,
    String text,
    SourceFormat format,
    String origin,
    List<StructureSpan> markup,
    List<String> warnings,
    Outlet outlet) implements Warned {

  /** The pipeline layer holding the input article. */
  public static final Layer<Article> LAYER = Layer.of("article", Article.class);

  public Article {
    checkArgument(id != null && !id.isBlank(), "article id must not be blank");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    origin = origin == null ? "" : origin;
    markup = ImmutableList.copyOf(markup);
    warnings = ImmutableList.copyOf(warnings);
    outlet = outlet == null ? Outlet.fromMetadata(source) : outlet;
    for (StructureSpan s : markup) {
      checkArgument(s.span().end() <= text.length(), "markup span %s lies outside the text", s);
    }
  }

  /** An article whose outlet is what its metadata says, before {@link OutletResolver} runs. */
  public Article(String id, String source, String url, String title, String published, String text,
      SourceFormat format, String origin, List<StructureSpan> markup, List<String> warnings) {
    this(id, source, url, title, published, text, format, origin, markup, warnings, null);
  }

  /** This article with another outlet (the resolver's, or the user's). */
  public Article withOutlet(Outlet newOutlet) {
    return new Article(id, source, url, title, published, text, format, origin, markup, warnings,
        Objects.requireNonNull(newOutlet, "outlet"));
  }

  /** A plain-text article with no metadata, e.g. for tests. */
  public static Article ofText(String id, String text) {
    return new Article(id, null, null, null, null, text, SourceFormat.TEXT, "", List.of(), List.of());
  }

  /**
   * SHA-256 (hex) of the content: text and the metadata that analysis reads (source, url, title,
   * published), and the outlet when the user named it (what the rules derive from the content
   * changes with the analysis version instead). Identical content gives an identical hash whatever
   * file or order it came from.
   */
  public String contentHash() {
    String joined = String.join("\u0000", nz(source), nz(url), nz(title), nz(published), text);
    if (outlet.from() == OutletOrigin.USER) {
      joined = joined + "\u0000user outlet\u0000" + outlet.name();
    }
    return Hashing.sha256().hashString(joined, StandardCharsets.UTF_8).toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
