package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.EvalDataException;
import org.sitrep.fuzz.ByteSource;
import org.sitrep.fuzz.SeededTries;

/**
 * Fuzzing of the PETRARCH-style dictionary readers ({@code eval events --dictionaries petrarch}
 * with {@code --actors}, {@code --agents}, {@code --verbs}; issue 9, section 4): any file is read
 * or refused with an {@link EvalDataException} or {@link IllegalArgumentException} whose message
 * is one line naming no exception class, and a coder built from what was read codes any phrase
 * without throwing. Inputs are mutations of small invented dictionaries in the PETRARCH format
 * (see {@link PetrarchVerbCoderTest}). Jazzer fuzzes the targets in CI's {@code ci} profile;
 * every build runs seeded tries.
 */
class PetrarchDictionaryFuzzTest {

  private static final String VERBS = String.join("\n", "<!-- invented verbs -->",
      "&TIETYPES", "+MILITARY", "+TRADE", "", "--- DEPART  [032:033]  ---",
      "DEPART   # a comment", "+SET_OUT", "- * FOR_GOOD  [195]", "",
      "--- SEVER  [---] ---", "SEVER {SEVERED}", "- * &TIETYPES TIES  [161]",
      "- REFUSED TO * [111]", "", "--- WRITE  [010] ---", "WRITE {WROTE WRITTEN}",
      "+JOT_DOWN [011]", "- * TO  [030]", "");

  private static final String ACTORS = String.join("\n", "<!-- invented actors -->",
      "VALDORIA_ [VLD]", "+VALDORIAN", "+VALDORIANS", "TARNBY_ [VLDGOV 20100101-20201231]",
      "[VLDREB >20210101]", "OSK_RELIEF_COMMITTEE [NGO]", "! a note", "");

  private static final String AGENTS = String.join("\n", "~ARMY_ [~MIL]", "+SOLDIERS",
      "POLICE_ [~COP]", "MINISTER_ {MINISTERS} [~GOV]", "");

  private static final List<String> FRAGMENTS = List.of("[", "]", "[---]", "[:]", "{", "}",
      "---", "--- ", "- *", "*", "&", "&TIETYPES", "+", "~", "_", "__", "!", "#", "<!--", "-->",
      ">", "<", ":", "\n", "\r\n", "\t", "\u0000", "\uD800", "\uFEFF", " ", "A", "1", "99999999");

  private static final List<String> PHRASES = List.of("the Valdorian army", "Tarnby",
      "soldiers", "", " ", "_", "[VLD]", "Osk Relief Committee minister");

  private static final Path DIR = tempDir();

  @FuzzTest(maxDuration = "20s")
  void verbs(byte[] data) throws IOException {
    Path file = Files.write(DIR.resolve("verbs.txt"), edited(ByteSource.of(data), VERBS));
    try {
      PetrarchVerbCoder coder = PetrarchVerbCoder.load(file);
      for (String verb : List.of("departed", "severed", "wrote", "", "set out")) {
        coder.code(verb);
      }
    } catch (EvalDataException | IllegalArgumentException e) {
      assertOneLine(e.getMessage());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @FuzzTest(maxDuration = "20s")
  void actors(byte[] data) throws IOException {
    ByteSource in = ByteSource.of(data);
    Path actors = Files.write(DIR.resolve("actors.txt"), edited(in, ACTORS));
    Path agents = Files.write(DIR.resolve("agents.txt"), edited(in, AGENTS));
    try {
      PetrarchActorCoder coder = PetrarchActorCoder.load(actors, agents);
      PHRASES.forEach(coder::code);
    } catch (EvalDataException | IllegalArgumentException e) {
      assertOneLine(e.getMessage());
    } finally {
      Files.deleteIfExists(actors);
      Files.deleteIfExists(agents);
    }
  }

  @Test
  void seededTries() {
    SeededTries.run(31, 300, 256, data -> rethrowing(() -> verbs(data)));
    SeededTries.run(32, 300, 256, data -> rethrowing(() -> actors(data)));
  }

  /** Random bytes (one time in five) or {@code seed} after up to eight edits, as UTF-8. */
  private static byte[] edited(ByteSource in, String seed) {
    if (in.nextInt(5) == 0) {
      return in.nextBytes(300);
    }
    StringBuilder s = new StringBuilder(seed);
    for (long op : in.nextLongs(8)) {
      int pos = (int) Math.floorMod(op >>> 3, (long) s.length() + 1);
      int arg = (int) ((op >>> 24) & 0xFFFFF);
      switch ((int) (op & 3)) {
        case 0 -> s.insert(pos, FRAGMENTS.get(arg % FRAGMENTS.size()));
        case 1 -> s.delete(pos, Math.min(s.length(), pos + arg % 40));
        case 2 -> s.insert(pos, "X".repeat(arg % 20_000)); // a huge name
        default -> s.insert(pos, (char) (arg & 0xFFFF));
      }
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void assertOneLine(String message) {
    assertThat(message).isNotBlank().doesNotContain("\n").doesNotContain("\r")
        .doesNotContain("Exception");
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void rethrowing(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void removeTempDir() throws IOException {
    Files.deleteIfExists(DIR);
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("sitrep-petrarch-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
