package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sitrep.fuzz.ByteSource;
import org.sitrep.fuzz.SeededTries;

/**
 * Fuzzing of the user actor file ({@code --actors} TSV; issue 9, section 4): for any file, the
 * overlay parser either reads it or refuses it with an {@link IllegalArgumentException} or {@link
 * UncheckedIOException} (what the CLI reports) whose message is one line naming no exception
 * class. Inputs mix random bytes with mutations of a small invented valid overlay. Jazzer fuzzes
 * the target in CI's {@code ci} profile; every build runs seeded tries.
 */
class ActorOverlayFuzzTest {

  private static final String OVERLAY = "# invented actors\n"
      + "Crimson Valley Front\tCVF|Valley Front\tNORREB@20240101-;NORMIL@-20231231\t\t\n"
      + "Ilse Tarn\t\tNORGOV@20200101-20251231\tPERSON\tNOR\n"
      + "Osk Relief Committee\tORC\t\tCIVILIAN\tSWE\n"
      + "\n"
      + "Brenmark Courier\t\tNORMED\n";

  private static final List<String> FRAGMENTS = List.of("\t", "\t\t\t\t", "|", "||", ";", ";;",
      "@", "@-", "@20240101-", "@-20240101", "@20241345-", "@2024-01-01", "@99999999-00000000",
      "-", "ARMED_NONSTATE", "PERSON", "WARLORD", "NOR", "XXX", "nor", "#", "\n", "\r\n", "\r",
      "\u0000", "\uD800", "\uFEFF", "\u00A0", " ", "the", "abc");

  private static final Path DIR = tempDir();

  @FuzzTest(maxDuration = "20s")
  void overlay(byte[] data) throws IOException {
    Path file = Files.write(DIR.resolve("mine.tsv"), overlayBytes(ByteSource.of(data)));
    try {
      assertThat(ActorDictionary.overlayNames(file)).isNotNegative();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("\r")
          .doesNotContain("Exception");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void seededTries() {
    SeededTries.run(21, 300, 256, data -> {
      try {
        overlay(data);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Random bytes or text, or the invented overlay edited (and sometimes spliced with junk). */
  private static byte[] overlayBytes(ByteSource in) {
    return switch (in.nextInt(8)) {
      case 0 -> in.nextBytes(300);
      case 1 -> utf8(in.nextString(200));
      case 2 -> utf8(in.nextString(200, "\t|;@-#\n\rAZNORS019 "));
      case 3 -> {
        byte[] edited = utf8(mutate(OVERLAY, in.nextLongs(8)));
        yield splice(edited, in.nextBytes(4), in.nextInt(400));
      }
      default -> utf8(mutate(OVERLAY, in.nextLongs(8)));
    };
  }

  /** Applies edits driven by longs (kind, position, argument). */
  static String mutate(String seed, long[] ops) {
    StringBuilder s = new StringBuilder(seed);
    for (long op : ops) {
      int pos = (int) Math.floorMod(op >>> 3, (long) s.length() + 1);
      int arg = (int) ((op >>> 24) & 0xFFFFF);
      switch ((int) (op & 3)) {
        case 0 -> s.insert(pos, FRAGMENTS.get(arg % FRAGMENTS.size()));
        case 1 -> s.delete(pos, Math.min(s.length(), pos + arg % 40));
        case 2 -> s.insert(pos, "x".repeat(arg % 20_000)); // a huge field
        default -> s.insert(pos, (char) (arg & 0xFFFF));
      }
    }
    return s.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] splice(byte[] b, byte[] junk, int at) {
    int pos = Math.min(at, b.length);
    byte[] out = Arrays.copyOf(b, b.length + junk.length);
    System.arraycopy(junk, 0, out, pos, junk.length);
    System.arraycopy(b, pos, out, pos + junk.length, b.length - pos);
    return out;
  }

  @AfterAll
  static void removeTempDir() throws IOException {
    Files.deleteIfExists(DIR);
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("sitrep-actor-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
