package org.sitrep.eval;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small plain-text table of scores for the terminal: a header, then one row per score, the first
 * column left-aligned and the others right-aligned. Scores are shown with three decimals. Build one
 * with {@link #prf} or {@link #accuracy} and render it with {@link #format}; instances are
 * immutable.
 */
public final class ScoreTable {
  private final ImmutableList<List<String>> rows;

  private ScoreTable(ImmutableList<List<String>> rows) {
    this.rows = rows;
  }

  /** A table of precision, recall and F1 with the counts behind them. */
  public static Builder prf(String title) {
    return new Builder(ImmutableList.of(title, "P", "R", "F1", "TP", "FP", "FN"));
  }

  /** A table of accuracies with the tallies behind them. */
  public static Builder accuracy(String title) {
    return new Builder(ImmutableList.of(title, "acc", "right", "of"));
  }

  /** Collects the rows of one table. */
  public static final class Builder {
    private final ImmutableList.Builder<List<String>> rows = ImmutableList.builder();

    private Builder(List<String> header) {
      rows.add(header);
    }

    public Builder row(String name, Prf prf) {
      rows.add(
          ImmutableList.of(
              name,
              score(prf.precision()),
              score(prf.recall()),
              score(prf.f1()),
              Long.toString(prf.truePositives()),
              Long.toString(prf.falsePositives()),
              Long.toString(prf.falseNegatives())));
      return this;
    }

    public Builder row(String name, Accuracy accuracy) {
      rows.add(
          ImmutableList.of(
              name,
              score(accuracy.value()),
              Long.toString(accuracy.correct()),
              Long.toString(accuracy.total())));
      return this;
    }

    public ScoreTable build() {
      return new ScoreTable(rows.build());
    }
  }

  /** The table as lines separated by {@code \n}, with a trailing newline. */
  public String format() {
    int columns = rows.get(0).size();
    List<Integer> widths = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      int width = 0;
      for (List<String> row : rows) {
        width = Math.max(width, row.get(c).length());
      }
      widths.add(width);
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(Strings.padEnd(row.get(0), widths.get(0), ' '));
      for (int c = 1; c < columns; c++) {
        line.append("  ").append(Strings.padStart(row.get(c), widths.get(c), ' '));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private static String score(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
