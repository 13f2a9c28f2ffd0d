package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads JSON Lines one line at a time, so a large file is never held whole, and a broken line
 * fails alone while its neighbours still yield articles. Lines are decoded one by one (strict
 * UTF-8, else windows-1252 with a warning), so one mis-encoded record does not taint the others.
 */
final class JsonLinesReader {

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final List<String> OPTIONAL_FIELDS = List.of("title", "source", "url", "published");

  private JsonLinesReader() {}

  /**
   * Streams the results of {@code path}'s lines. The file stays open until the stream is consumed
   * or closed.
   */
  static Stream<IngestResult> read(Path path, String stem, Limits limits) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(path));
    LineIterator lines = new LineIterator(in, path.toString(), stem, limits);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(() -> {
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Reads JSON Lines already decoded as a whole (a UTF-16 file, whose lines cannot be split as
   * bytes).
   */
  static List<IngestResult> read(String text, String path, String stem, List<String> warnings,
      Limits limits) {
    List<IngestResult> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (!line.isBlank()) {
        out.add(parseLine(line, SourceFormat.JSONL, warnings, path + "#line " + (i + 1),
            stem + "-" + (i + 1), limits));
      }
    }
    return out;
  }

  /** Parses one line into an article or a failure; {@code origin} is {@code path#line N}. */
  static IngestResult parseLine(String line, SourceFormat format, List<String> decodeWarnings,
      String origin, String defaultId, Limits limits) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      int newline = message.indexOf('\n');
      message = newline < 0 ? message : message.substring(0, newline);
      if (message.length() > 160) {
        message = message.substring(0, 160) + "…";
      }
      int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      return new IngestResult.Failed(origin,
          "invalid JSON" + (column > 0 ? " at column " + column : "") + ": " + message);
    }
    if (node == null || !node.isObject()) {
      return new IngestResult.Failed(origin, "not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      return new IngestResult.Failed(origin, "missing \"text\"");
    }
    if (!text.isTextual()) {
      return new IngestResult.Failed(origin, "\"text\" is not a string");
    }
    if (text.asText().isBlank()) {
      return new IngestResult.Failed(origin, "\"text\" is blank");
    }
    String tooLong = limits.textTooLong(text.asText().length());
    if (tooLong != null) {
      return new IngestResult.Failed(origin, tooLong);
    }
    JsonNode idNode = node.get("id");
    String id = defaultId;
    if (idNode != null && !idNode.isNull()) {
      if (!idNode.isTextual() && !idNode.isNumber()) {
        return new IngestResult.Failed(origin, "\"id\" is not a string");
      }
      if (!idNode.asText().isBlank()) {
        id = idNode.asText().strip();
      }
    }
    List<String> warnings = new ArrayList<>(decodeWarnings);
    String[] values = new String[OPTIONAL_FIELDS.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode v = node.get(OPTIONAL_FIELDS.get(i));
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isTextual()) {
        values[i] = v.asText().isBlank() ? null : v.asText().strip();
      } else {
        warnings.add("\"" + OPTIONAL_FIELDS.get(i) + "\" is not a string; ignored");
      }
    }
    String published = PublishedDates.resolve(
        values[3] == null ? List.of() : List.of(values[3]), warnings);
    return new IngestResult.Ok(new Article(id, values[1], values[2],
        MetaTitle.checked(values[0], warnings), published,
        text.asText(), format, origin, List.of(), warnings));
  }

  /** Splits the byte stream at '\n' and turns each non-blank line into a result. */
  private static final class LineIterator implements Iterator<IngestResult> {
    private final InputStream in;
    private final String path;
    private final String stem;
    private final Limits limits;
    private byte[] buf = new byte[8192];
    private int lineNumber;
    private boolean done;
    private IngestResult next;

    LineIterator(InputStream in, String path, String stem, Limits limits) {
      this.in = in;
      this.path = path;
      this.stem = stem;
      this.limits = limits;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        next = advance();
      }
      return next != null;
    }

    @Override
    public IngestResult next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      IngestResult r = next;
      next = null;
      return r;
    }

    /** The next line's result, or null for a blank line or the end of the file. */
    private IngestResult advance() {
      int len;
      try {
        len = readLine();
      } catch (IOException e) {
        done = true;
        return new IngestResult.Failed(path, "cannot read: " + e.getMessage());
      }
      if (len < 0) {
        done = true;
        return null;
      }
      lineNumber++;
      int start = 0;
      if (lineNumber == 1 && len >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB
          && (buf[2] & 0xFF) == 0xBF) {
        start = 3;
      }
      int end = len > start && buf[len - 1] == '\r' ? len - 1 : len;
      List<String> warnings = new ArrayList<>();
      String line = Decoding.utf8OrWindows1252(buf, start, end - start, warnings);
      if (line.isBlank()) {
        return null;
      }
      String origin = path + "#line " + lineNumber;
      return parseLine(line, SourceFormat.JSONL, warnings, origin, stem + "-" + lineNumber,
          limits);
    }

    /** Reads up to the next '\n' into {@link #buf}; the length, or -1 at the end of input. */
    private int readLine() throws IOException {
      int len = 0;
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          return len;
        }
        if (len == buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[len++] = (byte) b;
      }
      return len == 0 ? -1 : len;
    }
  }
}
