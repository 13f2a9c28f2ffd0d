package org.sitrep.eval;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The minimum each evaluation metric may score, kept in a checked-in properties file of {@code
 * metric=minimum} lines (e.g. {@code timex.strict.f1=0.812}), so that a change which makes Sitrep
 * worse on the development sets is noticed. Immutable.
 */
public final class QualityFloors {
  private final ImmutableSortedMap<String, BigDecimal> minimums;

  private QualityFloors(Map<String, BigDecimal> minimums) {
    this.minimums = ImmutableSortedMap.copyOf(minimums);
  }

  /**
   * Reads a floors file.
   *
   * @throws EvalDataException if the file is missing, unreadable, or a value is not a number
   */
  public static QualityFloors load(Path file) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (NoSuchFileException e) {
      throw new EvalDataException("quality floors file not found: " + file, e);
    } catch (IOException | IllegalArgumentException e) {
      throw new EvalDataException("cannot read quality floors file " + file + ": " + e.getMessage(), e);
    }
    Map<String, BigDecimal> minimums = new TreeMap<>();
    for (String metric : properties.stringPropertyNames()) {
      String value = properties.getProperty(metric).trim();
      try {
        minimums.put(metric, new BigDecimal(value));
      } catch (NumberFormatException e) {
        throw new EvalDataException(
            "quality floors file " + file + ": the minimum for " + metric + " is not a number: '"
                + value + "'");
      }
    }
    return new QualityFloors(minimums);
  }

  /** Floors from a map of metric to minimum. */
  public static QualityFloors of(Map<String, Double> minimums) {
    Map<String, BigDecimal> exact = new TreeMap<>();
    minimums.forEach(
        (metric, minimum) -> {
          checkArgument(Double.isFinite(minimum), "minimum for %s must be finite, got %s", metric, minimum);
          exact.put(metric, BigDecimal.valueOf(minimum));
        });
    return new QualityFloors(exact);
  }

  /** The recorded minimums, by metric name. */
  public Map<String, Double> minimums() {
    ImmutableSortedMap.Builder<String, Double> out = ImmutableSortedMap.naturalOrder();
    minimums.forEach((metric, minimum) -> out.put(metric, minimum.doubleValue()));
    return out.build();
  }

  /**
   * One message per recorded metric that {@code measured} lacks, or that scored below its minimum,
   * in metric order; empty when every floor holds. Metrics measured but not recorded are ignored.
   */
  public List<String> compare(Map<String, Double> measured) {
    ImmutableList.Builder<String> violations = ImmutableList.builder();
    minimums.forEach(
        (metric, minimum) -> {
          Double value = measured.get(metric);
          if (value == null || value.isNaN()) {
            violations.add(
                metric + " was not measured, but a minimum of " + minimum.toPlainString()
                    + " is recorded");
          } else if (BigDecimal.valueOf(value).compareTo(minimum) < 0) {
            violations.add(
                metric + " fell to " + floor3(value).toPlainString() + ", below the recorded "
                    + minimum.toPlainString());
          }
        });
    return violations.build();
  }

  /**
   * Records {@code measured} as the new floors in {@code file}, each value rounded down to three
   * decimals so that re-measuring the same system passes. Floors in the file for metrics not in
   * {@code measured} (another evaluation set's) are kept. The file is written sorted by metric, so
   * that its diffs are readable.
   *
   * @throws EvalDataException if the existing file cannot be read or the new one cannot be written
   */
  public static QualityFloors update(Path file, Map<String, Double> measured) {
    Map<String, BigDecimal> merged =
        new TreeMap<>(Files.exists(file) ? load(file).minimums : Map.of());
    measured.forEach(
        (metric, value) -> {
          checkArgument(Double.isFinite(value), "measured %s must be finite, got %s", metric, value);
          merged.put(metric, floor3(value));
        });
    StringBuilder out =
        new StringBuilder(
            "# Minimum scores on the development sets; `sitrep eval ... --update` rewrites this file.\n");
    merged.forEach(
        (metric, minimum) -> out.append(metric).append('=').append(minimum.toPlainString()).append('\n'));
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvalDataException("cannot write quality floors file " + file + ": " + e.getMessage(), e);
    }
    return new QualityFloors(merged);
  }

  private static BigDecimal floor3(double value) {
    // valueOf goes through Double.toString, so 0.812 stays 0.812 instead of 0.81199999...
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.FLOOR);
  }
}
