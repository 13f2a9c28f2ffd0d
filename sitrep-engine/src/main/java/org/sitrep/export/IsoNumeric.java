package org.sitrep.export;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.core.ResourceLines;

/**
 * ISO 3166-1 numeric country codes by alpha-2 code ({@code iso3166-numeric.tsv}, from Debian's
 * iso-codes): ACLED's {@code iso} column, where the gazetteer knows alpha-2 codes only. Immutable.
 */
final class IsoNumeric {
  private final ImmutableMap<String, String> byAlpha2;

  private IsoNumeric(Map<String, String> byAlpha2) {
    this.byAlpha2 = ImmutableMap.copyOf(byAlpha2);
  }

  /** The built-in table. */
  static IsoNumeric load() {
    return parse(ResourceLines.of(IsoNumeric.class, "iso3166-numeric.tsv"));
  }

  /** A table from lines of {@code alpha-2<TAB>numeric}. */
  static IsoNumeric parse(List<String> lines) {
    Map<String, String> map = new HashMap<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      checkArgument(f.length == 2 && f[0].strip().length() == 2 && f[1].strip().matches("\\d{3}"),
          "ISO numeric line needs 'alpha-2<TAB>three digits': %s", line);
      map.put(f[0].strip().toUpperCase(Locale.ROOT), f[1].strip());
    }
    return new IsoNumeric(map);
  }

  /**
   * The numeric code of an alpha-2 code as ACLED writes it, an integer without leading zeros
   * ({@code SY} → {@code 760}, {@code AF} → {@code 4}); null when unknown.
   */
  String of(String alpha2) {
    if (alpha2 == null) {
      return null;
    }
    String n = byAlpha2.get(alpha2.strip().toUpperCase(Locale.ROOT));
    return n == null ? null : Integer.toString(Integer.parseInt(n));
  }
}
