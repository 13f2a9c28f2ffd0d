package org.sitrep.eval;

import static com.google.common.base.Preconditions.checkArgument;

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

  /**
   * A table of any columns, e.g. counts: the title heads the first column, {@code headers} the
   * others; fill it with {@link Builder#row(String, String...)}.
   */
  public static Builder columns(String title, String... headers) {
    return new Builder(ImmutableList.<String>builder().add(title).add(headers).build());
  }

  /** Collects the rows of one table. */
  public static final class Builder {
    private final ImmutableList.Builder<List<String>> rows = ImmutableList.builder();
    private final int width;

    private Builder(List<String> header) {
      rows.add(header);
      width = header.size();
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

    /**
     * A row of preformatted cells, one per header of {@link #columns}.
     *
     * @throws IllegalArgumentException when the number of cells does not match the headers
     */
    public Builder row(String name, String... cells) {
      checkArgument(cells.length == width - 1, "row '%s' has %s cells for %s columns", name,
          cells.length, width - 1);
      rows.add(ImmutableList.<String>builder().add(name).add(cells).build());
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
