package org.sitrep.events;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * Stable event ids: the first 16 hex digits of a SHA-256 over what makes an event that event in an
 * article (article id, sentence span, trigger span, CAMEO code), so that analysing the same text
 * again, by this or a later version, names the same event the same way as long as its trigger and
 * code stay. Fields are length-prefixed so no two different keys hash the same text.
 */
final class EventIds {
  private EventIds() {}

  /**
   * The id of an event.
   *
   * @param parties empty when the trigger gives one event; else what tells its events apart (the
   *     actors' names), in a fixed order
   */
  static String of(String articleId, int start, int end, int triggerStart, int triggerEnd,
      String code, String... parties) {
    Hasher h = Hashing.sha256().newHasher();
    put(h, articleId);
    h.putInt(start).putInt(end).putInt(triggerStart).putInt(triggerEnd);
    put(h, code);
    for (String p : parties) {
      put(h, p == null ? "" : p);
    }
    return h.hash().toString().substring(0, 16);
  }

  private static void put(Hasher h, String s) {
    h.putInt(s.length()).putString(s, StandardCharsets.UTF_8);
  }
}
