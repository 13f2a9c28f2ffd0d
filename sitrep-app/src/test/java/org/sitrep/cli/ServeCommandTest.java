package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep serve}'s usage errors; the server itself is tested in org.sitrep.api. */
class ServeCommandTest {
  @TempDir Path tmp;

  @Test
  void aBadPortIsAUsageError() {
    CliRun r = CliRun.run("serve", "--data", tmp.toString(), "--port", "70000");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("port must be 0 to 65535").doesNotContain("Exception");
  }

  @Test
  void answersHelp() {
    CliRun r = CliRun.run("serve", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--port", "--host", "--data", "--db", "SITREP_API_TOKEN");
  }
}
