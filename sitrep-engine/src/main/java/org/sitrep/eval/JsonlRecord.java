package org.sitrep.eval;

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
import java.util.List;
import java.util.Locale;
import org.sitrep.core.Span;

/**
 * One JSON object of a JSON Lines evaluation file (or an object nested in one), with accessors that
 * fail with an {@link EvalDataException} naming the file and line rather than with a bare parser
 * error. Immutable.
 */
public final class JsonlRecord {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonNode node;
  private final String where;

  private JsonlRecord(JsonNode node, String where) {
    this.node = node;
    this.where = where;
  }

  /**
   * Reads every non-blank line of a UTF-8 JSON Lines file, each of which must be a JSON object.
   *
   * @throws EvalDataException if the file cannot be read or a line is not a JSON object
   */
  public static List<JsonlRecord> readAll(Path file) {
    ImmutableList.Builder<JsonlRecord> records = ImmutableList.builder();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String where = file.getFileName() + " line " + lineNumber;
        JsonNode node;
        try {
          node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
          throw new EvalDataException(where + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (!node.isObject()) {
          throw new EvalDataException(where + ": expected a JSON object, found " + describe(node));
        }
        records.add(new JsonlRecord(node, where));
      }
    } catch (NoSuchFileException e) {
      throw new EvalDataException("evaluation file not found: " + file, e);
    } catch (CharacterCodingException e) {
      throw new EvalDataException("evaluation file is not UTF-8: " + file, e);
    } catch (IOException e) {
      throw new EvalDataException("cannot read evaluation file " + file + ": " + e.getMessage(), e);
    }
    return records.build();
  }

  /** Where this record came from, as "file line N", for messages. */
  public String where() {
    return where;
  }

  /** An exception whose message starts with where this record came from. */
  public EvalDataException error(String message) {
    return new EvalDataException(where + ": " + message);
  }

  /** The string value of a field that must be present and a string. */
  public String text(String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw error("field '" + field + "' must be a string, found " + describe(value));
    }
    return value.textValue();
  }

  /** The string value of a field, or {@code null} when it is absent or JSON null. */
  public String optionalText(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw error("field '" + field + "' must be a string or null, found " + describe(value));
    }
    return value.textValue();
  }

  /** The boolean value of a field, or {@code null} when it is absent or JSON null. */
  public Boolean optionalBoolean(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      throw error("field '" + field + "' must be true, false or null, found " + describe(value));
    }
    return value.booleanValue();
  }

  /** The value of a field that must be present and an integer within {@code int} range. */
  public int integer(String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
      throw error("field '" + field + "' must be an integer, found " + describe(value));
    }
    return value.intValue();
  }

  /**
   * The value of an integer field, or {@code null} when it is absent or JSON null.
   *
   * @throws EvalDataException when it holds anything else
   */
  public Integer optionalInteger(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw error("field '" + field + "' must be an integer or null, found " + describe(value));
    }
    return value.intValue();
  }

  /**
   * An array field whose items are arrays of strings ({@code [["PPP", "People Power Party"]]});
   * an absent or null field is an empty list.
   *
   * @throws EvalDataException when an item is not an array of strings
   */
  public List<List<String>> textLists(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return ImmutableList.of();
    }
    if (!value.isArray()) {
      throw error("field '" + field + "' must be an array, found " + describe(value));
    }
    ImmutableList.Builder<List<String>> out = ImmutableList.builder();
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (!item.isArray()) {
        throw error("field '" + field + "[" + i + "]' must be an array, found " + describe(item));
      }
      ImmutableList.Builder<String> texts = ImmutableList.builder();
      for (JsonNode t : item) {
        if (!t.isTextual()) {
          throw error("field '" + field + "[" + i + "]' must hold strings, found " + describe(t));
        }
        texts.add(t.textValue());
      }
      out.add(texts.build());
    }
    return out.build();
  }

  /** The objects of an array field; an absent or null field is an empty list. */
  public List<JsonlRecord> objects(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return ImmutableList.of();
    }
    if (!value.isArray()) {
      throw error("field '" + field + "' must be an array, found " + describe(value));
    }
    ImmutableList.Builder<JsonlRecord> items = ImmutableList.builder();
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String itemWhere = where + ", " + field + "[" + i + "]";
      if (!item.isObject()) {
        throw new EvalDataException(itemWhere + ": expected a JSON object, found " + describe(item));
      }
      items.add(new JsonlRecord(item, itemWhere));
    }
    return items.build();
  }

  /** A field holding a JSON object, as a record; {@code null} when it is absent or JSON null. */
  public JsonlRecord optionalObject(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      throw error("field '" + field + "' must be an object, found " + describe(value));
    }
    return new JsonlRecord(value, where + ", " + field);
  }

  /**
   * The non-blank phrases of an array field whose items are strings or objects with a string
   * {@code text}; other items are skipped, and an absent or null field is an empty list.
   */
  public List<String> phrases(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return ImmutableList.of();
    }
    if (!value.isArray()) {
      throw error("field '" + field + "' must be an array, found " + describe(value));
    }
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (JsonNode item : value) {
      JsonNode text = item.isObject() ? item.get("text") : item;
      if (text != null && text.isTextual() && !text.textValue().isBlank()) {
        out.add(text.textValue());
      }
    }
    return out.build();
  }

  /**
   * The document a system is given: fields {@code id}, {@code text}, optional {@code title} and
   * optional {@code dct}, of which only the date part is kept ({@code 1998-02-13T14:26:00} and
   * {@code 1998-02-13} both give 13 February 1998).
   */
  public EvalDoc evalDoc() {
    String dct = optionalText("dct");
    LocalDate date = null;
    if (dct != null && !dct.isBlank()) {
      try {
        date = LocalDate.parse(dct.length() > 10 ? dct.substring(0, 10) : dct);
      } catch (DateTimeParseException e) {
        throw error("field 'dct' is not an ISO date: '" + dct + "'");
      }
    }
    return new EvalDoc(text("id"), text("text"), date, optionalText("title"));
  }

  /**
   * This record's {@code start}/{@code end} code-point offsets as a UTF-16 span into the text that
   * {@code index} was built from. When the record has a {@code text} field it must equal the text
   * the span covers, which catches offsets counted in another unit.
   */
  public Span utf16Span(String documentText, CodePointIndex index) {
    int start = integer("start");
    int end = integer("end");
    if (start < 0 || end < start || end > index.codePoints()) {
      throw error(
          "offsets ["
              + start
              + ","
              + end
              + ") do not lie within a text of "
              + index.codePoints()
              + " code points");
    }
    Span span = Span.of(index.toUtf16(start), index.toUtf16(end));
    String expected = optionalText("text");
    if (expected != null && !expected.equals(span.in(documentText))) {
      throw error(
          "field 'text' is '" + expected + "' but its offsets cover '" + span.in(documentText) + "'");
    }
    return span;
  }

  private static String describe(JsonNode value) {
    return value == null ? "nothing" : value.getNodeType().toString().toLowerCase(Locale.ROOT);
  }
}
