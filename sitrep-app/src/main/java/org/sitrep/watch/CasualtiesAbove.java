package org.sitrep.watch;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * {@code casualties > N [in PLACE]}, {@code killed > N [in PLACE]}, {@code wounded > N [in
 * PLACE]}: a new event that happened (not negated, denied, threatened…) whose figures state more
 * than N people hurt (killed and wounded together, or a "casualties" figure), killed, or
 * wounded. Figures are read at their lower bound ("dozens" counts 24). With a place, the event's
 * place must be that place: its name as written, its gazetteer name, its country code or its
 * first-level region, ignoring case. One alert per sentence of an article: one report's figures
 * often belong to each of its verbs ("shelled the market, killing 14"), which are events of their
 * own. {@code history} is not used.
 *
 * @param text the rule as written
 * @param count what is counted: {@code casualties}, {@code killed} or {@code wounded}
 * @param threshold N: alerts fire above it
 * @param place the place, or null for anywhere
 */
public record CasualtiesAbove(String text, String count, int threshold, String place)
    implements AlertRule {

  public CasualtiesAbove {
    Objects.requireNonNull(text, "text");
    checkArgument(List.of("casualties", "killed", "wounded").contains(count),
        "count must be casualties, killed or wounded, got %s", count);
    checkArgument(threshold >= 0, "the threshold must be >= 0, got %s", threshold);
    place = place == null || place.isBlank() ? null : place.strip();
  }

  @Override
  public List<Alert> matches(List<WatchEvent> fresh, List<WatchEvent> history) {
    List<Alert> out = new ArrayList<>();
    Set<List<String>> sentences = new HashSet<>();
    for (WatchEvent e : fresh) {
      int n = switch (count) {
        case "killed" -> e.killed();
        case "wounded" -> e.wounded();
        default -> e.hurt();
      };
      if (!e.factual() || n <= threshold || !inPlace(e)
          || !sentences.add(List.of(e.articleId(), e.sentence()))) {
        continue;
      }
      String where = e.placeName() == null ? "" : " in " + e.placeName();
      out.add(new Alert(text, String.format(Locale.ROOT, "%d %s%s (over %d): %s", n,
          count.equals("casualties") ? "killed or wounded" : count, where, threshold,
          e.sentence()), e.articleId(), e.eventId(), null, e.sentence()));
    }
    return out;
  }

  private boolean inPlace(WatchEvent e) {
    return place == null || e.place().stream().anyMatch(p -> p.equalsIgnoreCase(place));
  }
}
