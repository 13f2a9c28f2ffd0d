package org.sitrep.entities;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A compass word on its own is no place name: "the South" of a split "South Korea", "the West" of
 * "Russia and the West", the "Eastern" CoreNLP cuts from "the Eastern District of X". The tagger and
 * the place-noun rule type such words as places; no gazetteer entry or reader would, since the word
 * only says where something lies relative to a place the text names. Whole names that start with
 * one ("South Sudan", "Western Sahara") are untouched. Stateless and thread-safe.
 */
final class Directions {
  private static final Pattern COMPASS = Pattern.compile(
      "(?:the )?(?:north|south|east|west|(?:north|south)[- ]?(?:east|west))(?:ern)?");

  private Directions() {}

  /** Removes the places whose whole name is a compass word. */
  static void drop(String text, List<Cand> cands) {
    cands.removeIf(c -> c.type == EntityType.LOCATION && COMPASS.matcher(
        text.substring(c.start, c.end).strip().toLowerCase(Locale.ROOT)).matches());
  }
}
