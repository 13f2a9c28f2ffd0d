package org.sitrep.watch;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The addresses {@code sitrep watch} polls, read from a {@code FEEDS.txt}: one {@code http} or
 * {@code https} address per line, feeds (RSS, Atom) and article pages alike (what an address
 * serves is recognised from its content, not declared); blank lines and lines starting with
 * {@code #} are ignored, and so is anything after whitespace on a line (room for a note). An
 * address listed twice is polled once, in the order of its first listing.
 *
 * @param addresses the addresses, in file order, without repeats; never empty
 */
public record FeedList(List<URI> addresses) {

  public FeedList {
    addresses = ImmutableList.copyOf(addresses);
    checkArgument(!addresses.isEmpty(), "no feed addresses");
  }

  /**
   * Parses a feed list.
   *
   * @throws IllegalArgumentException naming the line (1-based) of the first address that is not
   *     an absolute http(s) address with a host, or when the list has no address at all
   */
  public static FeedList parse(String text) {
    Set<URI> out = new LinkedHashSet<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String address = line.split("\\s+", 2)[0];
      out.add(address(address, i + 1));
    }
    checkArgument(!out.isEmpty(), "the feed list names no address (one http(s) address a line)");
    return new FeedList(List.copyOf(out));
  }

  private static URI address(String s, int line) {
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("line " + line + ": not an address: " + s);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    checkArgument(scheme.equals("http") || scheme.equals("https"),
        "line %s: only http and https addresses can be watched: %s", line, s);
    checkArgument(uri.getHost() != null && !uri.getHost().isEmpty(),
        "line %s: the address has no host: %s", line, s);
    // "http://example.org" and "http://example.org/" are one resource.
    return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? uri.resolve("/") : uri;
  }
}
