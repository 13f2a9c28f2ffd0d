package org.sitrep.watch;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@code ceasefire broken [within N days]}: a new attack between the parties of an earlier
 * ceasefire. A ceasefire is an event coded CAMEO 0871 ("declare truce, ceasefire", PLOVER
 * RETREAT, mode ceasefire) that was declared (not merely demanded, threatened or denied); an
 * attack is a PLOVER ASSAULT event (CAMEO 18, 19 and 20 bar blockades and expulsions) that
 * happened. The attack is between the ceasefire's parties when its source is one party and its
 * target the other; when the ceasefire names one party only ("Velmora declared a truce"), any
 * attack by that party counts. Parties are compared by name ignoring case, or by CAMEO actor
 * code. The attack must come after the ceasefire: on or after its day, at most N days later
 * (default 30), when both are dated; else later in the order events arrived (history first).
 * One alert per attack, for the latest ceasefire it breaks.
 *
 * <p>{@code history}: earlier ceasefires (other events are ignored).
 *
 * @param text the rule as written
 * @param withinDays N
 */
public record CeasefireBroken(String text, int withinDays) implements AlertRule {

  public CeasefireBroken {
    Objects.requireNonNull(text, "text");
    checkArgument(withinDays > 0, "the window must be at least a day, got %s", withinDays);
  }

  /** Whether {@code e} declares a ceasefire. */
  static boolean isCeasefire(WatchEvent e) {
    return e.factual() && (e.code() != null && e.code().startsWith("0871")
        || "ceasefire".equals(e.ploverMode()));
  }

  /** Whether {@code e} is an attack that happened. */
  static boolean isAttack(WatchEvent e) {
    return e.factual() && "ASSAULT".equals(e.plover());
  }

  @Override
  public List<Alert> matches(List<WatchEvent> fresh, List<WatchEvent> history) {
    List<WatchEvent> ceasefires = new ArrayList<>();
    history.stream().filter(CeasefireBroken::isCeasefire).forEach(ceasefires::add);
    // Earlier ceasefires in date order (undated first), so the latest one broken is found first.
    ceasefires.sort(Comparator.comparing(WatchEvent::date,
        Comparator.nullsFirst(Comparator.naturalOrder())));
    List<Alert> out = new ArrayList<>();
    for (WatchEvent e : fresh) {
      if (isAttack(e)) {
        for (int i = ceasefires.size() - 1; i >= 0; i--) {
          WatchEvent c = ceasefires.get(i);
          if (breaks(e, c)) {
            out.add(new Alert(text, "attack after the ceasefire between " + parties(c) + ": "
                + e.sentence(), e.articleId(), e.eventId(), c.articleId(), e.sentence()));
            break;
          }
        }
      }
      if (isCeasefire(e)) {
        ceasefires.add(e);
      }
    }
    return out;
  }

  private boolean breaks(WatchEvent attack, WatchEvent c) {
    if (c.date() != null && attack.date() != null) {
      long days = ChronoUnit.DAYS.between(c.date(), attack.date());
      if (days < 0 || days > withinDays) {
        return false;
      }
    }
    boolean hasSource = c.source() != null || c.sourceCode() != null;
    boolean hasTarget = c.target() != null || c.targetCode() != null;
    if (attack.source() == null && attack.sourceCode() == null) {
      return false;
    }
    if (hasSource && hasTarget) {
      return party(attack, true, c, true) && party(attack, false, c, false)
          || party(attack, true, c, false) && party(attack, false, c, true);
    }
    return hasSource ? party(attack, true, c, true) : hasTarget && party(attack, true, c, false);
  }

  /** Whether the attack's source (or target) is the ceasefire's source (or target). */
  private static boolean party(WatchEvent a, boolean aSource, WatchEvent c, boolean cSource) {
    return WatchEvent.sameActor(aSource ? a.source() : a.target(),
        aSource ? a.sourceCode() : a.targetCode(), cSource ? c.source() : c.target(),
        cSource ? c.sourceCode() : c.targetCode());
  }

  private static String parties(WatchEvent c) {
    String s = c.source() != null ? c.source() : c.sourceCode();
    String t = c.target() != null ? c.target() : c.targetCode();
    return s != null && t != null ? s + " and " + t : s != null ? s : String.valueOf(t);
  }
}
