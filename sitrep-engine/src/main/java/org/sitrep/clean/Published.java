package org.sitrep.clean;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.core.Layer;
import org.sitrep.core.Warned;

/**
 * An article's publication date, or the reference date that stands in for it, against which
 * relative time expressions ("on Friday") are resolved.
 *
 * @param value ISO-8601 date or date-time; null when nothing in the article supports one
 * @param inferred true when the date was inferred from the article's own evidence rather than stated
 * @param basis where the date came from, e.g. {@code "metadata"}, {@code "date line: Jan. 09, 2026"}
 *     or {@code "inferred: latest explicit date 2026-01-07 (caption); 'Thursday' mentioned"}
 * @param warnings e.g. that relative dates stay unresolved for want of a date
 */
public record Published(String value, boolean inferred, String basis, List<String> warnings)
    implements Warned {

  public static final Layer<Published> LAYER = Layer.of("published", Published.class);

  public Published {
    warnings = ImmutableList.copyOf(warnings);
  }

  /** No date and no evidence for one. */
  public static Published unknown() {
    return new Published(null, false, "none",
        List.of("no publication date stated or inferable: relative dates are left unresolved"));
  }

  /** The calendar date of {@link #value()}, if any. */
  public Optional<LocalDate> date() {
    return value == null ? Optional.empty() : Optional.of(LocalDate.parse(value.substring(0, 10)));
  }
}
