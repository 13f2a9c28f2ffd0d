package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis version follows the bytes of Sitrep's classes and resources, and nothing else. */
class AnalysisVersionTest {
  @TempDir Path tmp;

  private static final Map<String, String> LIBS = Map.of("corenlp", "4.5.10", "java", "17");

  private Path classes() throws IOException {
    Path root = tmp.resolve("classes");
    write(root.resolve("org/sitrep/clean/StructureStage.class"), "cafebabe-stage");
    write(root.resolve("org/sitrep/clean/widgets.txt"), "# widget phrases\nleave a reply\n");
    write(root.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\n");
    return root;
  }

  private static void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private static String version(Path root) throws IOException {
    return AnalysisVersion.digest(AnalysisVersion.directory(root), LIBS);
  }

  @Test
  void theSameFilesGiveTheSameVersion() throws IOException {
    Path root = classes();
    assertThat(version(root)).matches("[0-9a-f]{12}").isEqualTo(version(root));
  }

  @Test
  void aChangedResourceByteChangesTheVersion() throws IOException {
    Path root = classes();
    String before = version(root);
    write(root.resolve("org/sitrep/clean/widgets.txt"), "# widget phrases\nleave a replY\n");
    assertThat(version(root)).isNotEqualTo(before);
  }

  @Test
  void aRenamedOrAddedFileChangesTheVersionButFilesOutsideSitrepDoNot() throws IOException {
    Path root = classes();
    String before = version(root);
    write(root.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\nBuilt-By: someone\n");
    assertThat(version(root)).as("outside org/sitrep").isEqualTo(before);
    Files.move(root.resolve("org/sitrep/clean/widgets.txt"),
        root.resolve("org/sitrep/clean/widget.txt"));
    String renamed = version(root);
    assertThat(renamed).isNotEqualTo(before);
    write(root.resolve("org/sitrep/geo/extra.tsv"), "");
    assertThat(version(root)).as("an empty file counts").isNotEqualTo(renamed);
  }

  @Test
  void frontEndsThatOnlyReadResultsDoNotChangeTheVersion() throws IOException {
    Path root = classes();
    String before = version(root);
    write(root.resolve("org/sitrep/api/ApiServer.class"), "cafebabe-server");
    write(root.resolve("org/sitrep/cli/ServeCommand.class"), "cafebabe-command");
    write(root.resolve("org/sitrep/export/AcledCsv.class"), "cafebabe-export");
    assertThat(version(root)).as("api, cli, export").isEqualTo(before);
    write(root.resolve("org/sitrep/events/RoleFinder.class"), "cafebabe-roles");
    assertThat(version(root)).as("an analysis package").isNotEqualTo(before);
  }

  @Test
  void aLibraryVersionChangesTheVersion() throws IOException {
    Path root = classes();
    assertThat(AnalysisVersion.digest(AnalysisVersion.directory(root),
        Map.of("corenlp", "4.5.11", "java", "17"))).isNotEqualTo(version(root));
  }

  @Test
  void aJarGivesTheSameVersionAsItsClassDirectory() throws IOException {
    Path root = classes();
    Path jar = tmp.resolve("sitrep.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      // Deliberately not in path order: order on disk or in the jar must not matter.
      for (String name : new String[] {"org/sitrep/clean/widgets.txt", "META-INF/MANIFEST.MF",
          "org/sitrep/clean/StructureStage.class"}) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(Files.readAllBytes(root.resolve(name)));
        zip.closeEntry();
      }
    }
    assertThat(AnalysisVersion.digest(AnalysisVersion.jar(jar), LIBS)).isEqualTo(version(root));
  }

  @Test
  void theRunningVersionIsStableAndNamesCoreNlp() {
    assertThat(AnalysisVersion.current()).matches("[0-9a-f]{12}")
        .isEqualTo(AnalysisVersion.current());
    assertThat(AnalysisVersion.libraries()).containsEntry("corenlp", "4.5.10");
  }

  @Test
  void aUserActorDictionaryAddsItsOwnDigest() throws IOException {
    Path overlay = tmp.resolve("mine.tsv");
    Files.writeString(overlay, "Kavrani Front\t\tNSA\tarmed\tXKV\n", StandardCharsets.UTF_8);
    String a = AnalysisVersion.withActorOverlay("0123456789ab", overlay);
    assertThat(a).matches("0123456789ab\\+actors-[0-9a-f]{12}")
        .isEqualTo(AnalysisVersion.withActorOverlay("0123456789ab", overlay));
    try (OutputStream out = Files.newOutputStream(overlay, java.nio.file.StandardOpenOption.APPEND)) {
      out.write("Lorvan Guard\t\tMIL\tmilitary\tXLV\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(AnalysisVersion.withActorOverlay("0123456789ab", overlay)).isNotEqualTo(a);
  }
}
