package org.sitrep.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Child-JVM entry point for {@link ConcurrentWritersTest}, standing in for one {@code sitrep
 * analyze} process: saves {@link TestArticles#generated} articles 0..n-1, in an order shuffled by
 * {@code seed}, into the store at a location (as {@link StoreBackend#openStore} takes it), then
 * prints {@code new N unchanged M} and exits 0.
 */
public final class ConcurrentWriter {
  private ConcurrentWriter() {}

  public static void main(String[] args) {
    String location = args[0];
    int n = Integer.parseInt(args[1]);
    long seed = Long.parseLong(args[2]);
    int created = 0;
    int unchanged = 0;
    try (ArticleStore store = StoreBackend.openStore(location)) {
      for (int i : shuffled(n, seed)) {
        switch (store.save(TestArticles.generated(i)).outcome()) {
          case NEW -> created++;
          case UNCHANGED -> unchanged++;
          default -> throw new IllegalStateException("unexpected outcome for article " + i);
        }
      }
    }
    System.out.println("new " + created + " unchanged " + unchanged);
  }

  /** 0..n-1 in an order of its own for each seed. */
  static List<Integer> shuffled(int n, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    return order;
  }
}
