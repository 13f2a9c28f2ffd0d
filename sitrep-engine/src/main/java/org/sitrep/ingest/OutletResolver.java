package org.sitrep.ingest;

import java.util.Objects;

/**
 * Settles each article's outlet and wire credit, from the best evidence there is, in this order:
 * the input's metadata (JSONL {@code source}, a feed's title, a page's {@code og:site_name} or
 * JSON-LD publisher; a metadata value that is only a listed host, "example.com", becomes that
 * outlet's name); else the article's address, when its host is a listed outlet's ({@link
 * HostOutlets}); else a "join us on Telegram" line naming the outlet ({@link OutletSignatures});
 * else unknown, never guessed. A user's {@code --source} overrides all of these later, through
 * {@link Article#withOutlet}. The wire credit ({@link WireCredits}) is found whatever the outlet.
 *
 * <p>Immutable and thread-safe; its tables are given to it, not looked up.
 */
public final class OutletResolver {
  private final HostOutlets hosts;
  private final WireCredits wires;

  public OutletResolver(HostOutlets hosts, WireCredits wires) {
    this.hosts = Objects.requireNonNull(hosts, "hosts");
    this.wires = Objects.requireNonNull(wires, "wires");
  }

  /** A resolver over the built-in host table and agency list. */
  public static OutletResolver withDefaults() {
    return new OutletResolver(HostOutlets.load(), WireCredits.load());
  }

  /** The article with its outlet and wire credit settled. */
  public Article resolve(Article article) {
    return article.withOutlet(outlet(article));
  }

  /** The outlet and wire credit of an article, a user's outlet kept when it has one. */
  public Outlet outlet(Article article) {
    Outlet given = article.outlet();
    Outlet outlet;
    if (given.from() == OutletOrigin.USER) {
      outlet = given;
    } else if (article.source() != null) {
      String listed = looksLikeHost(article.source()) ? hosts.outletOfUrl(article.source()) : null;
      outlet = new Outlet(listed != null ? listed : article.source(), OutletOrigin.METADATA, null);
    } else {
      String byUrl = hosts.outletOfUrl(article.url());
      String byText = byUrl == null ? OutletSignatures.find(article.text(), hosts) : null;
      outlet = byUrl != null ? new Outlet(byUrl, OutletOrigin.URL, null)
          : byText != null ? new Outlet(byText, OutletOrigin.TEXT, null) : Outlet.UNKNOWN;
    }
    WireCredits.Credit credit = wires.find(article.text(), article.markup());
    return outlet.withWire(credit == null ? null : credit.agency());
  }

  /** "example.com", "www.example.co.uk": one word with a dot and letters after it. */
  private static boolean looksLikeHost(String s) {
    return s.matches("(?i)(?:https?://)?[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*\\.[a-z]{2,}/?");
  }
}
