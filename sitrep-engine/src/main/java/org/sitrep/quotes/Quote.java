package org.sitrep.quotes;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One quotation or piece of reported speech, attributed where the text allows.
 *
 * <p>For a direct quote, {@code start}/{@code end} cover the quoted words without the quotation
 * marks and without a trailing comma ({@code “We will stay,” she said} gives {@code We will stay});
 * a quote interrupted by its attribution ({@code “A,” she said. “B.”}) gives two quotes with the
 * same speaker. For reported speech they cover the reported content ({@code X said that <content>},
 * {@code <content>, according to X}).
 *
 * @param start UTF-16 offset into the article text, inclusive
 * @param end UTF-16 offset, exclusive
 * @param text exactly the article text in {@code [start, end)}
 * @param speaker the entity's canonical name when the speaker resolved to an entity; else the
 *     speaker phrase as written ("a Syrian war monitor", "state media"); null when no speaker was
 *     found
 * @param speakerId the entity id ({@code e3}) when the speaker resolved to one, else null
 * @param verb the attributing verb as written, lower-cased ("said", "told", "stating", "according
 *     to"); null when the speaker was inherited or none was found
 * @param channel how it was said ("in a statement", "on X", "told reporters", "at a press
 *     conference") as written in the article, or null
 * @param kind {@link #DIRECT} or {@link #REPORTED}
 * @param sentenceStart start of the first sentence the quote or its attribution lies in
 * @param sentenceEnd end of the last such sentence; {@code [sentenceStart, sentenceEnd)} contains
 *     {@code [start, end)}
 */
public record Quote(int start, int end, String text, String speaker, String speakerId, String verb,
    String channel, String kind, int sentenceStart, int sentenceEnd) {

  /** Words inside quotation marks. */
  public static final String DIRECT = "direct";
  /** Speech reported without quotation marks: "said that", "according to". */
  public static final String REPORTED = "reported";

  public Quote {
    Objects.requireNonNull(text, "text");
    checkArgument(start >= 0 && end >= start, "bad quote span [%s,%s)", start, end);
    checkArgument(text.length() == end - start, "quote text length %s does not match span [%s,%s)",
        text.length(), start, end);
    checkArgument(DIRECT.equals(kind) || REPORTED.equals(kind), "kind must be %s or %s, got %s",
        DIRECT, REPORTED, kind);
    checkArgument(sentenceStart <= start && end <= sentenceEnd,
        "sentence span [%s,%s) must contain the quote [%s,%s)", sentenceStart, sentenceEnd, start,
        end);
  }
}
