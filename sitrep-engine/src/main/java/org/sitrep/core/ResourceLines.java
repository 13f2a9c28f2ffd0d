package org.sitrep.core;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the word lists that stages ship as resources: UTF-8 text, one entry a line, blank lines and
 * lines starting with {@code #} (the header that says what the list is and why) skipped, each entry
 * stripped of surrounding white space. One reader, so that every list follows the same format.
 */
public final class ResourceLines {
  private ResourceLines() {}

  /**
   * The entries of resource {@code name}, resolved against {@code anchor}'s package, in file order.
   *
   * @throws IllegalStateException if the resource is missing (a packaging error)
   * @throws UncheckedIOException if it cannot be read
   */
  public static ImmutableList<String> of(Class<?> anchor, String name) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource "
            + anchor.getPackageName().replace('.', '/') + "/" + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    return out.build();
  }
}
