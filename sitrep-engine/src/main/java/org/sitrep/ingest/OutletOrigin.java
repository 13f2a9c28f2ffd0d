package org.sitrep.ingest;

import java.util.Locale;

/** Where an article's outlet name came from; output as {@code outlet_from}. */
public enum OutletOrigin {
  /** The input's own metadata: JSONL {@code source}, a feed's title, a page's site name or publisher. */
  METADATA,
  /** The user, who named it for the run ({@code sitrep analyze --source NAME}); overrides the rest. */
  USER,
  /** The article's address, whose host is a known outlet's (see {@link HostOutlets}). */
  URL,
  /** An unambiguous signature in the text: a "join us on Telegram" line naming the outlet. */
  TEXT,
  /** Nothing said which outlet it is: the outlet is left unknown rather than guessed. */
  UNKNOWN;

  /** The lower-case name used in output ({@code metadata}, {@code user}, …). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The origin named by {@link #label()}, ignoring case; UNKNOWN for null or anything else. */
  public static OutletOrigin ofLabel(String label) {
    if (label != null) {
      for (OutletOrigin o : values()) {
        if (o.label().equalsIgnoreCase(label.strip())) {
          return o;
        }
      }
    }
    return UNKNOWN;
  }
}
