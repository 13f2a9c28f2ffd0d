package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Span;

class JsonlRecordTest {
  @TempDir Path dir;

  private Path write(String... lines) throws IOException {
    Path file = dir.resolve("set.jsonl");
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void convertsCodePointOffsetsAfterAnEmoji() throws IOException {
    // Code points: emoji=0, space=1, "Kyiv"=2..6.
    Path file = write("{\"id\":\"d\",\"text\":\"\uD83D\uDE00 Kyiv\",\"m\":[{\"start\":2,\"end\":6,\"text\":\"Kyiv\"}]}");
    JsonlRecord record = JsonlRecord.readAll(file).get(0);
    EvalDoc doc = record.evalDoc();
    Span span = record.objects("m").get(0).utf16Span(doc.text(), CodePointIndex.of(doc.text()));
    assertThat(span).isEqualTo(Span.of(3, 7));
    assertThat(span.in(doc.text())).isEqualTo("Kyiv");
  }

  @Test
  void offsetsThatDisagreeWithTheirTextAreAnError() throws IOException {
    // Offsets counted in UTF-16 units rather than code points land one character late.
    Path file =
        write("{\"id\":\"d\",\"text\":\"\uD83D\uDE00 Kyiv now\",\"m\":[{\"start\":3,\"end\":7,\"text\":\"Kyiv\"}]}");
    JsonlRecord record = JsonlRecord.readAll(file).get(0);
    String text = record.evalDoc().text();
    assertThatThrownBy(() -> record.objects("m").get(0).utf16Span(text, CodePointIndex.of(text)))
        .isInstanceOf(EvalDataException.class)
        .hasMessage("set.jsonl line 1, m[0]: field 'text' is 'Kyiv' but its offsets cover 'yiv '");
  }

  @Test
  void offsetsPastTheEndAreAnError() throws IOException {
    Path file = write("{\"id\":\"d\",\"text\":\"\uD83D\uDE00 Kyiv\",\"m\":[{\"start\":3,\"end\":7}]}");
    JsonlRecord record = JsonlRecord.readAll(file).get(0);
    String text = record.evalDoc().text();
    assertThatThrownBy(() -> record.objects("m").get(0).utf16Span(text, CodePointIndex.of(text)))
        .isInstanceOf(EvalDataException.class)
        .hasMessage("set.jsonl line 1, m[0]: offsets [3,7) do not lie within a text of 6 code points");
  }

  @Test
  void evalDocKeepsTheDatePartOfADateTime() throws IOException {
    Path file =
        write(
            "{\"id\":\"a\",\"text\":\"t\",\"dct\":\"1998-02-13T14:26:00\",\"title\":\"T\"}",
            "",
            "{\"id\":\"b\",\"text\":\"t\",\"dct\":null}");
    List<JsonlRecord> records = JsonlRecord.readAll(file);
    assertThat(records).hasSize(2);
    assertThat(records.get(0).evalDoc()).isEqualTo(new EvalDoc("a", "t", LocalDate.of(1998, 2, 13), "T"));
    assertThat(records.get(1).evalDoc().dct()).isNull();
    assertThat(records.get(1).where()).isEqualTo("set.jsonl line 3");
  }

  @Test
  void badInputNamesFileAndLine() throws IOException {
    assertThatThrownBy(() -> JsonlRecord.readAll(write("{\"id\":\"a\",\"text\":\"t\"}", "{oops")))
        .isInstanceOf(EvalDataException.class)
        .hasMessageStartingWith("set.jsonl line 2: not valid JSON");
    JsonlRecord noText = JsonlRecord.readAll(write("{\"id\":\"a\"}")).get(0);
    assertThatThrownBy(noText::evalDoc).hasMessage("set.jsonl line 1: field 'text' must be a string, found nothing");
    JsonlRecord badDate = JsonlRecord.readAll(write("{\"id\":\"a\",\"text\":\"\",\"dct\":\"soon\"}")).get(0);
    assertThatThrownBy(badDate::evalDoc).hasMessageContaining("not an ISO date: 'soon'");
    assertThatThrownBy(() -> JsonlRecord.readAll(write("[1]"))).hasMessageContaining("expected a JSON object");
  }

  @Test
  void missingFileIsAClearError() {
    assertThatThrownBy(() -> JsonlRecord.readAll(dir.resolve("absent.jsonl")))
        .isInstanceOf(EvalDataException.class)
        .hasMessageContaining("evaluation file not found")
        .hasMessageContaining("absent.jsonl");
  }

  @Test
  void nestedObjectsAndPhraseLists() throws IOException {
    Path file = write("{\"gold\": {\"who\": [\"the army\", {\"text\": \"rebels\"}, \" \", 3]},"
        + " \"bad\": [1]}");
    JsonlRecord record = JsonlRecord.readAll(file).get(0);
    assertThat(record.optionalObject("gold").phrases("who")).containsExactly("the army", "rebels");
    assertThat(record.optionalObject("gold").phrases("what")).isEmpty();
    assertThat(record.optionalObject("none")).isNull();
    assertThatThrownBy(() -> record.optionalObject("bad")).isInstanceOf(EvalDataException.class)
        .hasMessageContaining("line 1").hasMessageContaining("must be an object");
    assertThatThrownBy(() -> record.phrases("gold")).isInstanceOf(EvalDataException.class)
        .hasMessageContaining("must be an array");
  }
}
