package org.sitrep.events;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * [~GOV]}) are appended to the actor's code ("Arnor's foreign minister" → {@code ARNGOV}).
 */
public final class PetrarchActorCoder {
  private record Entry(List<String> words, List<Boolean> exact, String code) {}

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
      boolean all = true;
      for (int k = 0; k < e.words().size() && all; k++) {
        String w = words.get(i + k);
        String d = e.words().get(k);
        all = e.exact().get(k) ? w.equals(d) : w.startsWith(d);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toUpperCase(Locale.ROOT).split("[^\\p{L}\\p{N}.'-]+")) {
      String t = w.endsWith("'S") ? w.substring(0, w.length() - 2) : w;
      t = t.replaceAll("^[.'-]+|[.'-]+$", "");
      if (!t.isEmpty()) {
        out.add(t);
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
    boolean inComment = false;
    for (String raw : lines) {
      String line = raw;
      if (inComment) {
        int end = line.indexOf("-->");
        if (end < 0) {
          continue;
        }
        line = line.substring(end + 3);
        inComment = false;
      }
      int open = line.indexOf("<!--");
      if (open >= 0) {
        inComment = !line.substring(open).contains("-->");
        line = line.substring(0, open);
      }
      line = line.split("#", 2)[0].strip();
      if (line.isEmpty() || line.contains("!") || line.startsWith("[")) {
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
