package org.sitrep.store;

import java.nio.file.Path;

/**
 * Child-JVM entry point for {@link StoreCrashTest}: saves {@link TestArticles#generated} articles
 * 0..n-1 into an embedded store and prints {@code saved <id>} after each save returns, so the
 * parent knows what was committed before it kills this process.
 */
public final class CrashSaver {
  private CrashSaver() {}

  public static void main(String[] args) {
    Path dataDir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    try (ArticleStore store = ArticleStore.openEmbedded(dataDir)) {
      for (int i = 0; i < n; i++) {
        SaveResult r = store.save(TestArticles.generated(i));
        System.out.println("saved " + r.id());
        System.out.flush();
      }
    }
    System.out.println("done");
  }
}
