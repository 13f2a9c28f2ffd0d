package org.sitrep.fusion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sitrep.events.FigureKind;

/**
 * An attribute of one fused event that its reports disagree on, every value kept with the
 * reports behind it: nothing is averaged, nothing dropped.
 *
 * @param eventId the fused event's id; for figures, the first event of the incident whose figures
 *     were compared (see {@link ContradictionFinder})
 * @param attribute what they disagree on
 * @param sides at least two, each a distinct value with its sources, in order of first report
 */
public record Contradiction(String eventId, Attribute attribute, List<Side> sides) {

  public Contradiction {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(attribute, "attribute");
    sides = ImmutableList.copyOf(sides);
    checkArgument(sides.size() >= 2, "a contradiction needs two sides, got %s", sides.size());
  }

  /** What a contradiction is about. */
  public enum Attribute {
    /** The number of dead. */
    KILLED,
    /** The number of wounded. */
    WOUNDED,
    /** Killed and wounded together, where the text does not split them. */
    CASUALTIES,
    /** The number displaced. */
    DISPLACED,
    /** The number arrested, detained or abducted. */
    DETAINED,
    /** The number of hostages. */
    HOSTAGES,
    /** The number of personnel deployed. */
    DEPLOYED,
    /** Who did what to whom: the parties in opposite roles. */
    ROLES,
    /** When it happened: dates stated by the reports that do not overlap. */
    DATE,
    /** Where it happened: two different towns or neighbourhoods. */
    PLACE,
    /** Whether it happened: reported as fact against denied. */
    FACTUALITY;

    /** The attribute for a figure kind. */
    public static Attribute of(FigureKind kind) {
      return valueOf(kind.name());
    }

    /** The lower-case name used in output. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One value and the reports that give it.
   *
   * @param value the value, normalised so equal values are one side: a figure's range ("20–99",
   *     "5–" for "at least 5"), "X → Y" for roles, the date's value, the place's name, or
   *     "happened"/"denied"
   * @param sources every report that gives it, in publication order
   */
  public record Side(String value, List<Source> sources) {
    public Side {
      Objects.requireNonNull(value, "value");
      sources = ImmutableList.copyOf(sources);
      checkArgument(!sources.isEmpty(), "a side needs a source");
    }
  }

  /**
   * Where one report gives a value.
   *
   * @param articleId the article
   * @param outlet the outlet with its wire credit, or "unknown" (see {@link Report#outletLabel})
   * @param start UTF-16 offset into the article's text: the figure's own span for a figure, the
   *     sentence's for the other attributes
   * @param end exclusive end
   * @param text the article's text in {@code [start, end)}
   */
  public record Source(String articleId, String outlet, int start, int end, String text) {
    public Source {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(text, "text");
      checkArgument(start >= 0 && end >= start, "bad span [%s,%s)", start, end);
    }
  }
}
