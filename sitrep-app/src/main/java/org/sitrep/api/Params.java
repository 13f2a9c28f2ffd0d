package org.sitrep.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads query parameters, answering a malformed one with a 400 that names it and says why. */
final class Params {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 200;
  /** Longest value any parameter may have; longer ones are refused, not truncated. */
  static final int MAX_LENGTH = 500;

  private Params() {}

  static String string(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_LENGTH) {
      throw ApiException.badRequest(name + " is longer than " + MAX_LENGTH + " characters");
    }
    return v.strip();
  }

  static LocalDate date(Context ctx, String name) {
    String v = string(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a date like 2026-01-09, got '" + v + "'");
    }
  }

  static Integer integer(Context ctx, String name, int min, int max) {
    String v = string(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", got "
            + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, got '" + v + "'");
    }
  }

  /** A decimal number between {@code min} and {@code max}, or {@code fallback} when absent. */
  static double number(Context ctx, String name, double min, double max, double fallback) {
    String v = string(ctx, name);
    if (v == null) {
      return fallback;
    }
    double n;
    try {
      n = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a number, got '" + v + "'");
    }
    if (!(n >= min && n <= max)) {
      throw ApiException.badRequest(name + " must be between " + (int) min + " and " + (int) max
          + ", got '" + v + "'");
    }
    return n;
  }

  static int limit(Context ctx) {
    Integer n = integer(ctx, "limit", 1, MAX_LIMIT);
    return n == null ? DEFAULT_LIMIT : n;
  }

  static final Param LIMIT = Param.query("limit", Param.Type.INTEGER,
      "Page size, 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")");
  static final Param CURSOR = Param.query("cursor", Param.Type.STRING,
      "The next_cursor of the previous page; omit for the first page");
  static final Param FROM = Param.query("from", Param.Type.DATE, "First day, inclusive");
  static final Param TO = Param.query("to", Param.Type.DATE, "Last day, inclusive");
  static final Param SOURCE = Param.query("source", Param.Type.STRING,
      "Only this outlet (exact, case-insensitive)");
}
