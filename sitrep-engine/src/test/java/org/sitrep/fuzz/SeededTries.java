package org.sitrep.fuzz;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a fuzz target on pseudo-random inputs from a fixed seed, so that every build exercises it
 * deterministically (a failure names the seed and try, and reproduces); the coverage-guided runs
 * with Jazzer happen in CI's profile (pom.xml, 'ci').
 */
public final class SeededTries {
  private SeededTries() {}

  /**
   * Calls {@code target} {@code tries} times with inputs of up to {@code maxBytes} random bytes;
   * an error is rethrown with the seed and the try that produced it.
   */
  public static void run(long seed, int tries, int maxBytes, Consumer<byte[]> target) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < tries; i++) {
      byte[] input = new byte[random.nextInt(maxBytes + 1)];
      random.nextBytes(input);
      try {
        target.accept(input);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("fuzz input of seed " + seed + ", try " + i + " failed: " + e, e);
      }
    }
  }
}
