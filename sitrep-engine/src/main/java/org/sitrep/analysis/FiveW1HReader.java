package org.sitrep.analysis;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sitrep.analysis.FiveW1HEvaluator.GoldArticle;
import org.sitrep.analysis.FiveW1HEvaluator.Question;
import org.sitrep.eval.JsonlRecord;

/**
 * Reads Giveme5W1H gold articles from JSON Lines, with the file and line of any bad record in the
 * error.
 */
final class FiveW1HReader {
  private FiveW1HReader() {}

  static List<GoldArticle> read(Path file) {
    ImmutableList.Builder<GoldArticle> out = ImmutableList.builder();
    for (JsonlRecord r : JsonlRecord.readAll(file)) {
      out.add(new GoldArticle(r.text("id"), r.optionalText("title"), r.optionalText("description"),
          r.text("text"), published(r), gold(r.optionalObject("gold"))));
    }
    return out.build();
  }

  /** Upstream wrote Python's {@code None} for a missing date; that means no date. */
  private static LocalDate published(JsonlRecord r) {
    String p = r.optionalText("published");
    if (p == null || p.isBlank() || p.strip().equals("None")) {
      return null;
    }
    String s = p.strip();
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw r.error("field 'published' is not a date: '" + p + "'");
    }
  }

  private static Map<Question, List<String>> gold(JsonlRecord gold) {
    Map<Question, List<String>> out = new EnumMap<>(Question.class);
    for (Question q : Question.values()) {
      out.put(q, gold == null ? List.of() : gold.phrases(q.key()));
    }
    return out;
  }
}
