package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages {@link AnalysisVersion} leaves out of its digest must not shape an annotation: no
 * class outside them imports one of theirs, so a change in them cannot reach what the pipeline
 * produces.
 */
class FrontEndsTest {
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.sitrep\\.(\\w+)\\.",
      Pattern.MULTILINE);

  @Test
  void noAnalysisPackageImportsAFrontEnd() throws IOException {
    Path root = Path.of("sitrep-engine/src/main/java/org/sitrep");
    List<String> offending = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = root.relativize(f).getName(0).toString();
        if (isFrontEnd(pkg) || f.getParent().equals(root)) {
          continue;
        }
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          if (isFrontEnd(m.group(1))) {
            offending.add(root.relativize(f) + " imports org.sitrep." + m.group(1));
          }
        }
      }
    }
    assertThat(offending).isEmpty();
  }

  /**
   * A single class left out ({@code geo/BaseMap}) sits in an analysis package, where no import is
   * needed to use it: no analysis source outside the front ends may name it at all.
   */
  @Test
  void noAnalysisClassNamesAFrontEndClass() throws IOException {
    Path root = Path.of("sitrep-engine/src/main/java/org/sitrep");
    List<String> classes = AnalysisVersion.FRONT_ENDS.stream()
        .filter(e -> !e.endsWith("/"))
        .map(e -> e.substring(e.lastIndexOf('/') + 1))
        .filter(name -> Character.isUpperCase(name.charAt(0)))
        .toList();
    assertThat(classes).contains("BaseMap");
    List<String> offending = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = root.relativize(f).getName(0).toString();
        String own = f.getFileName().toString().replace(".java", "");
        // AnalysisVersion names them to leave them out
        if (isFrontEnd(pkg) || classes.contains(own) || own.equals("AnalysisVersion")) {
          continue;
        }
        String text = Files.readString(f);
        for (String c : classes) {
          if (Pattern.compile("\\b" + c + "\\b").matcher(text).find()) {
            offending.add(root.relativize(f) + " names " + c);
          }
        }
      }
    }
    assertThat(offending).isEmpty();
  }

  private static boolean isFrontEnd(String pkg) {
    return AnalysisVersion.FRONT_ENDS.contains(AnalysisVersion.ROOT + pkg + "/");
  }
}
