package org.sitrep.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sitrep.analysis.FiveW1HEvaluator.GoldArticle;
import org.sitrep.analysis.FiveW1HEvaluator.Question;
import org.sitrep.eval.EvalDataException;

/**
 * Reads Giveme5W1H gold articles. Its own reader rather than {@code JsonlRecord} because the gold
 * is a nested object of phrase lists, which that class does not expose; errors follow the same
 * convention (file and line in the message).
 */
final class FiveW1HReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FiveW1HReader() {}

  static List<GoldArticle> read(Path file) {
    ImmutableList.Builder<GoldArticle> out = ImmutableList.builder();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (!line.isBlank()) {
          out.add(article(line, file.getFileName() + " line " + n));
        }
      }
    } catch (NoSuchFileException e) {
      throw new EvalDataException("evaluation file not found: " + file, e);
    } catch (CharacterCodingException e) {
      throw new EvalDataException("evaluation file is not UTF-8: " + file, e);
    } catch (IOException e) {
      throw new EvalDataException("cannot read evaluation file " + file + ": " + e.getMessage(), e);
    }
    return out.build();
  }

  private static GoldArticle article(String line, String where) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new EvalDataException(where + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
    }
    if (!node.isObject()) {
      throw new EvalDataException(where + ": expected a JSON object");
    }
    return new GoldArticle(text(node, "id", where, true), text(node, "title", where, false),
        text(node, "description", where, false), text(node, "text", where, true),
        published(text(node, "published", where, false), where), gold(node.get("gold"), where));
  }

  private static String text(JsonNode node, String field, String where, boolean required) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new EvalDataException(where + ": field '" + field + "' is missing");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw new EvalDataException(where + ": field '" + field + "' must be a string");
    }
    return v.textValue();
  }

  /** Upstream wrote Python's {@code None} for a missing date; that means no date. */
  private static LocalDate published(String p, String where) {
    if (p == null || p.isBlank() || p.strip().equals("None")) {
      return null;
    }
    String s = p.strip();
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new EvalDataException(where + ": field 'published' is not a date: '" + p + "'");
    }
  }

  private static Map<Question, List<String>> gold(JsonNode gold, String where) {
    if (gold != null && !gold.isNull() && !gold.isObject()) {
      throw new EvalDataException(where + ": field 'gold' must be an object of phrase lists");
    }
    Map<Question, List<String>> out = new EnumMap<>(Question.class);
    for (Question q : Question.values()) {
      JsonNode list = gold == null ? null : gold.get(q.key());
      ImmutableList.Builder<String> phrases = ImmutableList.builder();
      if (list != null && !list.isNull()) {
        if (!list.isArray()) {
          throw new EvalDataException(where + ": gold '" + q.key() + "' must be a list");
        }
        for (JsonNode item : list) {
          JsonNode t = item.isObject() ? item.get("text") : item;
          if (t != null && t.isTextual() && !t.textValue().isBlank()) {
            phrases.add(t.textValue());
          }
        }
      }
      out.put(q, phrases.build());
    }
    return out;
  }
}
