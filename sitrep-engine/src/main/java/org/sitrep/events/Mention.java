package org.sitrep.events;

import static com.google.common.base.Preconditions.checkArgument;


/**
 * A further report of an event inside the same article: the sentence and trigger that state it
 * again ("Arnor shelled Gondor on Monday. … The shelling of Gondor …"). The event itself keeps
 * the first report's spans and id (or those of the first report naming
 * the source, when an earlier one names none); each other report is a mention.
 *
 * @param start offset of the sentence's first character (UTF-16, into the article text)
 * @param end offset after the sentence's last character
 * @param triggerStart offset of the trigger's first character
 * @param triggerEnd offset after the trigger's last character
 */
public record Mention(int start, int end, int triggerStart, int triggerEnd) {
  public Mention {
    checkArgument(start >= 0 && start <= triggerStart && triggerStart < triggerEnd
        && triggerEnd <= end, "bad mention spans [%s,%s) in [%s,%s)", triggerStart, triggerEnd,
        start, end);
  }

  /** The event's own first report as a mention. */
  static Mention of(Event e) {
    return new Mention(e.start(), e.end(), e.triggerStart(), e.triggerEnd());
  }
}
