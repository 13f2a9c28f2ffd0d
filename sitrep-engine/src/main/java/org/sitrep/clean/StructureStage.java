package org.sitrep.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
 * Classifies each paragraph (line) of an article: title, standfirst, dateline, byline, credit,
 * caption, heading, body or boilerplate. Markup-derived structure from ingest (HTML headline,
 * figure captions, link-only blocks) is trusted first; text heuristics fill in the rest, the same
 * for every format, since feeds and JSON carry the same furniture as plain text. Every line not
 * read as story carries its reason in the span's note.
 *
 * <p>The rules, in order: page-furniture lines ({@link Boilerplate}, the widget lexicon {@link
 * Widgets}: comment, share, subscription, video-player, live-blog and "scroll to top" widgets);
 * the title (the metadata title where the text has it near the top, else the first headline-like
 * line), with everything above it that is not prose as section labels and mastheads, and every
 * other copy of it as a repeat; photo credits, contributor lines and captions ({@link Credits});
 * bylines; teaser blocks for other stories; a dateline opening the first paragraph that has one;
 * short verbless labels and kickers between the title and the first paragraph; repeated blocks
 * ({@link RepeatedBlocks}); a trailing run of credits, author bios and related headlines after the
 * last paragraph; paragraphs between title and dateline as standfirst; short unpunctuated lines
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
  /** "By" alone on its line, the name following in its own element. */
  private static final Pattern BY = Pattern.compile("(?i)by\\s*:?");
  private static final Pattern URL_TITLE = Pattern.compile("(?i)\\s*(?:https?://|www\\.)\\S+\\s*");
  /** How far down the text a metadata title is looked for. */
  private static final int TITLE_SEARCH = 8;
  /** Words of a publication line besides its dates: "Updated", "10:00 PM UTC", "Published on". */
  private static final Pattern PUBLICATION_WORDS = Pattern.compile("(?i)\\b(?:updated|last|first"
      + "|published|posted|modified|on|at|and|\\d{1,2}[:.]\\d{2}|[ap]\\.?m\\.?|utc|gmt|et|edt|est|"
      + "bst|cet|cest|ist|pt|pdt|pst|jst|kst|hkt|sgt|aest|eat|cat|wat|msk)\\b");

  private final Widgets widgets;

  private StructureStage(Widgets widgets) {
    this.widgets = widgets;
  }

  /** The stage with Sitrep's widget lexicon. */
  public static StructureStage create() {
    return new StructureStage(Widgets.standard());
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

  Structure classify(Article article) {
    String text = article.text();
    List<Unit> units = units(text);
    applyMarkup(article, units);
    LocalDate stated = null;
    List<StructureSpan> extra = new ArrayList<>();

    // 1. Furniture lines, and a date stated on a publication line near the top. "Near the top"
    // counts only the lines that are not furniture (a menu or a row of icons can be long).
    int rank = 0;
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.markup == StructureType.TITLE || u.markup == StructureType.BOILERPLATE) {
        u.mark(u.markup, u.markupNote);
        continue;
      }
      if (u.markup == StructureType.BYLINE && u.markupNote.isEmpty()) {
        u.markupNote = "byline";
      }
      String why = furniture(u.text);
      if (why == null && rank < 8 && u.text.length() <= 160 && isDateLine(u.text)) {
        why = "publication line";
      }
      if (why == null || why.equals("publication line")) {
        rank++;
      }
      if (why != null) {
        u.mark(StructureType.BOILERPLATE, why);
      } else if (u.markup != null) {
        u.mark(u.markup, u.markupNote);
      } else {
        gluedImageFile(u);
      }
      if (u.type == StructureType.BOILERPLATE && stated == null && rank <= 8) {
        List<ExplicitDates.Found> dates = ExplicitDates.find(text, u.start, u.end);
        if (!dates.isEmpty()) {
          stated = dates.get(0).date();
        }
      }
    }

    // 2. The title, what sits above it, and its repeats.
    int titleIndex = title(article, units);
    if (titleIndex >= 0) {
      String key = norm(units.get(titleIndex).text);
      for (int i = 0; i < units.size(); i++) {
        Unit u = units.get(i);
        if (i != titleIndex && u.type != StructureType.BOILERPLATE && norm(u.text).equals(key)) {
          u.mark(StructureType.BOILERPLATE, "repeated title");
        }
      }
    }

    // 3. Credits, captions, bylines, teaser blocks, links to media.
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.type == StructureType.CAPTION) {
        String credit = Credits.photo(u.text);
        if (credit != null) {
          u.mark(StructureType.CREDIT, credit);
        }
        continue;
      }
      if (!u.open()) {
        continue;
      }
      String credit = Credits.photo(u.text);
      if (credit == null && !(u.text.length() <= 120 && Boilerplate.BYLINE.matcher(u.text).matches())) {
        credit = Credits.contributor(u.text);
      }
      if (credit != null) {
        u.mark(StructureType.CREDIT, credit);
      } else if (isCaption(u.text) && u.type == null) {
        u.mark(StructureType.CAPTION, "");
      } else if (u.text.length() <= 120 && Boilerplate.BYLINE.matcher(u.text).matches()
          || BY.matcher(u.text).matches()) {
        u.mark(StructureType.BYLINE, "byline");
      } else if (i > titleIndex && u.headlineLike()
          && Boilerplate.MEDIA_LINK.matcher(u.text).matches()) {
        u.mark(StructureType.BOILERPLATE, "link to media or another story");
      } else if (u.text.length() <= 80 && Boilerplate.TEASER_HEADING.matcher(u.text).matches()) {
        u.mark(StructureType.BOILERPLATE, "teaser heading");
        teasers(units, i + 1);
      }
    }

    // 4. The dateline opens the first paragraph that has one.
    Span dateline = null;
    String datelinePlace = null;
    int datelineIndex = -1;
    int candidates = 0;
    for (int i = Math.max(titleIndex, 0); i < units.size() && datelineIndex < 0; i++) {
      Unit u = units.get(i);
      if (u.type != null && u.type != StructureType.BODY) {
        continue;
      }
      Matcher m = DATELINE.matcher(u.text);
      if (u.prefixEnd == 0 && m.lookingAt() && hasUpperWord(m.group(1))) {
        dateline = Span.of(u.start, u.start + m.end());
        datelinePlace = m.group(1).strip();
        extra.add(new StructureSpan(StructureType.DATELINE,
            Span.of(u.start, u.start + trimEnd(m.group(0))), ""));
        datelineIndex = i;
      }
      // Only the first open lines after the title: a dateline opens the story.
      if (++candidates > 6) {
        break;
      }
    }

    // 5. Labels and kickers between the title and the first paragraph of the story.
    int lead = datelineIndex;
    for (int i = titleIndex + 1; i < units.size() && lead < 0; i++) {
      Unit u = units.get(i);
      if (u.type == null && u.prose()) {
        lead = i;
      }
    }
    for (int i = Math.max(titleIndex + 1, 0); i < lead; i++) {
      Unit u = units.get(i);
      if (u.open() && u.labelLike() && !isDateLine(u.text)) {
        u.mark(StructureType.BOILERPLATE, "section label or kicker");
      }
    }

    // 6. Repeated blocks; then credits and related headlines after the last paragraph.
    int bodyStart = datelineIndex >= 0 ? datelineIndex : titleIndex + 1;
    RepeatedBlocks.mark(units, bodyStart);
    tail(units);

    // 7. Standfirst before the dateline; headings and body after.
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

  /** Why a line is page furniture wherever it stands, or null. */
  private String furniture(String line) {
    if (line.length() <= 200) {
      for (Boilerplate.Rule r : Boilerplate.LINES) {
        if (r.pattern().matcher(line).matches()) {
          return r.note();
        }
      }
    }
    return widgets.match(line);
  }

  /** An image file name glued to the start of a line is cut off as furniture. */
  private static void gluedImageFile(Unit u) {
    Matcher m = Boilerplate.GLUED_IMAGE_FILE.matcher(u.text);
    if (m.lookingAt()) {
      u.prefixEnd = u.start + m.end(1);
      u.prefixNote = "image file name";
    }
  }

  /**
   * Finds the title and marks what stands above it. The metadata title, when it is no web address,
   * is looked for among the first lines, whatever they were taken for; without one, markup's title
   * counts, else the first headline-like line that is neither furniture nor a section label.
   * Lines above the title that are not prose are labels, navigation and mastheads.
   */
  private static int title(Article article, List<Unit> units) {
    String metaTitle = article.title() == null || URL_TITLE.matcher(article.title()).matches()
        ? null : norm(article.title());
    int titleIndex = -1;
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).type == StructureType.TITLE) {
        return i;
      }
    }
    if (metaTitle != null) {
      for (int i = 0; i < Math.min(units.size(), TITLE_SEARCH) && titleIndex < 0; i++) {
        if (norm(units.get(i).text).equals(metaTitle)) {
          titleIndex = i;
        }
      }
      if (titleIndex < 0) {
        return -1;
      }
    } else {
      for (int i = 0; i < units.size(); i++) {
        Unit u = units.get(i);
        if (u.type != null) {
          continue;
        }
        boolean label = Boilerplate.isSection(u.text)
            || u.labelLike() && u.words() <= 3 && i + 1 < units.size() && below(units, i);
        if (label && i + 1 < units.size()) {
          continue;
        }
        if (u.headlineLike() && i + 1 < units.size() && !isCaption(u.text)) {
          titleIndex = i;
        }
        break;
      }
      if (titleIndex < 0) {
        return -1;
      }
    }
    units.get(titleIndex).mark(StructureType.TITLE, "");
    for (int i = 0; i < titleIndex; i++) {
      Unit u = units.get(i);
      if (u.type == null && !u.prose()) {
        u.mark(StructureType.BOILERPLATE, u.labelLike() ? "section label" : "above the headline");
      }
    }
    return titleIndex;
  }

  /**
   * The next open line that is not a label itself is a longer headline: the line at {@code i} is
   * a label (a masthead, a section) above it.
   */
  private static boolean below(List<Unit> units, int i) {
    for (int k = i + 1; k < units.size(); k++) {
      Unit next = units.get(k);
      if (next.type == null && !(next.labelLike() && next.words() <= 3)) {
        return next.headlineLike() && next.words() > units.get(i).words() + 1;
      }
    }
    return false;
  }

  /**
   * Teaser blocks after a teaser heading: headlines, each with at most a one-sentence summary,
   * for as long as they run.
   */
  private static void teasers(List<Unit> units, int from) {
    int i = from;
    while (i < units.size() && units.get(i).type == null && units.get(i).headlineLike()) {
      // After the first teaser, a headline over a paragraph of several sentences is the story's
      // own next heading ("What comes next"), not another teaser.
      Unit next = i + 1 < units.size() ? units.get(i + 1) : null;
      if (i > from && next != null && next.type == null && !next.headlineLike()
          && !oneSentence(next.text)) {
        break;
      }
      units.get(i).mark(StructureType.BOILERPLATE, "teaser for another story");
      i++;
      if (i < units.size() && units.get(i).type == null && !units.get(i).headlineLike()
          && oneSentence(units.get(i).text)) {
        units.get(i).mark(StructureType.BOILERPLATE, "teaser for another story");
        i++;
      }
    }
  }

  /**
   * After the last paragraph of the story: credits, author bios and "X reported from Y" lines,
   * and runs of headline-like lines (related stories). A run counts when some prose stands before
   * it and it has two lines, or one under a read-more or teaser line.
   */
  private static void tail(List<Unit> units) {
    boolean[] proseBefore = new boolean[units.size() + 1];
    for (int k = 0; k < units.size(); k++) {
      proseBefore[k + 1] = proseBefore[k] || units.get(k).prose();
    }
    List<Unit> run = new ArrayList<>();
    int i = units.size() - 1;
    for (; i >= 0; i--) {
      Unit u = units.get(i);
      if (u.type == StructureType.BOILERPLATE || u.type == StructureType.BYLINE
          || u.type == StructureType.CREDIT) {
        boolean linkLine = u.type == StructureType.BOILERPLATE && (u.note.startsWith("read-more")
            || u.note.startsWith("teaser") || u.note.startsWith("related"));
        if (u.type == StructureType.BOILERPLATE && !linkLine) {
          continue; // time stamps, labels and widgets between related headlines
        }
        if (!run.isEmpty() && (linkLine || run.size() >= 2) && proseBefore[i]) {
          run.forEach(h -> h.mark(StructureType.BOILERPLATE, "related headlines"));
        }
        run.clear();
        continue;
      }
      if (!u.open() && u.type != StructureType.BODY) {
        break;
      }
      String credit = Credits.tail(u.text);
      if (credit != null) {
        if (run.size() >= 2 && proseBefore[i]) {
          run.forEach(h -> h.mark(StructureType.BOILERPLATE, "related headlines"));
        }
        run.clear();
        u.mark(StructureType.CREDIT, credit);
        continue;
      }
      if (u.headlineLike() && u.words() >= 3 && !u.prose()) {
        run.add(u);
        continue;
      }
      break;
    }
    if (run.size() >= 2 && proseBefore[i + 1]) {
      run.forEach(h -> h.mark(StructureType.BOILERPLATE, "related headlines"));
    }
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
      if (u.prefixEnd > start && u.type != StructureType.BOILERPLATE) {
        out.add(StructureSpan.of(StructureType.BOILERPLATE, start, u.prefixEnd, u.prefixNote));
        start = u.prefixEnd;
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
            u.markupNote = Objects.requireNonNullElse(s.note(), "");
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

  /**
   * A short line that is mostly dates: "Jan. 09, 2026", "Published 12 March 2027 10:15 GMT",
   * "Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC".
   */
  static boolean isDateLine(String line) {
    List<ExplicitDates.Found> found = ExplicitDates.find(line, 0, line.length());
    if (found.isEmpty()) {
      return false;
    }
    StringBuilder rest = new StringBuilder();
    int at = 0;
    for (ExplicitDates.Found f : found) {
      if (f.start() >= at) {
        rest.append(line, at, f.start()).append(' ');
        at = f.end();
      }
    }
    rest.append(line.substring(at));
    String words = PUBLICATION_WORDS.matcher(rest).replaceAll(" ").replaceAll("[^\\p{L}]+", " ")
        .strip();
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

  static String norm(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
