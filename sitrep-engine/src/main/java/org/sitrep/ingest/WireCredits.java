package org.sitrep.ingest;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.core.ResourceLines;
import org.sitrep.core.Span;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;

/**
 * Finds the wire agency an article's copy comes from, by the credits agencies put on their copy
 * (agencies and their credit names: {@code wire-agencies.tsv}). Two kinds of evidence count:
 *
 * <ul>
 *   <li>a dateline credit at the start of one of the first paragraphs: {@code BEIRUT (Reuters) —},
 *       {@code KYIV, Ukraine, March 3 (AP) —}, {@code (AFP) -}, {@code AP —}, {@code PARIS, AFP —};
 *   <li>a credit line that is a paragraph of its own: {@code — AFP}, {@code Source: Reuters},
 *       {@code With AFP}, {@code (With inputs from Reuters)}, {@code Reuters reported}, {@code By
 *       Jane Doe, Associated Press}, {@code © 2027 The Associated Press. All rights reserved.}
 *       (lines of up to 100 characters; a copyright line may be longer).
 * </ul>
 *
 * <p>An agency named inside a sentence ("…, Reuters reported." at the end of a body sentence, "told
 * AFP", "a Reuters tally") is the article citing a source, not carrying its copy, and does not
 * count; neither do photo credits ("(AP Photo/…)", "Photo: AFP", captions and photo credits that
 * the markup marks). Immutable and thread-safe.
 */
public final class WireCredits {
  private static final String RESOURCE = "wire-agencies.tsv";
  /**
   * A dateline opens the story's first paragraph; short lines before it (headline, byline, date
   * stamp) do not count, and the search stops after this many paragraphs of prose.
   */
  private static final int LEAD_PARAGRAPHS = 2;
  /** A line this long is a paragraph of prose, not a headline, byline or stamp. */
  private static final int PROSE = 100;
  /** A credit line is short; a longer paragraph naming an agency is a sentence. */
  private static final int CREDIT_LINE = 100;
  private static final Pattern PHOTO_LINE = Pattern.compile(
      "(?i)^[\\s(\\[]*(?:photo|photos|photograph|image|images|picture|pictures|file photo|file"
          + "|video|graphic|illustration|caption)\\b");

  /** A credit found: the agency's canonical name and the span of the credit in the text. */
  public record Credit(String agency, Span span) {}

  private final ImmutableMap<String, String> canonical;
  private final Pattern dateline;
  private final Pattern leadDash;
  private final Pattern creditLine;
  private final Pattern byline;
  private final Pattern copyright;

  private WireCredits(Map<String, String> canonical) {
    this.canonical = ImmutableMap.copyOf(canonical);
    String names = canonical.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
        .map(Pattern::quote).collect(Collectors.joining("|"));
    // The agency's name must end at a word boundary: "AP" is not the start of "APEC".
    String agency = "(" + names + ")(?![\\p{L}\\p{N}])";
    String city = "[\\p{Lu}][\\p{L}\\p{M}'’.\\-]*(?:[ ,/]+[\\p{L}\\p{M}\\p{N}'’.\\-]+){0,6}?\\s*";
    String dash = "\\s*(?:[-—–:|]|--)";
    dateline = Pattern.compile("^\\s*(?:" + city + ")?\\(\\s*" + agency
        + "(?:\\s*[/,]\\s*[^)]{1,40})?\\s*\\)" + dash);
    leadDash = Pattern.compile("^\\s*(?:[\\p{Lu}][\\p{Lu}\\p{M}'’.\\- ]{1,40},\\s*)?" + agency
        + "\\s*(?:[—–]|--?\\s)");
    String article = "(?:[Tt]he\\s+)?";
    creditLine = Pattern.compile("^[\\s(\\[—–\\-]*(?:(?:[Ss]ource|[Ss]ources|[Vv]ia|[Ww]ith"
        + "(?:\\s+inputs\\s+from)?|[Ff]rom|[Aa]dditional\\s+reporting\\s+by"
        + "|[Rr]eporting\\s+by|[Ii]nputs\\s+from)\\s*[:\\-–—]?\\s*)?" + article + agency
        + "(?:\\s*[/,&]\\s*[\\p{L} ]{2,30})?"
        + "(?:\\s+(?:news\\s+agency|contributed\\s+to\\s+this\\s+report|contributed\\s+reporting"
        + "|reported))?[\\s)\\].]*$");
    byline = Pattern.compile("^\\s*[Bb][Yy]\\s+[\\p{L}\\p{M}'’.\\- ]{2,60}?\\s*(?:,|\\||\\(|/|—|–|-)\\s*"
        + article + agency + "(?:\\s+(?:[Ww]riter|[Cc]orrespondent|[Rr]eporter|[Ss]taff))?\\)?\\s*$");
    copyright = Pattern.compile("^\\s*(?:©|\\([cC]\\)|[Cc]opyright)\\s*(?:©\\s*)?(?:\\d{4}\\s*,?\\s*)?"
        + article + agency);
  }

