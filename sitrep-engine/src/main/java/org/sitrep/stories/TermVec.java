package org.sitrep.stories;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A sparse vector of raw term weights (damped, field-weighted term frequencies; IDF is applied
 * when vectors are compared, with the document frequencies of the moment), sorted by term. Ties
 * anywhere in the clusterer are broken by the term's text, so a vector's content never depends on
 * the order its terms were first seen in: an in-memory and a stored clusterer fed the same
 * articles agree exactly. Immutable; {@link #encode} and {@link #decode} give a compact text form
 * for storage ({@code term<TAB>weight} lines; terms never hold a tab or a line break, the
 * vectoriser's analyser splits on white space).
 */
public final class TermVec {
  static final TermVec EMPTY = new TermVec(new String[0], new double[0]);
  private final String[] terms;
  private final double[] w;

  private TermVec(String[] terms, double[] w) {
    this.terms = terms;
    this.w = w;
  }

  /** A vector from parallel arrays in any order; the arrays are copied. */
  static TermVec of(String[] terms, double[] weights) {
    checkArgument(terms.length == weights.length, "terms and weights differ in length");
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(i -> terms[i]));
    String[] t = new String[terms.length];
    double[] ww = new double[terms.length];
    for (int i = 0; i < order.length; i++) {
      t[i] = terms[order[i]];
      ww[i] = weights[order[i]];
    }
    for (int i = 1; i < t.length; i++) {
      checkArgument(!t[i].equals(t[i - 1]), "term %s appears twice", t[i]);
    }
    return new TermVec(t, ww);
  }

  /** The number of terms. */
  public int size() {
    return terms.length;
  }

  /** The i-th term in term order. */
  public String term(int i) {
    return terms[i];
  }

  /** The i-th term's raw weight. */
  public double weight(int i) {
    return w[i];
  }

  boolean contains(String term) {
    return Arrays.binarySearch(terms, term) >= 0;
  }

  /** The sum of two vectors, term by term. */
  static TermVec add(TermVec a, TermVec b) {
    String[] t = new String[a.size() + b.size()];
    double[] w = new double[t.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.size() || j < b.size()) {
      int cmp = i >= a.size() ? 1 : j >= b.size() ? -1 : a.terms[i].compareTo(b.terms[j]);
      if (cmp < 0) {
        t[k] = a.terms[i];
        w[k++] = a.w[i++];
      } else if (cmp > 0) {
        t[k] = b.terms[j];
        w[k++] = b.w[j++];
      } else {
        t[k] = a.terms[i];
        w[k++] = a.w[i++] + b.w[j++];
      }
    }
    return new TermVec(Arrays.copyOf(t, k), Arrays.copyOf(w, k));
  }

  /** The {@code n} terms of highest weight × IDF (ties by term), or this when it has no more. */
  TermVec top(int n, ToDoubleFunction<String> idf) {
    if (size() <= n) {
      return this;
    }
    double[] score = new double[size()];
    Integer[] order = new Integer[size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      score[i] = w[i] * idf.applyAsDouble(terms[i]);
    }
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -score[i])
        .thenComparing(i -> terms[i]));
    Integer[] kept = Arrays.copyOf(order, n);
    Arrays.sort(kept);
    String[] t = new String[n];
    double[] ww = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = terms[kept[i]];
      ww[i] = w[kept[i]];
    }
    return new TermVec(t, ww);
  }

  /** The text form: one {@code term<TAB>weight} line per term, in term order. */
  public String encode() {
    StringBuilder out = new StringBuilder(terms.length * 16);
    for (int i = 0; i < terms.length; i++) {
      // Full precision (round trip exact), so a stored clusterer decides as an in-memory one.
      out.append(terms[i]).append('\t').append(Double.toString(w[i])).append('\n');
    }
    return out.toString();
  }

  /**
   * Reads {@link #encode}'s form.
   *
   * @throws IllegalArgumentException when a line is not {@code term<TAB>number}
   */
  public static TermVec decode(String text) {
    if (text == null || text.isEmpty()) {
      return EMPTY;
    }
    String[] lines = text.split("\n");
    String[] t = new String[lines.length];
    double[] w = new double[lines.length];
    for (int i = 0; i < lines.length; i++) {
      int tab = lines[i].indexOf('\t');
      checkArgument(tab > 0, "not a term vector line: %s", lines[i]);
      t[i] = lines[i].substring(0, tab);
      try {
        w[i] = Double.parseDouble(lines[i].substring(tab + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a term weight: " + lines[i], e);
      }
    }
    return of(t, w);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "TermVec[%d terms]", terms.length);
  }
}
