package org.sitrep.core;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units (Java {@code String} indices) into an
 * article's original text. Every annotation Sitrep produces is located by one.
 *
 * @param start first index, inclusive, {@code >= 0}
 * @param end last index, exclusive, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    checkArgument(start >= 0, "span start must be >= 0, got %s", start);
    checkArgument(end >= start, "span end %s must be >= start %s", end, start);
  }

  /** Returns the span {@code [start, end)}; fails if it is not a valid range. */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** True when {@code other} lies wholly within this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** True when the offset lies within this span. */
  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  /** True when the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The text this span covers in {@code text}; fails if the span lies outside it. */
  public String in(CharSequence text) {
    checkArgument(end <= text.length(), "span %s lies outside a text of length %s", this, text.length());
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
