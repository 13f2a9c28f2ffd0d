package org.sitrep.quotes;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sitrep.core.Layer;

/**
 * The quotes layer: an article's quotations and reported speech, and its accusations, denials and
 * condemnations, both in text order. Nothing comes from boilerplate.
 *
 * @param quotes direct and reported quotes; identical quote text counts once
 * @param claims typed claims
 */
public record Quotes(List<Quote> quotes, List<Claim> claims) {
  public static final Layer<Quotes> LAYER = Layer.of("quotes", Quotes.class);

  public Quotes {
    quotes = ImmutableList.copyOf(quotes);
    claims = ImmutableList.copyOf(claims);
  }

  /** No quotes and no claims. */
  public static Quotes empty() {
    return new Quotes(List.of(), List.of());
  }
}
