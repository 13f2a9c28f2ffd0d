package org.sitrep.watch;

import java.util.List;

/**
 * A rule over new events. Pure: the same events give the same alerts, in the order of {@code
 * fresh}; nothing is fetched or stored.
 */
public sealed interface AlertRule permits CasualtiesAbove, NewActorInStory, CeasefireBroken {
  /** The rule as written in the rules file. */
  String text();

  /**
   * The alerts {@code fresh} events raise, given what was known before.
   *
   * @param fresh the events of the articles this cycle stored, in order
   * @param history earlier events the rule may relate them to (see each rule)
   */
  List<Alert> matches(List<WatchEvent> fresh, List<WatchEvent> history);
}
