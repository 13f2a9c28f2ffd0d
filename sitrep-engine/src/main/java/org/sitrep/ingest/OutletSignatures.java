package org.sitrep.ingest;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An outlet named by its own "join us" line, a paragraph of its own that outlets append to their
 * copy: "Join The Daily Courier on Telegram", "Follow Courier News on WhatsApp", "Subscribe to
 * The Courier's Telegram channel", "The Daily Courier is now on WhatsApp", or "Join us on Telegram:
 * @dailycourier" when the handle is a listed outlet's name written as one word (see {@link
 * HostOutlets#outletOfHandle}). Only Telegram and WhatsApp lines count: an outlet's own channel
 * there is named for the outlet, where "follow … on X" lines often name a reporter or a topic.
 * The name must be written as a name (capitalised words); "join us", "our channel" name nobody;
 * and the call must open its line, since a sentence reporting that someone urged people to "join
 * X on Telegram" names X's channel, not the outlet's.
 */
final class OutletSignatures {
  /** A "join us" line is short; a longer paragraph is a sentence that may mention a channel. */
  private static final int MAX_LINE = 200;

  /** A name: capitalised words, with the small words names contain ("of", "the", "al-"). */
  private static final String NAME = "((?:[\\p{Lu}\\p{N}][\\p{L}\\p{M}\\p{N}'’.&\\-]*)"
      + "(?:\\s+(?:of|the|and|&|al|el|de|du|la|[\\p{Lu}\\p{N}][\\p{L}\\p{M}\\p{N}'’.&\\-]*)){0,5})";
  private static final String APP = "(?i:telegram|whatsapp)";
  private static final String POSSESSIVE = "(?:['’]s)?";

  /**
   * The call opens its line (after bullets or emoji): "to join Tarsa Front on Telegram" inside a
   * sentence reports someone else's call and names no outlet.
   */
  private static final String CALL = "^[^\\p{L}\\p{N}]*(?i:join|follow|subscribe\\s+to)\\s+";

  private static final List<Pattern> NAMED = ImmutableList.of(
      // "Join The Daily Courier on Telegram", "Follow Courier News' WhatsApp channel"
      Pattern.compile(CALL + NAME + POSSESSIVE + "\\s+(?i:on|via|in)\\s+" + APP),
      Pattern.compile(CALL + "(?i:the\\s+)?" + NAME + POSSESSIVE + "\\s+" + APP
          + "\\s+(?i:channel|group|community)"),
      // "The Daily Courier is now on Telegram"
      Pattern.compile("^\\W*" + NAME + "\\s+(?i:is\\s+(?:now\\s+)?on)\\s+" + APP));

  /** "Join us on Telegram: @handle", "follow our WhatsApp channel t.me/handle". */
  private static final Pattern HANDLE = Pattern.compile("^[^\\p{L}\\p{N}]*"
      + "(?i:join|follow|subscribe)\\b.{0,60}?"
      + APP + ".{0,40}?(?:@|t\\.me/)([A-Za-z0-9_]{3,40})");

  /** Words a "join" line puts where a name would be: they name no outlet. */
  private static final Set<String> NOT_NAMES = ImmutableSet.of("us", "our", "me", "now", "today",
      "here", "the", "the conversation", "the discussion", "the community", "the channel",
      "channel", "community", "group", "free", "official", "latest", "news", "breaking news",
      "updates", "the latest", "more");

  private OutletSignatures() {}

  /** The outlet a "join us" line names, or null. */
  static String find(String text, HostOutlets hosts) {
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.length() > MAX_LINE) {
        continue;
      }
      for (Pattern p : NAMED) {
        Matcher m = p.matcher(l);
        if (m.find()) {
          String name = clean(m.group(1));
          if (name != null) {
            return name;
          }
        }
      }
      Matcher h = HANDLE.matcher(l);
      if (h.find()) {
        String name = hosts.outletOfHandle(h.group(1));
        if (name != null) {
          return name;
        }
      }
    }
    return null;
  }

  private static String clean(String raw) {
    String name = raw.strip().replaceAll("['’]s?$", "").strip();
    String lower = name.toLowerCase(Locale.ROOT);
    if (name.isEmpty() || NOT_NAMES.contains(lower) || lower.startsWith("us ")
        || lower.startsWith("our ")) {
      return null;
    }
    return name;
  }
}
