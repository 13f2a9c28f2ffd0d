package org.sitrep.analysis;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.analysis.FiveW1HEvaluator.GoldArticle;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.SourceFormat;

/**
 * A gold article as both systems read it: title, description and body joined by blank lines, the
 * title and description marked as such, the publication date as metadata; and where its lead ends.
 * The description is left out when the body already opens with it, as many outlets repeat it there.
 *
 * @param article the article to analyse
 * @param leadEnd offset after the lead: the title, the description and the body's first paragraph
 */
record FiveW1HArticle(Article article, int leadEnd) {
  private static final String BREAK = "\n\n";

  static FiveW1HArticle of(GoldArticle g) {
    StringBuilder text = new StringBuilder();
    List<StructureSpan> markup = new ArrayList<>();
    String title = blankToNull(g.title());
    if (title != null) {
      markup.add(StructureSpan.of(StructureType.TITLE, 0, title.length()));
      text.append(title);
    }
    String description = blankToNull(g.description());
    if (description != null && !collapse(g.text()).startsWith(collapse(description))) {
      append(text, description);
      markup.add(StructureSpan.of(StructureType.STANDFIRST, text.length() - description.length(),
          text.length()));
    }
    String body = g.text().strip();
    append(text, body);
    int bodyStart = text.length() - body.length();
    int firstBreak = body.indexOf('\n');
    int leadEnd = firstBreak < 0 ? text.length() : bodyStart + firstBreak;
    Article a = new Article(g.id(), null, null, title,
        g.published() == null ? null : g.published().toString(), text.toString(), SourceFormat.TEXT,
        "eval", markup, List.of());
    return new FiveW1HArticle(a, leadEnd);
  }

  private static void append(StringBuilder text, String paragraph) {
    if (text.length() > 0) {
      text.append(BREAK);
    }
    text.append(paragraph);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
