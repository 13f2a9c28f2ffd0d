package org.sitrep.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Document;
import org.sitrep.core.Layer;
import org.sitrep.core.Span;
import org.sitrep.core.Stage;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;
import org.sitrep.ingest.Article;

/**
 * Classifies each paragraph (line) of an article: title, standfirst, dateline, byline, caption,
 * heading, body or boilerplate. Markup-derived structure from ingest (HTML headline, figure
 * captions) is trusted first; text heuristics fill in the rest, the same for every format, since
 * feeds and JSON carry the same furniture as plain text.
 *
 * <p>The rules, in order: page-furniture lines ({@link Boilerplate}); a section label above the
 * headline; the first headline-like line as title; photo captions and credits; bylines; a dateline
 * opening the first paragraph that has one; paragraphs between title and dateline as standfirst; a
 * paragraph repeated verbatim (a pull quote) counts once, where the story flow has it; teaser
 * blocks for other stories (heading, headline, one-sentence summary); short unpunctuated lines
 * inside the body as headings.
 */
public final class StructureStage implements Stage<Structure> {
  /**
   * A dateline: an upper-case place, optional qualifiers after a comma (a region, a date), an
   * optional agency in brackets, then a dash. "ERBIL, Kurdistan Region of Iraq -", "BEIRUT
   * (Reuters) —", "TRIPOLI, Aug 12 (Agency) -".
   */
  private static final Pattern DATELINE = Pattern.compile(
      "(\\p{Lu}[\\p{Lu}'’.\\- ]{2,30}?(?:,\\s*[\\p{L}\\d'’.\\- ]{2,40}?){0,2})"
          + "(?:\\s*\\([\\p{L} .&-]{2,30}\\))?\\s*[-–—]{1,2}\\s+(?=[\\p{Lu}\"“‘'])");
  private static final Set<Character> TERMINAL = Set.of('.', '!', '?', ':', ';', '"', '”', '’',
      '…', ',');

  private StructureStage() {}

  public static StructureStage create() {
    return new StructureStage();
  }

