package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityFloorsTest {
  @TempDir Path dir;

  @Test
  void reportsMetricsBelowTheirFloorAndMissingOnes() throws IOException {
    Path file = dir.resolve("floors.properties");
    Files.writeString(file, "# floors\ntimex.strict.f1=0.812\ntimex.relaxed.f1 = 0.9\nentities.span.f1=0.5\n");
    QualityFloors floors = QualityFloors.load(file);
    assertThat(floors.minimums()).containsEntry("timex.relaxed.f1", 0.9).hasSize(3);

    assertThat(
            floors.compare(
                Map.of("timex.strict.f1", 0.8019, "timex.relaxed.f1", 0.95, "timex.value.acc.strict", 0.1)))
        .containsExactly(
            "entities.span.f1 was not measured, but a minimum of 0.5 is recorded",
            "timex.strict.f1 fell to 0.801, below the recorded 0.812");
  }

  @Test
  void equalToTheFloorPasses() {
    QualityFloors floors = QualityFloors.of(Map.of("a", 0.812));
    assertThat(floors.compare(Map.of("a", 0.812))).isEmpty();
    assertThat(floors.compare(Map.of("a", 0.8119999))).hasSize(1);
    assertThat(floors.compare(Map.of("a", Double.NaN))).hasSize(1);
  }

  @Test
  void updateRoundsDownAndKeepsOtherSetsFloors() throws IOException {
    Path file = dir.resolve("sub/floors.properties");
    QualityFloors.update(file, Map.of("entities.strict.f1", 0.7777, "timex.strict.f1", 0.5));
    QualityFloors.update(file, Map.of("timex.strict.f1", 0.81299, "timex.relaxed.f1", 0.9));

    String written = Files.readString(file);
    assertThat(written)
        .contains("entities.strict.f1=0.777\ntimex.relaxed.f1=0.900\ntimex.strict.f1=0.812\n");
    QualityFloors reloaded = QualityFloors.load(file);
    assertThat(reloaded.compare(Map.of("entities.strict.f1", 0.7777, "timex.strict.f1", 0.81299, "timex.relaxed.f1", 0.9)))
        .isEmpty();
  }

  @Test
  void badFilesAreClearErrors() throws IOException {
    assertThatThrownBy(() -> QualityFloors.load(dir.resolve("none.properties")))
        .isInstanceOf(EvalDataException.class)
        .hasMessageContaining("not found");
    Path file = dir.resolve("bad.properties");
    Files.writeString(file, "timex.strict.f1=high\n");
    assertThatThrownBy(() -> QualityFloors.load(file))
        .isInstanceOf(EvalDataException.class)
        .hasMessageContaining("timex.strict.f1 is not a number: 'high'");
  }
}
