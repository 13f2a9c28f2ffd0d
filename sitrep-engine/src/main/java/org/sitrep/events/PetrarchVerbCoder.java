package org.sitrep.events;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sitrep.eval.EvalDataException;

/**
 * The eval-time verb coder: gives a verb in a sentence the CAMEO code that a PETRARCH-format verb
 * dictionary assigns it, such as the {@code PETR.Validate.verbs.txt} that the PETRARCH unit tests
 * assume (its codes are partly invented for the tests, e.g. "left" = 032). Used only to score
 * events against such tests; Sitrep's own event codes come from its CAMEO lexicon. Immutable and
 * thread-safe.
 *
 * <p>Dictionary conventions followed: a block {@code --- NAME [code] ---} opens a verb; the lines
 * after it that do not start with {@code -} are its forms ({@code +} marks a synonym, {@code {…}}
 * lists irregular forms, an own {@code [code]} overrides the block's); regular forms (-s, -es,
 * -ed, -ing) are generated. A multi-word form ({@code BREAK_DOWN}, {@code WIRE_+TAP}) names its
 * verb with {@code +}, else its first word, and requires the other words around it. Patterns
 * {@code - PRE * POST [code]} require their literal words before and after the verb ({@code _}
 * joins words that must be adjacent; {@code $ + % ^} actor and skip markers are ignored), and
 * {@code &NAME} synsets, defined by {@code &NAME} lines followed by {@code +member} lines, match
 * any member. The pattern with the most literal words wins, else the verb's own code. A code
 * {@code [a:b]} codes a from source to target and b back; {@code [---]} codes nothing.
 */
public final class PetrarchVerbCoder {

  /**
   * What the dictionary says of one verb occurrence.
   *
   * @param code the CAMEO code from source to target, or null when the dictionary knows the verb
   *     but codes no event for it here ({@code [---]})
   * @param reverse the code of the event from target back to source ({@code [032:033]}), or null
   */
  public record Code(String code, String reverse) {}

  private final ImmutableMap<String, PetrarchVerbHead> forms;
  private final ImmutableMap<String, ImmutableList<ImmutableList<String>>> synsets;

  private PetrarchVerbCoder(Map<String, PetrarchVerbHead> forms,
      Map<String, ImmutableList<ImmutableList<String>>> synsets) {
    this.forms = ImmutableMap.copyOf(forms);
    this.synsets = ImmutableMap.copyOf(synsets);
  }

  /**
   * Loads a verb dictionary.
   *
   * @throws EvalDataException when the file cannot be read or holds no verb
   */
  public static PetrarchVerbCoder load(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new EvalDataException("cannot read verb dictionary " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses dictionary lines; {@code name} only labels errors. */
  static PetrarchVerbCoder parse(List<String> lines, String name) {
    PetrarchVerbParser p = new PetrarchVerbParser();
    p.parse(lines);
    if (p.forms().isEmpty()) {
      throw new EvalDataException("verb dictionary " + name + " defines no verb");
    }
    return new PetrarchVerbCoder(p.forms(), p.synsets());
  }

  /** The code of a verb form on its own ("left", "arrived"), or null when the verb is unknown. */
  public Code code(String verb) {
    return verb == null ? null : code(List.of(verb), 0);
  }

  /**
   * The code of {@code tokens.get(verb)} in its sentence, whose other tokens patterns may
   * require; null when the dictionary does not know the verb. Tokens are words as in the text,
   * in any case.
   */
  public Code code(List<String> tokens, int verb) {
    checkArgument(verb >= 0 && verb < tokens.size(), "verb index %s outside 0..%s", verb,
        tokens.size() - 1);
    List<String> upper = new ArrayList<>(tokens.size());
    tokens.forEach(t -> upper.add(t.toUpperCase(Locale.ROOT)));
    PetrarchVerbHead head = forms.get(upper.get(verb));
    if (head == null) {
      return null;
    }
    PetrarchVerbPattern best = null;
    for (PetrarchVerbPattern pattern : head.patterns()) {
      if ((best == null || pattern.literals() > best.literals())
          && pattern.matches(upper, verb, synsets)) {
        best = pattern;
      }
    }
    return best == null ? head.code() : best.code();
  }

  /** Number of verb forms known, generated ones included. */
  public int size() {
    return forms.size();
  }

  /** Splits a code field ({@code 032}, {@code 032:033}, {@code ---}) into a {@link Code}. */
  static Code parseCode(String field) {
    String f = field.strip();
    int colon = f.indexOf(':');
    String main = colon < 0 ? f : f.substring(0, colon).strip();
    String back = colon < 0 ? null : f.substring(colon + 1).strip();
    return new Code(valid(main), back == null ? null : valid(back));
  }

  private static String valid(String code) {
    return code.isEmpty() || !Character.isLetterOrDigit(code.charAt(0)) ? null : code;
  }

  /** Keeps insertion order so that a base form wins over another verb's generated form. */
  static Map<String, PetrarchVerbHead> newFormMap() {
    return new LinkedHashMap<>();
  }
}
