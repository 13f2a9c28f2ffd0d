package org.sitrep.export;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.actors.ActorRef;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.events.Figure;

/** What the row formats share: event ids, dates, numbers, actor and country look-ups. */
final class Facts {
  /** A calendar prefix of an ISO or TIMEX value: year, then month, then day. */
  private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private Facts() {}

  /**
   * The id of the {@code index}-th (0-based) event of an article: the article id, a dash, and the
   * 1-based position among all its events, so the same event has the same id in every format.
   */
  static String eventId(AnalyzedArticle article, int index) {
    return article.id() + "-" + (index + 1);
  }

  /**
   * The calendar part of a date value that is actually known: {@code 2026-01-09} from {@code
   * 2026-01-09T03:00}, {@code 2024-12} from {@code 2024-12}, {@code 2026} from {@code 2026-W02};
   * null when the value has no year ({@code XXXX-01-09}, {@code PRESENT_REF}) or is null.
   */
  static String datePrefix(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = DATE_PREFIX.matcher(value);
    return m.find() ? m.group() : null;
  }

  /** True when a date value names an ISO week ({@code 2026-W02}). */
  static boolean isWeek(String value) {
    return value != null && value.matches("^\\d{4}-W\\d{2}.*");
  }

  /** A decimal without exponent or trailing zeros: 36.2, -10, 0. */
  static String number(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  static String number(Double d) {
    return d == null ? null : number(d.doubleValue());
  }

  static String number(BigDecimal d) {
    return d == null ? null : d.stripTrailingZeros().toPlainString();
  }

  /** A figure's range: {@code 12}, {@code 20-99}, {@code 400+}, {@code up to 50}. */
  static String range(Figure f) {
    String min = number(f.min());
    String max = number(f.max());
    if (min != null && max != null) {
      return min.equals(max) ? min : min + "-" + max;
    }
    if (min != null) {
      return min + "+";
    }
    return max != null ? "up to " + max : f.text();
  }

  /** The article's actors, found by entity id or, for unnamed actors, by phrase. */
  static Map<String, ActorRef> actorIndex(AnalyzedArticle article) {
    Map<String, ActorRef> index = new HashMap<>();
    for (ActorRef r : article.actors()) {
      if (r.entityId() != null) {
        index.putIfAbsent("id:" + r.entityId(), r);
      }
      index.putIfAbsent("name:" + r.name(), r);
    }
    return index;
  }

  /** The actor an event role names, or null; the same rule {@link EventOut} uses for codes. */
  static ActorRef actor(Map<String, ActorRef> index, String entityId, String name) {
    if (entityId != null) {
      return index.get("id:" + entityId);
    }
    return name == null ? null : index.get("name:" + name);
  }

  /** ISO 3166-1 alpha-3 for an alpha-2 code, or null when the JDK does not know it. */
  static String alpha3(String alpha2) {
    Locale l = region(alpha2);
    if (l == null) {
      return null;
    }
    try {
      String a3 = l.getISO3Country();
      return a3.isEmpty() ? null : a3;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /** The English short name of a country by alpha-2 code ("Syria"), or null when unknown. */
  static String countryName(String alpha2) {
    Locale l = region(alpha2);
    if (l == null) {
      return null;
    }
    String name = l.getDisplayCountry(Locale.ENGLISH);
    // The JDK echoes a code it has no name for.
    return name.isEmpty() || name.equals(l.getCountry()) ? null : name;
  }

  private static Locale region(String alpha2) {
    if (alpha2 == null || alpha2.length() != 2) {
      return null;
    }
    try {
      return new Locale.Builder().setRegion(alpha2).build();
    } catch (IllformedLocaleException e) {
      return null;
    }
  }
}
