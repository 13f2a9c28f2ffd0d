package org.sitrep.watch;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one host's {@code robots.txt} that apply to one crawler, after RFC 9309 (Robots
 * Exclusion Protocol). No well-kept parser (such as crawler-commons) is on the project's
 * classpath or in the offline repository, and the protocol is small, so it is read here:
 *
 * <ul>
 *   <li>Groups are one or more {@code user-agent} lines followed by {@code allow}/{@code disallow}
 *       lines. The groups whose user agent is this crawler's product token (case-insensitive; a
 *       {@code /version} suffix is ignored) apply, combined; when there are none, the {@code *}
 *       groups apply, combined; when there are none either, everything is allowed.
 *   <li>The rule with the longest matching path pattern decides; on a tie {@code allow} wins.
 *       Patterns match from the start of the path and query; {@code *} matches any run of
 *       characters and a final {@code $} anchors the end. An empty {@code disallow} says nothing.
 *   <li>{@code /robots.txt} itself is always allowed.
 *   <li>{@code crawl-delay} (not in the RFC, but widely written) is read from the applying group
 *       and used as a lower bound on the pace for that host, capped at one minute so that one
 *       file cannot stall a watch.
 *   <li>Only the first 512 KiB are read (the RFC asks crawlers to read at least 500 KiB).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class RobotsTxt {
  static final int MAX_CHARS = 512 * 1024;
  static final Duration MAX_CRAWL_DELAY = Duration.ofMinutes(1);

  /** Allows everything: no file (4xx), or a file with no group for us. */
  static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), null);
  /** Allows nothing: the file could not be fetched (server error, unreachable), per RFC 9309. */
  static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule("/", false)), null);

  private record Rule(String pattern, boolean allow) {}

  private final List<Rule> rules;
  private final Duration crawlDelay;

  private RobotsTxt(List<Rule> rules, Duration crawlDelay) {
    this.rules = ImmutableList.copyOf(rules);
    this.crawlDelay = crawlDelay;
  }

  /**
   * The rules of {@code text} for the crawler whose product token is {@code agent} ("sitrep").
   * Lines that are not {@code field: value} are skipped, never an error.
   */
  static RobotsTxt parse(String text, String agent) {
    String token = agent.toLowerCase(Locale.ROOT);
    String body = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    List<Group> groups = new ArrayList<>();
    Group current = null;
    boolean inAgents = false;
    for (String raw : body.split("\\R")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      switch (field) {
        case "user-agent" -> {
          if (!inAgents) {
            current = new Group();
            groups.add(current);
            inAgents = true;
          }
          current.agents.add(value.toLowerCase(Locale.ROOT).split("/", 2)[0].strip());
        }
        case "allow", "disallow" -> {
          inAgents = false;
          if (current != null && !value.isEmpty()) {
            current.rules.add(new Rule(value, field.equals("allow")));
          }
        }
        case "crawl-delay" -> {
          inAgents = false;
          if (current != null) {
            current.crawlDelay = seconds(value);
          }
        }
        default -> inAgents = false; // sitemap and the like end a run of user-agent lines
      }
    }
    List<Group> mine = groups.stream().filter(g -> g.agents.contains(token)).toList();
    if (mine.isEmpty()) {
      mine = groups.stream().filter(g -> g.agents.contains("*")).toList();
    }
    List<Rule> rules = new ArrayList<>();
    Duration delay = null;
    for (Group g : mine) {
      rules.addAll(g.rules);
      if (g.crawlDelay != null && (delay == null || g.crawlDelay.compareTo(delay) > 0)) {
        delay = g.crawlDelay;
      }
    }
    return new RobotsTxt(rules, delay);
  }

  /** Whether the crawler may fetch {@code pathAndQuery} (the raw path, plus {@code ?query}). */
  boolean allows(String pathAndQuery) {
    String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    if (path.equals("/robots.txt")) {
      return true;
    }
    Rule best = null;
    int bestLength = -1;
    for (Rule r : rules) {
      if (matches(r.pattern(), path)) {
        int length = r.pattern().length();
        if (length > bestLength || length == bestLength && r.allow()) {
          best = r;
          bestLength = length;
        }
      }
    }
    return best == null || best.allow();
  }

  /** The crawl delay the file asks of us, or null when it asks none. */
  Duration crawlDelay() {
    return crawlDelay;
  }

  /** Whether {@code pattern} ({@code *} wildcards, final {@code $}) matches a prefix of path. */
  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    return match(p, 0, path, 0, anchored);
  }

  private static boolean match(String p, int pi, String s, int si, boolean anchored) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        // Collapse runs of '*' and try every split; patterns are short, so this stays cheap.
        while (pi < p.length() && p.charAt(pi) == '*') {
          pi++;
        }
        if (pi == p.length()) {
          return true;
        }
        for (int k = si; k <= s.length(); k++) {
          if (match(p, pi, s, k, anchored)) {
            return true;
          }
        }
        return false;
      }
      if (si >= s.length() || s.charAt(si) != c) {
        return false;
      }
      pi++;
      si++;
    }
    return !anchored || si == s.length();
  }

  private static Duration seconds(String value) {
    try {
      double s = Double.parseDouble(value);
      if (!(s >= 0) || Double.isInfinite(s)) {
        return null;
      }
      Duration d = Duration.ofMillis((long) (s * 1000));
      return d.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : d;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static final class Group {
    final List<String> agents = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
    Duration crawlDelay;
  }
}
