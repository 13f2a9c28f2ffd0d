package org.sitrep.ingest;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Which outlet published an article, where that was learnt, and which wire agency's copy it
 * carries. A syndicated wire story is one report seen in several outlets, which is why the agency
 * is kept beside the outlet rather than replacing it.
 *
 * @param name the outlet's name ("The Daily Courier"); null exactly when {@code from} is {@link
 *     OutletOrigin#UNKNOWN}: an outlet is never guessed
 * @param from where the name came from
 * @param wire the news agency whose copy the article is ("Reuters", "Agence France-Presse"), from a
 *     dateline or credit line (see {@link WireCredits}); null when none is credited
 */
public record Outlet(String name, OutletOrigin from, String wire) {

  /** No outlet known and no wire credit. */
  public static final Outlet UNKNOWN = new Outlet(null, OutletOrigin.UNKNOWN, null);

  public Outlet {
    Objects.requireNonNull(from, "from");
    name = name == null || name.isBlank() ? null : name.strip();
    wire = wire == null || wire.isBlank() ? null : wire.strip();
    checkArgument((name == null) == (from == OutletOrigin.UNKNOWN),
        "an outlet has a name exactly when its origin is known (name %s, from %s)", name, from);
  }

  /** The outlet stated by metadata, or {@link #UNKNOWN} when the metadata names none. */
  public static Outlet fromMetadata(String source) {
    return source == null || source.isBlank() ? UNKNOWN
        : new Outlet(source, OutletOrigin.METADATA, null);
  }

  /** Whether the outlet is known. */
  public boolean known() {
    return from != OutletOrigin.UNKNOWN;
  }

  /** This outlet with {@code agency} as its wire credit (null for none). */
  public Outlet withWire(String agency) {
    return new Outlet(name, from, agency);
  }
}