  /** The built-in agency list. */
  public static WireCredits load() {
    return parse(ResourceLines.of(WireCredits.class, RESOURCE));
  }

  /**
   * Agencies from lines of {@code canonical name<TAB>name|name|…}.
   *
   * @throws IllegalArgumentException for a malformed line or a credit name given to two agencies
   */
  public static WireCredits parse(List<String> lines) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      checkArgument(f.length >= 1 && f.length <= 2 && !f[0].isBlank(),
          "wire agency line needs 'name<TAB>aliases': %s", line);
      String name = f[0].strip();
      List<String> aliases = new ArrayList<>(List.of(name));
      if (f.length == 2) {
        for (String a : f[1].split("\\|")) {
          if (!a.isBlank()) {
            aliases.add(a.strip());
          }
        }
      }
      for (String a : aliases) {
        String before = map.putIfAbsent(a, name);
        checkArgument(before == null || before.equals(name),
            "credit name %s given to both %s and %s", a, before, name);
      }
    }
    checkArgument(!map.isEmpty(), "no wire agencies");
    return new WireCredits(map);
  }

  /**
   * The wire credit of an article, or null when it carries none: a dateline credit opening one of
   * its first two paragraphs of prose (short lines before them, such as a headline, byline or date
   * stamp, are passed over), else the first credit line anywhere. Paragraphs are the text's
   * non-blank lines; photo lines and those the markup marks as captions or photo credits are
   * skipped, and "Credit: …" lines are photo credits, not wire credits.
   */
  public Credit find(String text, List<StructureSpan> markup) {
    List<Span> lines = lines(text, markup);
    int prose = 0;
    for (int i = 0; i < lines.size() && prose < LEAD_PARAGRAPHS; i++) {
      Span p = lines.get(i);
      String line = p.in(text);
      for (Pattern pattern : List.of(dateline, leadDash)) {
        Matcher m = pattern.matcher(line);
        if (m.find()) {
          return credit(m, p);
        }
      }
      if (line.strip().length() >= PROSE) {
        prose++;
      }
    }
    for (Span p : lines) {
      String line = p.in(text);
      if (line.strip().length() > CREDIT_LINE && !copyright.matcher(line).find()) {
        continue;
      }
      for (Pattern pattern : List.of(creditLine, byline, copyright)) {
        Matcher m = pattern.matcher(line);
        if (m.find()) {
          return credit(m, p);
        }
      }
    }
    return null;
  }

  private Credit credit(Matcher m, Span line) {
    return new Credit(canonical.get(m.group(1)),
        new Span(line.start() + m.start(1), line.start() + m.end(1)));
  }

  /** Non-blank lines, without captions, photo credits and photo lines. */
  private static List<Span> lines(String text, List<StructureSpan> markup) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      if (!text.substring(start, end).isBlank()) {
        Span s = new Span(start, end);
        if (!isPicture(s, text, markup)) {
          out.add(s);
        }
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }

  private static boolean isPicture(Span line, String text, List<StructureSpan> markup) {
    if (PHOTO_LINE.matcher(line.in(text)).find()) {
      return true;
    }
    for (StructureSpan s : markup) {
      boolean picture = s.type() == StructureType.CAPTION || s.type() == StructureType.CREDIT
          && s.note().toLowerCase(Locale.ROOT).contains("photo");
      if (picture && s.span().start() < line.end() && line.start() < s.span().end()) {
        return true;
      }
    }
    return false;
  }
}
