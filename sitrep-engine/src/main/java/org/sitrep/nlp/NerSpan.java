package org.sitrep.nlp;

/**
 * A named-entity or numeric mention as CoreNLP tagged it, before Sitrep's corrections.
 *
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param type CoreNLP's tag: {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC},
 *     {@code DATE}, {@code TIME}, {@code DURATION}, {@code SET}, {@code NUMBER}, …
 * @param timexType TIMEX3 type for temporal mentions, else null
 * @param timexValue TIMEX3 value for temporal mentions (null when SUTime gave none)
 */
public record NerSpan(int start, int end, String type, String timexType, String timexValue) {}
