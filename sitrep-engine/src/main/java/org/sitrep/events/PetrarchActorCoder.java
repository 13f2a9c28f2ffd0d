package org.sitrep.events;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.eval.EvalDataException;

/**
 * The eval-time actor coder: gives an actor name its CAMEO actor code by looking it up in
 * PETRARCH-format actor and agent dictionaries, such as the {@code PETR.Validate.actors.txt} and
 * {@code PETR.Validate.agents.txt} that the PETRARCH unit tests assume. Used only to score events
 * against such tests; Sitrep's own actor codes come from its actors stage. Immutable.
 *
 * <p>Dictionary conventions followed: one entry per line, {@code NAME [CODE]}, words joined by
 * {@code _} or spaces; {@code +NAME} lines are synonyms of the entry above; a name ending in
 * {@code _} must match whole words, others match as word prefixes ("ARGENTIN" → "Argentina");
 * {@code [---]} means no code; {@code #} and {@code <!-- -->} are comments. Agent codes ({@code
 * [~GOV]}) are appended to the actor's code ("Arnor's foreign minister" → {@code ARNGOV}). For
 * sentences whose actors named-entity recognition misses, it can also find the dictionary's names
 * directly in the text.
 */
public final class PetrarchActorCoder {
  private record Entry(List<String> words, List<Boolean> exact, String code) {}

