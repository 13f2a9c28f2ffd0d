package org.sitrep.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.app.DataLocation;
import org.sitrep.app.Inputs;
import org.sitrep.app.RunListener;
import org.sitrep.app.SitrepService;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.RegistryActor;
import org.sitrep.stories.Story;

/**
 * Benchmark, not a test (issue 8, part 5): latency of the HTTP API on a store of many articles,
 * on loopback, bounded in count. It analyses the bundled sample corpus once with the standard
 * analysis, then stores {@code ARTICLES} copies of those analyses under new ids, outlets and titles
 * (every annotation is the real analysis of a real-sized article; only the identity varies, so
 * the store, the registry and the index grow as they would), starts the server the way {@code
 * sitrep serve} does, and sends {@code REQUESTS} requests of each kind one after the other from
 * one client after a warm-up (each kind stops after 60 s, at no fewer than 5 requests): search, article, actor, events (three filters) and stories. It
 * prints p50, p99 and the maximum per kind in milliseconds. Before measuring it computes the
 * stored story pages as {@code sitrep serve} does when it starts, and says how long that took.
 *
 * <p>Run from the project root (it reads {@code samples/}): {@code java -Xmx3g -cp
 * target/sitrep.jar:sitrep-app/target/test-classes:sitrep-engine/target/test-classes org.sitrep.api.LoadBenchmark [ARTICLES] [REQUESTS]
 * [DIR]} (defaults 10,000, 200 and a new temporary folder; a DIR that holds a store from
 * an earlier run is reused, migrated to the current schema if older). Figures are in the README; the target is p99 under 100 ms on two
 * cores.
 */
public final class LoadBenchmark {
  private static final String[] OUTLETS = {"Levant Wire", "Continental Ledger", "Harbor Daily",
      "Meridian Post", "Northgate Radio", "Sable Times", "Union Courier", "Eastline News"};

  /** The most time one kind of request may take, warm-up apart. */
  private static final long BUDGET_NANOS = 60_000_000_000L;

  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    // a third argument keeps the store there, and reuses it when it is already there
    boolean reuse = args.length > 2 && Files.isDirectory(Path.of(args[2], "index"));
    Path dir = args.length > 2 ? Files.createDirectories(Path.of(args[2]))
        : Files.createTempDirectory("sitrep-load");
    DataLocation location = DataLocation.embedded(dir);

    List<AnalyzedArticle> analysed = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    long t0 = System.nanoTime();
    if (reuse) {
      try (ArticleStore store = ArticleStore.openEmbedded(dir)) {
        for (int i = 0; i < total; i++) {
          String id = String.format(Locale.ROOT, "load-%06d", i);
          ids.add(id);
          if (i < 50) {
            store.load(id).ifPresent(analysed::add);
          }
        }
      }
      System.out.printf(Locale.ROOT, "reusing the store in %s (migrated if older) in %.1f s%n",
          dir, (System.nanoTime() - t0) / 1e9);
    } else {
      Inputs in = Inputs.read(List.of(Path.of("samples")), System.err::println);
      SitrepService.analyzeWithoutStore(in.articles(), SitrepService.analyzer(null, true), 2,
          analysed::add, RunListener.SILENT);
      System.out.printf(Locale.ROOT, "analysed %d sample articles in %.1f s%n", analysed.size(),
          (System.nanoTime() - t0) / 1e9);

      t0 = System.nanoTime();
      try (ArticleStore store = ArticleStore.openEmbedded(dir);
          SearchIndex index = SearchIndex.open(location.indexDir())) {
        for (int i = 0; i < total; i++) {
          AnalyzedArticle copy = copy(analysed.get(i % analysed.size()), i);
          store.save(copy);
          index.index(copy);
          ids.add(copy.id());
        }
        index.commit();
      }
      System.out.printf(Locale.ROOT, "stored and indexed %,d articles in %.1f s%n", total,
          (System.nanoTime() - t0) / 1e9);
    }

