package org.sitrep.search;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages of one field, as a list per document. A subclass only to reach
 * {@code highlightFieldsAsObjects}, which keeps passages apart instead of joining them into one
 * string.
 */
final class Snippets extends UnifiedHighlighter {
  static final int MAX_PASSAGES = 3;
  private static final int PASSAGE_LENGTH = 160;

  Snippets(IndexSearcher searcher, Analyzer analyzer) {
    super(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new ListFormatter())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
        .withMaxNoHighlightPassages(1));
  }

  /** For each doc id, its passages of {@code field}, best first. */
  List<List<String>> of(String field, Query query, int[] docIds) throws IOException {
    int[] max = new int[] {MAX_PASSAGES};
    Map<String, Object[]> byField =
        highlightFieldsAsObjects(new String[] {field}, query, docIds, max);
    Object[] perDoc = byField.get(field);
    ImmutableList.Builder<List<String>> out = ImmutableList.builder();
    for (Object o : perDoc) {
      @SuppressWarnings("unchecked")
      List<String> passages = o == null ? List.of() : (List<String>) o;
      out.add(passages);
    }
    return out.build();
  }

  /** Formats passages as separate strings with matches in guillemets and whitespace collapsed. */
  private static final class ListFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      ImmutableList.Builder<String> out = ImmutableList.builder();
      for (Passage p : passages) {
        StringBuilder sb = new StringBuilder();
        int pos = p.getStartOffset();
        for (int i = 0; i < p.getNumMatches(); i++) {
          int start = p.getMatchStarts()[i];
          int end = p.getMatchEnds()[i];
          if (end <= pos) {
            continue;
          }
          sb.append(content, pos, Math.max(pos, start));
          sb.append(SearchHit.MARK_OPEN).append(content, Math.max(pos, start), end)
              .append(SearchHit.MARK_CLOSE);
          pos = end;
        }
        sb.append(content, pos, Math.max(pos, p.getEndOffset()));
        String snippet = sb.toString().replaceAll("\\s+", " ").strip();
        if (!snippet.isEmpty()) {
          out.add(snippet);
        }
      }
      return out.build();
    }
  }
}