  /** How many words after an actor's name an agent may start and still belong to it. */
  private static final int AGENT_WINDOW = 4;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}.'-]+");

  private final ImmutableList<Entry> actors;
  private final ImmutableList<Entry> agents;

  private PetrarchActorCoder(List<Entry> actors, List<Entry> agents) {
    this.actors = ImmutableList.copyOf(actors);
    this.agents = ImmutableList.copyOf(agents);
  }

  /**
   * Loads an actor dictionary and, optionally, an agent dictionary.
   *
   * @param agents the agents file, or null for none
   * @throws EvalDataException when a file cannot be read
   */
  public static PetrarchActorCoder load(Path actors, Path agents) {
    return new PetrarchActorCoder(read(actors), agents == null ? List.of() : read(agents));
  }

  /**
   * The CAMEO actor code of a name or description ("Arnor", "the Gondor government"), or null
   * when the dictionaries know none of its words.
   */
  public String code(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    List<String> words = words(name);
    String actor = longest(actors, words);
    String agent = longest(agents, words);
    if (agent != null && agent.startsWith("~")) {
      agent = agent.substring(1);
    }
    if (actor == null) {
      return agent;
    }
    return agent == null || actor.endsWith(agent) ? actor : actor + agent;
  }

  private static String longest(List<Entry> entries, List<String> words) {
    Entry best = null;
    for (Entry e : entries) {
      if ((best == null || e.words().size() > best.words().size()) && occurs(e, words)) {
        best = e;
      }
    }
    return best == null ? null : best.code();
  }

  private static boolean occurs(Entry e, List<String> words) {
    for (int i = 0; i + e.words().size() <= words.size(); i++) {
      if (occursAt(e, words, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean occursAt(Entry e, List<String> words, int i) {
    if (i + e.words().size() > words.size()) {
      return false;
    }
    for (int k = 0; k < e.words().size(); k++) {
      String w = words.get(i + k);
      String d = e.words().get(k);
      if (!(e.exact().get(k) ? w.equals(d) : w.startsWith(d))) {
        return false;
      }
    }
    return true;
  }

  /** The longest entry matching at word {@code i}, or null. */
  private static Entry longestAt(List<Entry> entries, List<String> words, int i) {
    Entry best = null;
    for (Entry e : entries) {
      if ((best == null || e.words().size() > best.words().size()) && occursAt(e, words, i)) {
        best = e;
      }
    }
    return best;
  }

  /**
   * An actor the dictionaries name in a text.
   *
   * @param start offset of its first character in the text
   * @param end offset after its last character (agent words included)
   * @param code its actor code, with the agent code appended when an agent follows closely
   */
  record Found(int start, int end, String code) {}

  /**
   * The actors the actor dictionary names directly in {@code text}, left to right and not
   * overlapping, for text where named-entity recognition misses them (the tests' countries are
   * fictional). An agent within {@value #AGENT_WINDOW} words after the name ("Arnor's first
   * deputy foreign minister") is folded into its code; agents alone are not reported.
   */
  List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    List<int[]> spans = new ArrayList<>();
    List<String> words = words(text, spans);
    for (int i = 0; i < words.size(); i++) {
      Entry actor = longestAt(actors, words, i);
      if (actor == null) {
        continue;
      }
      int last = i + actor.words().size() - 1;
      String code = actor.code();
      for (int j = last + 1; j <= last + AGENT_WINDOW && j < words.size(); j++) {
        if (longestAt(actors, words, j) != null) {
          break;
        }
        Entry agent = longestAt(agents, words, j);
        if (agent != null) {
          String a = agent.code().startsWith("~") ? agent.code().substring(1) : agent.code();
          code = code.endsWith(a) ? code : code + a;
          last = j + agent.words().size() - 1;
          break;
        }
      }
      out.add(new Found(spans.get(i)[0], spans.get(last)[1], code));
      i = last;
    }
    return out;
  }

  private static List<String> words(String text) {
    return words(text, new ArrayList<>());
  }

  /** Upper-case words without possessive 's; {@code spans} receives each word's offsets. */
  private static List<String> words(String text, List<int[]> spans) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toUpperCase(Locale.ROOT);
      int start = m.start();
      int end = m.end();
      if (w.endsWith("'S")) {
        w = w.substring(0, w.length() - 2);
        end -= 2;
      }
      String t = w.replaceAll("^[.'-]+", "");
      start += w.length() - t.length();
      String u = t.replaceAll("[.'-]+$", "");
      end -= t.length() - u.length();
      if (!u.isEmpty()) {
        out.add(u);
        spans.add(new int[] {start, end});
      }
    }
    return out;
  }

  private static List<Entry> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvalDataException("cannot read actor dictionary " + file + ": " + e.getMessage(),
          e);
    }
    List<Entry> out = new ArrayList<>();
    String lastCode = null;
    for (String line : PetrarchLines.content(lines)) {
      if (line.contains("!") || line.startsWith("[")) {
        continue;
      }
      boolean synonym = line.startsWith("+");
      String body = synonym ? line.substring(1) : line;
      int bracket = body.indexOf('[');
      String name = (bracket >= 0 ? body.substring(0, bracket) : body).replaceAll("\\{[^}]*}", "")
          .strip();
      String code = lastCode;
      if (bracket >= 0) {
        int close = body.indexOf(']', bracket);
        String inside = body.substring(bracket + 1, close < 0 ? body.length() : close).strip();
        code = inside.split("\\s+")[0];
        code = code.isEmpty() || code.startsWith("---") ? null : code.toUpperCase(Locale.ROOT);
        lastCode = code;
      } else if (!synonym) {
        continue;
      }
      if (code == null || name.isEmpty()) {
        continue;
      }
      List<String> words = new ArrayList<>();
      List<Boolean> exact = new ArrayList<>();
      String[] parts = name.split("[_ ]+(?=.)");
      for (int i = 0; i < parts.length; i++) {
        String p = parts[i].toUpperCase(Locale.ROOT);
        boolean ex = i < parts.length - 1 || p.endsWith("_");
        p = p.replaceAll("_+$", "");
        if (!p.isEmpty()) {
          words.add(p);
          exact.add(ex);
        }
      }
      if (!words.isEmpty()) {
        out.add(new Entry(ImmutableList.copyOf(words), ImmutableList.copyOf(exact), code));
      }
    }
    return out;
  }
}