    try (SitrepService app = SitrepService.open(location);
        ApiServer server = ApiServer.start(app,
            new ApiConfig("127.0.0.1", 0, null, 64 * 1024, Integer.MAX_VALUE))) {
      String base = "http://127.0.0.1:" + server.port();
      // as sitrep serve does once it listens: every story's page computed and stored
      t0 = System.nanoTime();
      int pages = ApiServer.refreshStoryPages(app, RunListener.SILENT);
      System.out.printf(Locale.ROOT, "stories built and %d story page(s) computed in %.1f s%n",
          pages, (System.nanoTime() - t0) / 1e9);
      List<String> names = app.actors(50).stream().map(RegistryActor::canonicalName).toList();
      List<String> terms = searchTerms(analysed);
      List<String> storyIds = app.stories().stream().map(Story::id).limit(50).toList();
      Random random = new Random(42);
      Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
      kinds.put("search", i -> "/api/search?q=" + enc(pick(terms, random)));
      kinds.put("search+outlet", i -> "/api/search?q=" + enc(pick(terms, random)) + "&source="
          + enc(OUTLETS[random.nextInt(OUTLETS.length)]));
      kinds.put("article", i -> "/api/articles/" + enc(pick(ids, random)));
      kinds.put("actor", i -> "/api/actors/" + enc(pick(names, random)));
      kinds.put("events by actor", i -> "/api/events?limit=50&actor=" + enc(pick(names, random)));
      kinds.put("events by root", i -> "/api/events?limit=50&root="
          + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(20)));
      kinds.put("events by outlet", i -> "/api/events?limit=50&source="
          + enc(OUTLETS[random.nextInt(OUTLETS.length)]));
      kinds.put("stories", i -> "/api/stories?limit=50");
      if (!storyIds.isEmpty()) {
        kinds.put("story", i -> "/api/stories/" + enc(pick(storyIds, random)));
      }
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      System.out.printf(Locale.ROOT, "%-18s %8s %8s %8s %8s%n", "request", "n", "p50 ms",
          "p99 ms", "max ms");
      for (Map.Entry<String, IntFunction<String>> kind : kinds.entrySet()) {
        int planned = kind.getKey().startsWith("stor") ? Math.max(20, requests / 10) : requests;
        long warmUntil = System.nanoTime() + BUDGET_NANOS / 6;
        for (int i = 0; i < Math.max(5, planned / 10) && System.nanoTime() < warmUntil; i++) {
          get(client, base + kind.getValue().apply(i));
        }
        // bounded in count and in time: a slow kind reports on the requests it managed
        long[] all = new long[planned];
        int n = 0;
        long until = System.nanoTime() + BUDGET_NANOS;
        while (n < planned && (n < 5 || System.nanoTime() < until)) {
          all[n] = get(client, base + kind.getValue().apply(n));
          n++;
        }
        long[] nanos = Arrays.copyOf(all, n);
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-18s %8d %8.1f %8.1f %8.1f%n", kind.getKey(), n,
            ms(nanos[n / 2]), ms(nanos[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)]),
            ms(nanos[n - 1]));
      }
    }
  }

  /** The time one GET takes, body read; fails on any status but 200 and 404. */
  private static long get(HttpClient client, String url) throws Exception {
    long s = System.nanoTime();
    HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    long took = System.nanoTime() - s;
    if (r.statusCode() != 200 && r.statusCode() != 404) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + ": "
          + new String(r.body(), StandardCharsets.UTF_8));
    }
    return took;
  }

  /** Copy {@code i} of an analysed article: its own id, content hash, outlet and title. */
  private static AnalyzedArticle copy(AnalyzedArticle a, int i) {
    String outlet = OUTLETS[i % OUTLETS.length];
    String id = String.format(Locale.ROOT, "load-%06d", i);
    return new AnalyzedArticle(a.schema(), id, 1, a.contentHash() + "-" + i, a.analysisVersion(),
        outlet, a.url(), a.format(), a.title() + " (" + i + ")", a.published(), a.dateline(),
        a.text(), a.structure(), a.entities(), a.times(), a.numbers(), a.warnings(), a.actors(),
        a.affiliations(), a.places(), a.quotes(), a.claims(), a.events(), outlet, "metadata",
        a.wire(), a.framing());
  }

  /** Words worth searching for: the names of the analysed articles' event participants. */
  private static List<String> searchTerms(List<AnalyzedArticle> analysed) {
    List<String> terms = new ArrayList<>(List.of("ceasefire", "killed", "talks", "shelling"));
    for (AnalyzedArticle a : analysed) {
      for (EventOut e : a.events()) {
        if (e.source() != null && !e.source().isBlank()) {
          terms.add("\"" + e.source().replace("\"", "") + "\"");
        }
      }
    }
    return terms;
  }

  private static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
