package org.sitrep.store;

/**
 * Child-JVM entry point for {@link StoreCrashTest}: saves {@link TestArticles#generated} articles
 * 0..n-1 into a store (a data directory or a JDBC URL, as {@link StoreBackend#openStore} takes
 * it) and prints {@code saved <id>} after each save returns, so the
 * parent knows what was committed before it kills this process.
 */
public final class CrashSaver {
  private CrashSaver() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[1]);
    try (ArticleStore store = StoreBackend.openStore(args[0])) {
      for (int i = 0; i < n; i++) {
        SaveResult r = store.save(TestArticles.generated(i));
        System.out.println("saved " + r.id());
        System.out.flush();
      }
    }
    System.out.println("done");
  }
}
