package org.sitrep.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The shipped CLI ({@code sitrep ...}) run as a separate JVM with the CLI's own runtime class
 * path, not inside the test's JVM, where Spark's Jackson 2.21 would replace the CLI's 2.19: the
 * Spark job's output is compared with what a user's {@code sitrep analyze} prints. The class path
 * is the one sitrep-app's build writes to {@code sitrep-app/target/runtime-classpath.txt} (any
 * Maven phase from generate-resources on) plus {@code sitrep-app/target/classes}; a test that
 * needs it is skipped, with a message, when the build has not written it.
 *
 * @param code the exit code
 * @param out what the CLI printed on standard output
 * @param err what it printed on standard error
 */
record CliProcess(int code, String out, String err) {
  static final Path CLASSPATH_FILE = Path.of("sitrep-app/target/runtime-classpath.txt");
  static final Path CLASSES = Path.of("sitrep-app/target/classes");

  /** Runs {@code sitrep ARGS...} in a fresh JVM (2 GB heap, the test's locale and time zone). */
  static CliProcess run(Path workDir, String... args) throws IOException, InterruptedException {
    assumeTrue(Files.isRegularFile(CLASSPATH_FILE) && Files.isDirectory(CLASSES),
        "the CLI's class path is not built (" + CLASSPATH_FILE + " and " + CLASSES + "): run"
            + " mvn test or mvn package from the repository root, which builds sitrep-app first");
    String libraries = Files.readString(CLASSPATH_FILE, StandardCharsets.UTF_8).strip();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
        // The same non-default locale and time zone as the test JVM (the pom's surefire
        // configuration), so that both sides format alike.
        "-Duser.language=" + System.getProperty("user.language"),
        "-Duser.country=" + System.getProperty("user.country"),
        "-Duser.timezone=" + System.getProperty("user.timezone"),
        "-cp", CLASSES.toAbsolutePath() + File.pathSeparator + libraries,
        "org.sitrep.cli.Main"));
    command.addAll(List.of(args));
    Files.createDirectories(workDir);
    Path out = Files.createTempFile(workDir, "cli", ".out");
    Path err = Files.createTempFile(workDir, "cli", ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("the CLI did not finish in 10 minutes: "
          + String.join(" ", command));
    }
    return new CliProcess(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
