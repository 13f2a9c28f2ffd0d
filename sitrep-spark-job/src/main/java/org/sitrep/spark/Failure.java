package org.sitrep.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;

/**
 * An input or article the job could not turn into an analysed article, for the error output: one
 * JSON object a line, {@code {origin, id, stage, reason}}, where stage is {@code ingest} (the file
 * or record could not be read, or repeats an id read before) or {@code analysis} (a stage failed
 * on the article).
 *
 * @param input the command-line input it came from, for ordering
 * @param file its file's position in reading order (-1 for an input that gave no file)
 * @param record its position in the file
 * @param origin the path, or {@code path#line N} / {@code path#item N}
 * @param id the article id, or null when the failure came before one was read
 * @param stage {@code ingest} or {@code analysis}
 * @param reason the one-line reason, as {@code sitrep analyze} words it
 */
record Failure(int input, int file, int record, String origin, String id, String stage,
    String reason) implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  static Failure ingest(int input, int file, int record, String origin, String reason) {
    return new Failure(input, file, record, origin, null, "ingest", reason);
  }

  String toJsonLine() {
    ObjectNode o = JSON.createObjectNode();
    o.put("origin", origin);
    o.put("id", id);
    o.put("stage", stage);
    o.put("reason", reason);
    return o.toString();
  }
}
