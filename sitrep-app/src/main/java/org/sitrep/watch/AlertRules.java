package org.sitrep.watch;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alert rules read from a small line file, one rule a line; blank lines and {@code #} comments
 * (whole lines, or after a rule) are ignored, and case does not matter in the keywords:
 *
 * <pre>
 * # more than N people killed and wounded, anywhere or in one place (a name, a gazetteer name,
 * # a country code or a first-level region)
 * casualties &gt; 10 in Velmora
 * killed &gt; 5
 * wounded &gt; 20 in XV
 * # an actor a story's events had not named before
 * new actor in story
 * # an attack between the parties of an earlier ceasefire (default: within 30 days)
 * ceasefire broken within 14 days
 * </pre>
 *
 * <p>See {@link CasualtiesAbove}, {@link NewActorInStory} and {@link CeasefireBroken} for what
 * each matches.
 *
 * @param rules the rules, in file order
 */
public record AlertRules(List<AlertRule> rules) {

  private static final Pattern COUNT = Pattern.compile(
      "(?i)(casualties|killed|wounded)\\s*>\\s*(\\d{1,9})(?:\\s+in\\s+(.+))?");
  private static final Pattern NEW_ACTOR = Pattern.compile("(?i)new\\s+actor\\s+in\\s+story");
  private static final Pattern CEASEFIRE = Pattern.compile(
      "(?i)ceasefire\\s+broken(?:\\s+within\\s+(\\d{1,4})\\s+days?)?");

  public AlertRules {
    rules = ImmutableList.copyOf(rules);
  }

  /** No rules. */
  public static AlertRules none() {
    return new AlertRules(List.of());
  }

  /**
   * Parses a rules file.
   *
   * @throws IllegalArgumentException naming the line (1-based) that is no rule, with the forms
   *     accepted
   */
  public static AlertRules parse(String text) {
    List<AlertRule> out = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      line = (hash >= 0 ? line.substring(0, hash) : line).strip().replaceAll("\\s+", " ");
      if (line.isEmpty()) {
        continue;
      }
      out.add(rule(line, i + 1));
    }
    return new AlertRules(out);
  }

  private static AlertRule rule(String line, int number) {
    Matcher m = COUNT.matcher(line);
    if (m.matches()) {
      return new CasualtiesAbove(line, m.group(1).toLowerCase(java.util.Locale.ROOT),
          Integer.parseInt(m.group(2)), m.group(3));
    }
    if (NEW_ACTOR.matcher(line).matches()) {
      return new NewActorInStory(line);
    }
    m = CEASEFIRE.matcher(line);
    if (m.matches()) {
      int days = m.group(1) == null ? 30 : Integer.parseInt(m.group(1));
      if (days < 1) {
        throw new IllegalArgumentException("line " + number + ": the window must be at least a"
            + " day: " + line);
      }
      return new CeasefireBroken(line, days);
    }
    throw new IllegalArgumentException("line " + number + ": not a rule: '" + line + "'; expected"
        + " 'casualties|killed|wounded > N [in PLACE]', 'new actor in story' or 'ceasefire"
        + " broken [within N days]'");
  }

  /** Whether any rule needs the stories of the events. */
  public boolean needStories() {
    return rules.stream().anyMatch(r -> r instanceof NewActorInStory);
  }

  /** Whether any rule needs earlier ceasefires. */
  public boolean needCeasefires() {
    return rules.stream().anyMatch(r -> r instanceof CeasefireBroken);
  }

  /** Every rule's alerts, rule by rule in file order. */
  public List<Alert> matches(List<WatchEvent> fresh, List<WatchEvent> history) {
    List<Alert> out = new ArrayList<>();
    for (AlertRule r : rules) {
      out.addAll(r.matches(fresh, history));
    }
    return out;
  }
}
