package org.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables the job writes beside the JSON Lines, for SQL users: {@code articles} (one
 * row per article), {@code entities}, {@code events} and {@code quotes} (one row per item, with
 * its {@code article_id} and the article's {@code day}). Columns are the output schema's fields
 * of the same name (see the README's output schema), read from each article's JSON line, so the
 * tables can never say something the JSON Lines do not; nested lists that SQL rarely filters on
 * (an entity's mentions, an event's figures and later mentions) are kept as JSON text.
 */
final class Tables {
  private Tables() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A column: its name, Spark type and the output-schema field it reads. */
  record Column(String name, DataType type, String field) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * One table.
   *
   * @param name the table's folder under {@code parquet/}
   * @param list the article's list whose items are the rows, or null for one row per article
   * @param columns the columns after {@code article_id} and {@code day}
   */
  record Table(String name, String list, List<Column> columns) implements Serializable {
    private static final long serialVersionUID = 1L;

    StructType schema() {
      StructType s = new StructType().add("article_id", DataTypes.StringType, false)
          .add("day", DataTypes.StringType, false);
      for (Column c : columns) {
        s = s.add(c.name(), c.type(), true);
      }
      return s;
    }

    /** This table's rows for one article's JSON line. */
    List<Row> rows(String jsonLine) {
      JsonNode article;
      try {
        article = JSON.readTree(jsonLine);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String id = article.path("id").asText();
      String day = day(article);
      List<Row> rows = new ArrayList<>();
      if (list == null) {
        rows.add(row(id, day, article));
      } else {
        for (JsonNode item : article.path(list)) {
          rows.add(row(id, day, item));
        }
      }
      return rows;
    }

    private Row row(String id, String day, JsonNode node) {
      Object[] values = new Object[columns.size() + 2];
      values[0] = id;
      values[1] = day;
      for (int i = 0; i < columns.size(); i++) {
        values[i + 2] = value(node, columns.get(i));
      }
      return RowFactory.create(values);
    }
  }

  private static String day(JsonNode article) {
    String v = article.path("published").path("value").asText(null);
    return v != null && v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-'
        ? v.substring(0, 10) : "unknown";
  }

  private static Object value(JsonNode node, Column c) {
    JsonNode v = node;
    for (String part : c.field().split("\\.")) {
      v = v.path(part);
    }
    if (v.isMissingNode() || v.isNull()) {
      return null;
    }
    DataType t = c.type();
    if (t.equals(DataTypes.StringType)) {
      return v.isValueNode() ? v.asText() : v.toString();
    }
    if (t.equals(DataTypes.IntegerType)) {
      return v.isArray() ? v.size() : v.isNumber() ? v.intValue() : null;
    }
    if (t.equals(DataTypes.DoubleType)) {
      return v.isNumber() ? v.doubleValue() : null;
    }
    if (t.equals(DataTypes.BooleanType)) {
      return v.isBoolean() ? v.booleanValue() : null;
    }
    if (t instanceof ArrayType) {
      List<String> out = new ArrayList<>();
      v.forEach(e -> out.add(e.isValueNode() ? e.asText() : e.toString()));
      return out.toArray(new String[0]);
    }
    throw new IllegalStateException("no conversion to " + t);
  }

  private static Column s(String name) {
    return new Column(name, DataTypes.StringType, name);
  }

  private static Column s(String name, String field) {
    return new Column(name, DataTypes.StringType, field);
  }

  private static Column i(String name) {
    return new Column(name, DataTypes.IntegerType, name);
  }

  private static Column i(String name, String field) {
    return new Column(name, DataTypes.IntegerType, field);
  }

  private static Column strings(String name) {
    return new Column(name, DataTypes.createArrayType(DataTypes.StringType), name);
  }

  static final Table ARTICLES = new Table("articles", null, List.of(
      i("version"), s("content_hash"), s("analysis_version"), s("source"), s("url"),
      s("format"), s("outlet"), s("outlet_from"), s("wire"), s("title"),
      s("published", "published.value"),
      new Column("published_inferred", DataTypes.BooleanType, "published.inferred"),
      s("dateline"), s("text"), i("entities"), i("times"), i("numbers"), i("quotes"),
      i("claims"), i("events"), strings("warnings")));

  static final Table ENTITIES = new Table("entities", "entities", List.of(
      s("entity_id", "id"), s("name"), s("type"), s("subtype"), strings("roles"),
      i("mention_count", "mentions"), s("mentions")));

  static final Table EVENTS = new Table("events", "events", List.of(
      s("event_id", "id"), s("code"), s("root"), i("quad_class"),
      new Column("goldstein", DataTypes.DoubleType, "goldstein"), s("plover"), s("plover_mode"),
      s("acled_type"), s("acled_sub_type"), s("source"), s("source_id"), s("source_code"),
      s("target"), s("target_id"), s("target_code"), s("date"), s("date_precision"),
      s("date_basis"), s("place"), s("modality"), s("reported_by"), s("trigger"), i("start"),
      i("end"), i("trigger_start"), i("trigger_end"), s("sentence"), s("figures"),
      s("mentions")));

  static final Table QUOTES = new Table("quotes", "quotes", List.of(
      i("start"), i("end"), s("text"), s("speaker"), s("speaker_id"), s("verb"), s("channel"),
      s("kind"), i("sentence_start"), i("sentence_end")));

  static final List<Table> ALL = List.of(ARTICLES, ENTITIES, EVENTS, QUOTES);
}
