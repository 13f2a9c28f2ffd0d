package org.sitrep.geo;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * An offline world base map: Natural Earth 1:50m land and country borders (public domain), shipped
 * as {@code org/sitrep/geo/basemap.txt.gz} (derived by {@code scripts/basemap/derive.mjs}; the
 * format is described there), drawn as SVG path data for any bounding box in an equirectangular
 * projection. No tile server, nothing fetched.
 *
 * <p>Contract: {@link #standard()} loads the shipped file once per process; an instance is
 * immutable and thread-safe. {@link #render} maps the box onto {@code width × height} pixels (west
 * at x = 0, north at y = 0; {@link #x}/{@link #y} place a point the same way), keeps only shapes
 * that reach the box (land rings clipped to a margin around it), and rounds to a tenth of a pixel.
 * The land path is to be filled with {@code fill-rule="evenodd"} (holes are separate rings); the
 * border path is to be stroked only.
 */
public final class BaseMap {
  static final String RESOURCE = "basemap.txt.gz";

  private final ImmutableList<Shape> land;
  private final ImmutableList<Shape> borders;

  private static final class Holder {
    static final BaseMap SHARED = load();
  }

  BaseMap(List<Shape> land, List<Shape> borders) {
    this.land = ImmutableList.copyOf(land);
    this.borders = ImmutableList.copyOf(borders);
  }

  /** The shipped base map, loaded on first use and shared (it is immutable). */
  public static BaseMap standard() {
    return Holder.SHARED;
  }

  /** Number of land rings and border lines, for tests and diagnostics. */
  public int shapes() {
    return land.size() + borders.size();
  }

  /**
   * A geographic box in degrees; west may not exceed east (boxes do not cross the antimeridian).
   *
   * @param west western longitude, -180 to 180
   * @param south southern latitude, -90 to 90
   * @param east eastern longitude, greater than west
   * @param north northern latitude, greater than south
   */
  public record Box(double west, double south, double east, double north) {
    public Box {
      checkArgument(west >= -180 && east <= 180 && west < east,
          "longitudes must satisfy -180 <= west < east <= 180, got %s and %s", west, east);
      checkArgument(south >= -90 && north <= 90 && south < north,
          "latitudes must satisfy -90 <= south < north <= 90, got %s and %s", south, north);
    }

    /** The whole world. */
    public static final Box WORLD = new Box(-180, -90, 180, 90);

    /**
     * The smallest box around the points (longitude, latitude pairs) with {@code margin} degrees
     * around it, widened to at least {@code minSpan} degrees each way and clamped to the world.
     */
    public static Box around(List<double[]> points, double margin, double minSpan) {
      checkArgument(!points.isEmpty(), "a box around no points");
      checkArgument(margin >= 0 && minSpan > 0, "margin must be >= 0 and minSpan > 0");
      double w = 180;
      double e = -180;
      double s = 90;
      double n = -90;
      for (double[] p : points) {
        w = Math.min(w, p[0]);
        e = Math.max(e, p[0]);
        s = Math.min(s, p[1]);
        n = Math.max(n, p[1]);
      }
      double cx = (w + e) / 2;
      double cy = (s + n) / 2;
      double hw = Math.max((e - w) / 2 + margin, minSpan / 2);
      double hh = Math.max((n - s) / 2 + margin, minSpan / 2);
      return new Box(Math.max(-180, cx - hw), Math.max(-90, cy - hh), Math.min(180, cx + hw),
          Math.min(90, cy + hh));
    }
  }

  /**
   * SVG path data for one box.
   *
   * @param land the land, to fill with even-odd
   * @param borders the country borders, to stroke
   */
  public record Svg(String land, String borders) {}

  /** The land and borders inside {@code box}, projected onto {@code width × height} pixels. */
  public Svg render(Box box, double width, double height) {
    checkArgument(width > 0 && height > 0, "width and height must be positive, got %s × %s",
        width, height);
    // Rings are clipped to the box plus a margin, so strokes at the edge stay outside the view.
    double mx = (box.east() - box.west()) * 0.05;
    double my = (box.north() - box.south()) * 0.05;
    double w = box.west() - mx;
    double e = box.east() + mx;
    double s = box.south() - my;
    double n = box.north() + my;
    StringBuilder landPath = new StringBuilder();
    for (Shape r : land) {
      if (r.reaches(w, s, e, n)) {
        path(landPath, Clip.ring(r.points(), w, s, e, n), box, width, height, true);
      }
    }
    StringBuilder borderPath = new StringBuilder();
    for (Shape l : borders) {
      if (l.reaches(w, s, e, n)) {
        for (double[] part : Clip.line(l.points(), w, s, e, n)) {
          path(borderPath, part, box, width, height, false);
        }
      }
    }
    return new Svg(landPath.toString().strip(), borderPath.toString().strip());
  }

  /** The x pixel of a longitude in a {@code width}-wide rendering of {@code box}. */
  public static double x(Box box, double width, double lon) {
    return (lon - box.west()) / (box.east() - box.west()) * width;
  }

  /** The y pixel of a latitude in a {@code height}-high rendering of {@code box}. */
  public static double y(Box box, double height, double lat) {
    return (box.north() - lat) / (box.north() - box.south()) * height;
  }

  private static void path(StringBuilder out, double[] pts, Box box, double width, double height,
      boolean close) {
    int count = pts.length / 2;
    if (count < (close ? 3 : 2)) {
      return;
    }
    long lastX = Long.MIN_VALUE;
    long lastY = Long.MIN_VALUE;
    int written = 0;
    int start = out.length();
    for (int i = 0; i < count; i++) {
      // Tenths of a pixel, as integers, so points that round together are written once.
      long px = Math.round(x(box, width, pts[2 * i]) * 10);
      long py = Math.round(y(box, height, pts[2 * i + 1]) * 10);
      if (px == lastX && py == lastY) {
        continue;
      }
      out.append(written == 0 ? " M" : " L").append(tenths(px)).append(',').append(tenths(py));
      lastX = px;
      lastY = py;
      written++;
    }
    if (written < (close ? 3 : 2)) {
      out.setLength(start);
    } else if (close) {
      out.append('Z');
    }
  }

  private static String tenths(long v) {
    long a = Math.abs(v);
    String s = (v < 0 ? "-" : "") + (a / 10);
    return a % 10 == 0 ? s : s + "." + (a % 10);
  }

  static BaseMap load() {
    try (InputStream raw = BaseMap.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("the jar lacks org/sitrep/geo/" + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
          StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/sitrep/geo/" + RESOURCE, e);
    }
  }

  /** Reads the base map format (see {@code scripts/basemap/derive.mjs}). */
  static BaseMap parse(BufferedReader in) throws IOException {
    List<Shape> land = new ArrayList<>();
    List<Shape> borders = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      char kind = line.charAt(0);
      checkArgument((kind == 'L' || kind == 'B') && line.length() > 2 && line.charAt(1) == ' ',
          "base map line %s: expected 'L ' or 'B ', got '%s'", number,
          line.substring(0, Math.min(20, line.length())));
      (kind == 'L' ? land : borders).add(Shape.decode(line.substring(2), number));
    }
    return new BaseMap(land, borders);
  }

  /** A ring or line in degrees (lon, lat interleaved) with its bounding box. */
  record Shape(double[] points, double west, double south, double east, double north) {
    boolean reaches(double w, double s, double e, double n) {
      return east >= w && west <= e && north >= s && south <= n;
    }

    static Shape decode(String text, int line) {
      String[] parts = text.split(" ");
      double[] pts = new double[parts.length * 2];
      long x = 0;
      long y = 0;
      double w = 180;
      double e = -180;
      double s = 90;
      double n = -90;
      for (int i = 0; i < parts.length; i++) {
        int comma = parts[i].indexOf(',');
        checkArgument(comma > 0, "base map line %s: bad point '%s'", line, parts[i]);
        long dx = Long.parseLong(parts[i].substring(0, comma));
        long dy = Long.parseLong(parts[i].substring(comma + 1));
        x = i == 0 ? dx : x + dx;
        y = i == 0 ? dy : y + dy;
        double lon = x / 100.0;
        double lat = y / 100.0;
        pts[2 * i] = lon;
        pts[2 * i + 1] = lat;
        w = Math.min(w, lon);
        e = Math.max(e, lon);
        s = Math.min(s, lat);
        n = Math.max(n, lat);
      }
      return new Shape(pts, w, s, e, n);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BaseMap[%d land rings, %d border lines]", land.size(),
        borders.size());
  }
}
