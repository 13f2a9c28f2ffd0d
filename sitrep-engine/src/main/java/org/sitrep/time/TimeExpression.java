package org.sitrep.time;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.sitrep.core.Span;
import org.sitrep.core.StructureType;

/**
 * A time expression with its TIMEX3 type and value, resolved against the article's reference date
 * where one is known, and the part of the article it sits in.
 *
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param text the covered text
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value the TIMEX3 value, e.g. {@code 2026-01-09}, {@code 2026-01-09T03:00}, {@code P3D},
 *     {@code XXXX-WXX-5} when unresolved
 * @param segment where it sits: the analysed text (title, standfirst, captions, headings, body),
 *     or the dateline, a byline or a publication line, which are never analysed; only {@link
 *     Segment#TEXT} expressions are facts of the story (events and answers are dated by them).
 *     {@code TEXT} when null
 */
public record TimeExpression(int start, int end, String text, String type, String value,
    Segment segment) {

  /** Where a time expression sits. Written in output as the lower-case {@link #label()}. */
  public enum Segment {
    /** The analysed text: title, standfirst, captions, headings and body. */
    TEXT,
    /** The dateline that opens the story: "KARVIA, March 3 (Wirenews) -". */
    DATELINE,
    /** A byline: "By Jane Roe, 14 Apr 2027". */
    BYLINE,
    /** A publication stamp: "Published 14:05 GMT, 2 March 2027", "Updated: 12/04/2027". */
    PUBLICATION_LINE;

    /** The lower-case name used in output ({@code text}, {@code dateline}, …). */
    @JsonValue
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The segment of the article's furniture whose dates are the article's own times, for a
     * structure span of this type and note: the dateline, a byline, a publication line (or a
     * reading-time line, which often is one). Null for
     * any other span: the analysed text (whose expressions come from the language analysis) and
     * other boilerplate, whose dates (related headlines, comments, a copyright line) are not the
     * article's.
     */
    public static Segment ofFurniture(StructureType type, String note) {
      return switch (type) {
        case DATELINE -> DATELINE;
        case BYLINE -> BYLINE;
        // A reading-time line often carries the date: "Jan. 09, 2027 • 3 min read".
        case BOILERPLATE -> "publication line".equals(note) || "reading time".equals(note)
            ? PUBLICATION_LINE : null;
        default -> null;
      };
    }

    /**
     * The segment with this label (case-insensitive); {@code TEXT} for null, as records written
     * before segments existed hold only text expressions.
     *
     * @throws IllegalArgumentException when there is none
     */
    @JsonCreator
    public static Segment of(String label) {
      if (label == null) {
        return TEXT;
      }
      for (Segment s : values()) {
        if (s.label().equalsIgnoreCase(label.strip())) {
          return s;
        }
      }
      throw new IllegalArgumentException("unknown time segment '" + label + "'; expected one of "
          + Arrays.stream(values()).map(Segment::label).toList());
    }
  }

  public TimeExpression {
    checkArgument(start >= 0 && end > start, "bad span [%s,%s)", start, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    value = value == null ? "" : value;
    segment = segment == null ? Segment.TEXT : segment;
  }

  /** An expression of the analysed text. */
  public TimeExpression(int start, int end, String text, String type, String value) {
    this(start, end, text, type, value, Segment.TEXT);
  }

  /** This expression, marked as sitting in {@code segment}. */
  public TimeExpression in(Segment segment) {
    return new TimeExpression(start, end, text, type, value, segment);
  }

  /** Whether it sits in the analysed text, and so is a fact of the story. */
  public boolean inText() {
    return segment == Segment.TEXT;
  }

  public Span span() {
    return Span.of(start, end);
  }
}
