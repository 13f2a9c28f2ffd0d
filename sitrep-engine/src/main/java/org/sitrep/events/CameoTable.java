package org.sitrep.events;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * CAMEO event codes with their Goldstein score, PLOVER type and mode and ACLED type and sub-type,
 * from the bundled {@code cameo-codes.tsv} (its header cites the sources). Immutable and shared.
 *
 * <p>QuadClass follows the CAMEO/GDELT convention by root: 01–05 verbal cooperation (1), 06–08
 * material cooperation (2), 09–13 verbal conflict (3), 14–20 material conflict (4).
 */
final class CameoTable {
  /**
   * One code's row.
   *
   * @param code the CAMEO code
   * @param goldstein its Goldstein score
   * @param plover PLOVER type or null
   * @param ploverMode PLOVER mode or null
   * @param acledType ACLED event type or null
   * @param acledSubType ACLED sub-event type or null
   * @param name the codebook's name for it
   */
  record Info(String code, double goldstein, String plover, String ploverMode, String acledType,
      String acledSubType, String name) {}

  private static final CameoTable SHARED = load();

  private final ImmutableMap<String, Info> rows;

  private CameoTable(ImmutableMap<String, Info> rows) {
    this.rows = rows;
  }

  static CameoTable get() {
    return SHARED;
  }

  /**
   * The row for {@code code}, or for its nearest more general code (4-digit → 3-digit → root
   * "xx0"); null when not even the root is a CAMEO root.
   */
  Info info(String code) {
    if (code == null || code.length() < 2) {
      return null;
    }
    Info exact = rows.get(code);
    if (exact != null) {
      return exact;
    }
    if (code.length() == 4) {
      Info three = rows.get(code.substring(0, 3));
      if (three != null) {
        return three;
      }
    }
    return rows.get(code.substring(0, 2) + "0");
  }

  /** CAMEO roots 18 to 20: assault, fight, mass violence. */
  static boolean isViolent(String code) {
    return code.compareTo("18") >= 0;
  }

  /** CAMEO roots 14 to 20: protest and everything more hostile. */
  static boolean isConflictual(String code) {
    return code.compareTo("14") >= 0;
  }

  /** The QuadClass of a two-digit CAMEO root, or 0 for anything else. */
  static int quadClass(String root) {
    int r;
    try {
      r = Integer.parseInt(root);
    } catch (NumberFormatException e) {
      return 0;
    }
    if (r >= 1 && r <= 5) {
      return 1;
    } else if (r >= 6 && r <= 8) {
      return 2;
    } else if (r >= 9 && r <= 13) {
      return 3;
    } else if (r >= 14 && r <= 20) {
      return 4;
    }
    return 0;
  }

  private static CameoTable load() {
    ImmutableMap.Builder<String, Info> rows = ImmutableMap.builder();
    try (InputStream in = CameoTable.class.getResourceAsStream("cameo-codes.tsv")) {
      if (in == null) {
        throw new IllegalStateException("resource cameo-codes.tsv is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 7) {
          throw new IllegalStateException("cameo-codes.tsv: expected 7 columns in: " + line);
        }
        rows.put(f[0], new Info(f[0], Double.parseDouble(f[1]), blankToNull(f[2]),
            blankToNull(f[3]), blankToNull(f[4]), blankToNull(f[5]), f[6]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cameo-codes.tsv", e);
    }
    return new CameoTable(rows.buildOrThrow());
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  Map<String, Info> rows() {
    return rows;
  }
}