  @Override
  public String name() {
    return "structure";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Article.LAYER);
  }

  @Override
  public Layer<Structure> produces() {
    return Structure.LAYER;
  }

  @Override
  public Structure process(Document document) {
    return classify(document.get(Article.LAYER));
  }

  /** One non-blank line of text, trimmed of surrounding whitespace. */
  private static final class Unit {
    final int start;
    final int end;
    final String text;
    StructureType type;
    String note = "";
    StructureType markup;

    Unit(int start, int end, String text) {
      this.start = start;
      this.end = end;
      this.text = text;
    }

    int words() {
      return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    boolean headlineLike() {
      char last = text.charAt(text.length() - 1);
      return text.length() <= 200 && words() <= 25 && (!TERMINAL.contains(last) || last == '?'
          || last == '!');
    }
  }

  static Structure classify(Article article) {
    String text = article.text();
    List<Unit> units = units(text);
    applyMarkup(article, units);
    LocalDate stated = null;
    List<StructureSpan> extra = new ArrayList<>();

    // 1. Furniture lines, and a date stated on a publication line near the top.
    int titleIndex = -1;
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.markup != null) {
        u.type = u.markup;
        continue;
      }
      if (u.text.length() <= 200) {
        for (Boilerplate.Rule r : Boilerplate.LINES) {
          if (r.pattern().matcher(u.text).matches()) {
            u.type = StructureType.BOILERPLATE;
            u.note = r.note();
            break;
          }
        }
      }
      if (u.type == null && i < 6 && u.text.length() <= 120 && isDateLine(u.text)) {
        u.type = StructureType.BOILERPLATE;
        u.note = "publication line";
      }
      if (u.type == StructureType.BOILERPLATE && stated == null && i < 8) {
        List<ExplicitDates.Found> dates = ExplicitDates.find(text, u.start, u.end);
        if (!dates.isEmpty()) {
          stated = dates.get(0).date();
        }
      }
    }

    // 2. Section label and title: the first lines that are not furniture.
    String metaTitle = article.title() == null ? null : norm(article.title());
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.type == StructureType.TITLE) {
        titleIndex = i;
        break;
      }
      if (u.type != null) {
        continue;
      }
      if (metaTitle != null) {
        if (norm(u.text).equals(metaTitle)) {
          u.type = StructureType.TITLE;
          titleIndex = i;
        }
        break;
      }
      if (Boilerplate.isSection(u.text) && i + 1 < units.size()) {
        u.type = StructureType.BOILERPLATE;
        u.note = "section label";
        continue;
      }
      if (u.headlineLike() && i + 1 < units.size() && !isCaption(u.text)) {
        u.type = StructureType.TITLE;
        titleIndex = i;
      }
      break;
    }

    // 3. Captions, bylines, teaser blocks.
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.type != null) {
        continue;
      }
      if (isCaption(u.text)) {
        u.type = StructureType.CAPTION;
      } else if (u.text.length() <= 120 && Boilerplate.BYLINE.matcher(u.text).matches()) {
        u.type = StructureType.BYLINE;
      } else if (u.text.length() <= 80 && Boilerplate.TEASER_HEADING.matcher(u.text).matches()) {
        u.type = StructureType.BOILERPLATE;
        u.note = "teaser heading";
        // The teaser: a headline, then at most a one-sentence summary.
        if (i + 1 < units.size() && units.get(i + 1).type == null && units.get(i + 1).headlineLike()) {
          Unit head = units.get(i + 1);
          head.type = StructureType.BOILERPLATE;
          head.note = "teaser for another story";
          if (i + 2 < units.size() && units.get(i + 2).type == null
              && oneSentence(units.get(i + 2).text)) {
            units.get(i + 2).type = StructureType.BOILERPLATE;
            units.get(i + 2).note = "teaser for another story";
          }
        }
      }
    }

    // 4. The dateline opens the first paragraph that has one.
    Span dateline = null;
    String datelinePlace = null;
    int datelineIndex = -1;
    for (int i = 0; i < units.size() && datelineIndex < 0; i++) {
      Unit u = units.get(i);
      if (u.type != null && u.type != StructureType.BODY) {
        continue;
      }
      Matcher m = DATELINE.matcher(u.text);
      if (m.lookingAt() && hasUpperWord(m.group(1))) {
        dateline = Span.of(u.start, u.start + m.end());
        datelinePlace = m.group(1).strip();
        extra.add(new StructureSpan(StructureType.DATELINE,
            Span.of(u.start, u.start + trimEnd(m.group(0))), ""));
        datelineIndex = i;
      }
      if (i > titleIndex + 6) {
        break;
      }
    }

    // 5. Repeated paragraphs: keep the occurrence in the story flow.
    int bodyStart = datelineIndex >= 0 ? datelineIndex : titleIndex + 1;
    Map<String, Integer> firstSeen = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.text.length() < 40 || u.type == StructureType.BOILERPLATE) {
        continue;
      }
      String key = norm(u.text);
      Integer prev = firstSeen.putIfAbsent(key, i);
      if (prev != null) {
        Unit drop = prev < bodyStart ? units.get(prev) : u;
        drop.type = StructureType.BOILERPLATE;
        drop.note = "repeated paragraph (pull quote)";
      }
    }

    // 6. Standfirst before the dateline; headings and body after.
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.type != null) {
        continue;
      }
      if (i < datelineIndex && i > titleIndex) {
        u.type = StructureType.STANDFIRST;
      } else if (i > bodyStart && u.headlineLike() && u.words() <= 12 && nextIsBody(units, i)) {
        u.type = StructureType.HEADING;
      } else {
        u.type = StructureType.BODY;
      }
    }

    return new Structure(spans(units, dateline, extra, article, titleIndex), titleIndex >= 0
        ? Span.of(units.get(titleIndex).start, units.get(titleIndex).end) : null, dateline,
        datelinePlace, stated);
  }

  private static List<StructureSpan> spans(List<Unit> units, Span dateline,
      List<StructureSpan> extra, Article article, int titleIndex) {
    List<StructureSpan> out = new ArrayList<>(extra);
    String titleText = titleIndex >= 0 ? units.get(titleIndex).text : article.title();
    for (Unit u : units) {
      int start = u.start;
      if (dateline != null && dateline.contains(u.start)) {
        start = dateline.end();
      }
      if (start >= u.end) {
        continue;
      }
      // A caption that opens by repeating the headline ("Image of <headline> …"): the repeat is
      // furniture; the rest describes the photo.
      if (u.type == StructureType.CAPTION && titleText != null && titleText.length() >= 20) {
        int at = article.text().indexOf(titleText.strip(), start);
        if (at >= 0 && at + titleText.strip().length() < u.end && at - start < 20) {
          int cut = at + titleText.strip().length();
          out.add(StructureSpan.of(StructureType.BOILERPLATE, start, cut, "caption repeats title"));
          while (cut < u.end && Character.isWhitespace(article.text().charAt(cut))) {
            cut++;
          }
          start = cut;
        }
      }
      out.add(StructureSpan.of(u.type, start, u.end, u.note));
    }
    return out;
  }

  private static void applyMarkup(Article article, List<Unit> units) {
    for (StructureSpan s : article.markup()) {
      for (Unit u : units) {
        if (s.span().overlaps(Span.of(u.start, u.end)) && u.markup == null) {
          // BODY from markup only says "a paragraph": leave it to the heuristics, which know
          // furniture and datelines.
          if (s.type() != StructureType.BODY) {
            u.markup = s.type();
          }
        }
      }
    }
  }

  private static List<Unit> units(String text) {
    List<Unit> units = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int eol = text.indexOf('\n', i);
      if (eol < 0) {
        eol = n;
      }
      int s = i;
      int e = eol;
      while (s < e && isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        units.add(new Unit(s, e, text.substring(s, e)));
      }
      i = eol + 1;
    }
    return units;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  private static boolean isCaption(String line) {
    return line.length() <= 600 && Boilerplate.CAPTION.matcher(line).matches();
  }

  /** A short line that is mostly a date: "Jan. 09, 2026", "Published 12 March 2027 10:15 GMT". */
  private static boolean isDateLine(String line) {
    List<ExplicitDates.Found> found = ExplicitDates.find(line, 0, line.length());
    if (found.isEmpty()) {
      return false;
    }
    String rest = line.substring(0, found.get(0).start()) + line.substring(found.get(0).end());
    String words = rest.replaceAll("[^\\p{L}]+", " ").strip();
    // A sentence that mentions a date ("The war began on February 24, 2022.") is not a date line.
    return !line.strip().endsWith(".") && (words.isEmpty() || words.split(" ").length <= 4);
  }

  private static boolean oneSentence(String text) {
    String t = text.strip();
    return t.length() <= 250 && t.substring(0, t.length() - 1).split("[.!?][\"”’]?\\s+\\p{Lu}").length == 1;
  }

  private static boolean nextIsBody(List<Unit> units, int i) {
    return i + 1 < units.size() && (units.get(i + 1).type == null
        || units.get(i + 1).type == StructureType.BODY) && !units.get(i + 1).headlineLike();
  }

  private static boolean hasUpperWord(String place) {
    String first = place.split("[,(]")[0].strip();
    long letters = first.chars().filter(Character::isLetter).count();
    return letters >= 3 && first.equals(first.toUpperCase(Locale.ROOT));
  }

  private static int trimEnd(String s) {
    int e = s.length();
    while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static String norm(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
