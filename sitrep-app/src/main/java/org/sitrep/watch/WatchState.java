package org.sitrep.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the watcher remembers between cycles and runs, per polled address: the validators of its
 * last full read (for the conditional GET) and the ids of the feed items it has handled (so an
 * item's page is fetched once, not every cycle).
 *
 * <p>Kept in a small JSON file in the data directory ({@code watch-state.json}), not in the
 * store: it is a cache of the crawler's manners, not data anyone queries; it works the same with
 * the embedded database and with {@code --db}; and it needs no schema migration in the store
 * (whose schema other work owns). Losing it costs no duplicates: an item already stored is still
 * recognised through the store ({@link ArticleSink#stored}), and content already stored is skipped
 * before analysis as in {@code sitrep analyze}; at worst every feed is read once more in full.
 * The file is replaced atomically after each feed, so a killed watch loses at most one feed's
 * progress. At most {@link #MAX_SEEN} ids are kept per feed, newest last: far more than any feed
 * lists at once.
 *
 * <p>Thread-safe.
 */
public final class WatchState {
  /** The ids kept per feed. */
  public static final int MAX_SEEN = 5000;
  static final String FILE = "watch-state.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One address's memory.
   *
   * @param validators the validators of the last complete read
   * @param seen ids of the items handled, oldest first
   */
  public record Feed(Validators validators, List<String> seen) {
    public static final Feed NEW = new Feed(Validators.NONE, List.of());

    public Feed {
      validators = validators == null ? Validators.NONE : validators;
      seen = ImmutableList.copyOf(seen);
    }

    /** This memory with more ids seen (kept once, newest last, trimmed to {@link #MAX_SEEN}). */
    public Feed withSeen(List<String> more) {
      Set<String> all = new LinkedHashSet<>(seen);
      for (String id : more) {
        all.remove(id);
        all.add(id);
      }
      List<String> list = new ArrayList<>(all);
      return new Feed(validators, list.subList(Math.max(0, list.size() - MAX_SEEN), list.size()));
    }

    /** This memory with other validators. */
    public Feed withValidators(Validators v) {
      return new Feed(v, seen);
    }
  }

  private final Path file;
  private final Map<String, Feed> feeds;

  private WatchState(Path file, Map<String, Feed> feeds) {
    this.file = file;
    this.feeds = feeds;
  }

  /**
   * The state kept in {@code dir} (empty when there is none yet).
   *
   * @throws IllegalArgumentException when the file exists but is not the watcher's JSON (its
   *     message says which file; delete it to start afresh)
   * @throws IOException when it cannot be read
   */
  public static WatchState load(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    Map<String, Feed> feeds = new LinkedHashMap<>();
    if (Files.exists(file)) {
      JsonNode root;
      try {
        root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(file + " is not valid JSON (delete it to start afresh)");
      }
      JsonNode all = root == null ? null : root.get("feeds");
      if (all == null || !all.isObject()) {
        throw new IllegalArgumentException(file + " has no 'feeds' object (delete it to start"
            + " afresh)");
      }
      all.fields().forEachRemaining(e -> feeds.put(e.getKey(), feed(e.getValue())));
    }
    return new WatchState(file, feeds);
  }

  private static Feed feed(JsonNode n) {
    List<String> seen = new ArrayList<>();
    JsonNode s = n.get("seen");
    if (s != null && s.isArray()) {
      s.forEach(x -> seen.add(x.asText()));
    }
    return new Feed(new Validators(text(n, "etag"), text(n, "last_modified")), seen);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** What is remembered of {@code address}; {@link Feed#NEW} when nothing is. */
  public synchronized Feed get(String address) {
    return feeds.getOrDefault(address, Feed.NEW);
  }

  /** Replaces what is remembered of {@code address} (in memory; see {@link #save}). */
  public synchronized void put(String address, Feed feed) {
    feeds.put(Objects.requireNonNull(address, "address"), Objects.requireNonNull(feed, "feed"));
  }

  /**
   * Writes the state to its file, atomically where the file system allows (a temporary file
   * moved over the old one).
   *
   * @throws IOException when it cannot be written
   */
  public synchronized void save() throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", 1);
    ObjectNode all = root.putObject("feeds");
    for (Map.Entry<String, Feed> e : feeds.entrySet()) {
      ObjectNode f = all.putObject(e.getKey());
      f.put("etag", e.getValue().validators().etag());
      f.put("last_modified", e.getValue().validators().lastModified());
      ArrayNode seen = f.putArray("seen");
      e.getValue().seen().forEach(seen::add);
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(FILE + ".tmp");
    Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root),
        StandardCharsets.UTF_8);
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
