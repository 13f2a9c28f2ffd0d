package org.sitrep.ingest;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.core.ResourceLines;

/**
 * Well-known outlets by web host ({@code outlet-hosts.tsv}: host, tab, outlet name): the outlet of
 * an article whose address is known but whose metadata names no outlet. A host matches itself and
 * its subdomains, the longest listed host winning ("edition.example.com" is "example.com"'s). Also
 * answers whether a channel handle ("@dailycourier") is a listed outlet's name written as one word.
 * Immutable and thread-safe.
 */
public final class HostOutlets {
  private static final String RESOURCE = "outlet-hosts.tsv";

  private final ImmutableMap<String, String> byHost;
  private final ImmutableMap<String, String> byCompactName;

  private HostOutlets(Map<String, String> byHost) {
    this.byHost = ImmutableMap.copyOf(byHost);
    Map<String, String> compact = new HashMap<>();
    Map<String, Boolean> clash = new HashMap<>();
    for (String name : byHost.values()) {
      String key = compact(name);
      String seen = compact.putIfAbsent(key, name);
      if (seen != null && !seen.equals(name)) {
        clash.put(key, true);
      }
    }
    // Two outlets that write the same as one word cannot be told apart by a handle.
    clash.keySet().forEach(compact::remove);
    this.byCompactName = ImmutableMap.copyOf(compact);
  }

  /** The built-in table. */
  public static HostOutlets load() {
    return parse(ResourceLines.of(HostOutlets.class, RESOURCE));
  }

  /**
   * A table from lines of {@code host<TAB>outlet name}.
   *
   * @throws IllegalArgumentException for a line without both fields, or a host listed twice
   */
  public static HostOutlets parse(List<String> lines) {
    Map<String, String> map = new HashMap<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      checkArgument(f.length == 2 && !f[0].isBlank() && !f[1].isBlank(),
          "outlet host line needs 'host<TAB>name': %s", line);
      String host = normalizeHost(f[0]);
      checkArgument(map.put(host, f[1].strip()) == null, "host listed twice: %s", host);
    }
    return new HostOutlets(map);
  }

  /** Every listed outlet's name, as the table writes it ("The Daily Courier"), once each. */
  public ImmutableSet<String> names() {
    return ImmutableSet.copyOf(byHost.values());
  }

  /** The outlet whose host the address has, or null (no address, unparseable, not listed). */
  public String outletOfUrl(String url) {
    return outletOfHost(hostOf(url));
  }

  /** The outlet of a host name ("www.example.com", "edition.example.com"), or null. */
  public String outletOfHost(String host) {
    if (host == null || host.isBlank()) {
      return null;
    }
    String h = normalizeHost(host);
    while (true) {
      String name = byHost.get(h);
      if (name != null) {
        return name;
      }
      int dot = h.indexOf('.');
      if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
        return null; // never match a bare top-level domain
      }
      h = h.substring(dot + 1);
    }
  }

  /**
   * The listed outlet a handle names when written as one word, ignoring case and punctuation
   * ("@DailyCourier", "t.me/dailycourier" for "The Daily Courier" also matches "Daily Courier"),
   * or null.
   */
  public String outletOfHandle(String handle) {
    if (handle == null) {
      return null;
    }
    String h = handle.strip();
    int slash = h.lastIndexOf('/');
    String key = compact(slash >= 0 ? h.substring(slash + 1) : h);
    if (key.length() < 3) {
      return null;
    }
    String name = byCompactName.get(key);
    return name != null ? name : byCompactName.get("the" + key);
  }

  /** The host of an address, lower case, without "www."; null when there is none. */
  static String hostOf(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = url.strip();
    if (!u.contains("://")) {
      u = "http://" + u; // "example.com/a/b" as written in metadata
    }
    try {
      String host = new URI(u.replace(" ", "%20")).getHost();
      return host == null ? null : normalizeHost(host);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String normalizeHost(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    for (String prefix : List.of("www.", "m.", "amp.", "mobile.")) {
      if (h.startsWith(prefix) && h.indexOf('.', prefix.length()) > 0) {
        h = h.substring(prefix.length());
      }
    }
    return h;
  }

  private static String compact(String s) {
    StringBuilder sb = new StringBuilder();
    String lower = s.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
