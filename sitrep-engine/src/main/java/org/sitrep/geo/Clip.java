package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Clips rings and lines (lon, lat interleaved) to a rectangle, so a regional map does not carry a
 * continent's outline: Sutherland–Hodgman for rings (the result still fills correctly, with edges
 * running along the rectangle), Liang–Barsky per segment for lines (split where they leave).
 */
final class Clip {
  private Clip() {}

  /** The ring clipped to the rectangle; fewer than three points when nothing is left. */
  static double[] ring(double[] pts, double w, double s, double e, double n) {
    double[] out = pts;
    for (int edge = 0; edge < 4 && out.length >= 6; edge++) {
      out = clipEdge(out, edge, w, s, e, n);
    }
    return out;
  }

  private static boolean inside(double x, double y, int edge, double w, double s, double e,
      double n) {
    return switch (edge) {
      case 0 -> x >= w;
      case 1 -> x <= e;
      case 2 -> y >= s;
      default -> y <= n;
    };
  }

  private static double[] clipEdge(double[] pts, int edge, double w, double s, double e,
      double n) {
    int count = pts.length / 2;
    double[] out = new double[pts.length * 2 + 4];
    int k = 0;
    double px = pts[2 * (count - 1)];
    double py = pts[2 * (count - 1) + 1];
    boolean pin = inside(px, py, edge, w, s, e, n);
    for (int i = 0; i < count; i++) {
      double cx = pts[2 * i];
      double cy = pts[2 * i + 1];
      boolean cin = inside(cx, cy, edge, w, s, e, n);
      if (cin != pin) {
        double t = switch (edge) {
          case 0 -> (w - px) / (cx - px);
          case 1 -> (e - px) / (cx - px);
          case 2 -> (s - py) / (cy - py);
          default -> (n - py) / (cy - py);
        };
        out[k++] = px + t * (cx - px);
        out[k++] = py + t * (cy - py);
      }
      if (cin) {
        out[k++] = cx;
        out[k++] = cy;
      }
      px = cx;
      py = cy;
      pin = cin;
    }
    return Arrays.copyOf(out, k);
  }

  /** The parts of a line inside the rectangle, each with at least two points. */
  static List<double[]> line(double[] pts, double w, double s, double e, double n) {
    List<double[]> parts = new ArrayList<>();
    double[] cur = new double[pts.length * 2];
    int k = 0;
    for (int i = 0; i + 3 < pts.length; i += 2) {
      double[] seg = segment(pts[i], pts[i + 1], pts[i + 2], pts[i + 3], w, s, e, n);
      if (seg == null) {
        k = flush(parts, cur, k);
        continue;
      }
      if (k == 0 || cur[k - 2] != seg[0] || cur[k - 1] != seg[1]) {
        k = flush(parts, cur, k);
        cur[k++] = seg[0];
        cur[k++] = seg[1];
      }
      cur[k++] = seg[2];
      cur[k++] = seg[3];
    }
    flush(parts, cur, k);
    return parts;
  }

  private static int flush(List<double[]> parts, double[] cur, int k) {
    if (k >= 4) {
      parts.add(Arrays.copyOf(cur, k));
    }
    return 0;
  }

  /** Liang–Barsky: the visible piece of one segment, or null. */
  private static double[] segment(double x0, double y0, double x1, double y1, double w, double s,
      double e, double n) {
    double dx = x1 - x0;
    double dy = y1 - y0;
    double t0 = 0;
    double t1 = 1;
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {x0 - w, e - x0, y0 - s, n - y0};
    for (int i = 0; i < 4; i++) {
      if (p[i] == 0) {
        if (q[i] < 0) {
          return null;
        }
      } else {
        double r = q[i] / p[i];
        if (p[i] < 0) {
          t0 = Math.max(t0, r);
        } else {
          t1 = Math.min(t1, r);
        }
      }
    }
    if (t0 > t1) {
      return null;
    }
    // Unclipped ends keep their exact coordinates, so consecutive pieces join.
    return new double[] {t0 == 0 ? x0 : x0 + t0 * dx, t0 == 0 ? y0 : y0 + t0 * dy,
        t1 == 1 ? x1 : x0 + t1 * dx, t1 == 1 ? y1 : y0 + t1 * dy};
  }
}
