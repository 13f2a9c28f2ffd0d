package org.sitrep.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis version: a short digest of everything that decides what Sitrep outputs for an
 * article, so that the store re-analyses stored articles whenever an upgrade could change their
 * annotations, and only then.
 *
 * <p>What goes in: the bytes of every file under {@code org/sitrep/} where Sitrep's own classes
 * live (its compiled classes and its resource files: lexicons, dictionaries, gazetteer), each with
 * its path, in path order, except the front ends that only read stored results and never shape an
 * article's annotations ({@link #FRONT_ENDS}: the CLI, the application service, the HTTP API and
 * its web app, the exports, the store and search index, and what reads stories out of stored
 * articles: clustering, fusion and reports; the feed watcher), so that a new endpoint or a CLI fix does not re-analyse a whole
 * store; the versions of the libraries whose behaviour shapes the output
 * (CoreNLP and its models, jsoup); and the Java feature release. A user's actor dictionary adds
 * its own digest for the run that uses it ({@link #withActorOverlay}). The release version
 * ({@link Sitrep#RELEASE}) is for people and is not part of it: a rule change between releases
 * changes the analysis version, and a release that changes nothing the analysis reads keeps it.
 *
 * <p>Why computed at first use from the class path, not at build time: the same code must yield
 * the same version whether it runs from {@code target/sitrep.jar}, from {@code target/classes}
 * under Maven's tests, or from an IDE's incremental build, and a digest written by a Maven build
 * step goes stale the moment anything compiles the classes without running that step. Reading
 * what is actually loaded cannot go stale. The jar holds the same bytes as {@code target/classes}
 * under the same paths, so both yield the same version. It costs one pass over about 3 MB, once
 * per process (the result is cached); test classes live elsewhere and never count.
 *
 * <p>When Sitrep's classes are not in a directory or a jar (an unusual class loader), the version
 * falls back to the release followed by {@code +unhashed}, with a warning, so that stored articles
 * are still tagged and will be re-analysed by any build that can compute its digest.
 */
public final class AnalysisVersion {
  private static final Logger LOG = LoggerFactory.getLogger(AnalysisVersion.class);
  /** Where Sitrep's own classes and resources live in a jar or class directory. */
  static final String ROOT = "org/sitrep/";
  /**
   * Packages under {@link #ROOT} left out of the digest: they call the analysis or read its stored
   * output, and nothing in them decides an annotation. A package that starts to (a rule moved into
   * the CLI, say) must leave this list.
   */
  static final ImmutableSet<String> FRONT_ENDS = ImmutableSet.of(
      ROOT + "cli/", ROOT + "app/", ROOT + "api/", ROOT + "export/", ROOT + "store/",
      ROOT + "search/", ROOT + "stories/", ROOT + "fusion/", ROOT + "report/",
      ROOT + "watch/",
      // the web app's and reports' base map: drawn for people, read by no stage
      ROOT + "geo/BaseMap", ROOT + "geo/Clip", ROOT + "geo/basemap");
  /** Hex digits kept: 48 bits, plenty to tell builds apart. */
  private static final int SHORT = 12;

  private static final Supplier<String> CURRENT = Suppliers.memoize(AnalysisVersion::compute);

  private AnalysisVersion() {}

  /** The analysis version of the code and resources this process runs; computed once. */
  public static String current() {
    return CURRENT.get();
  }

  /**
   * The analysis version of a run that adds a user's actor dictionary: {@code base} followed by
   * {@code +actors-} and a digest of the file's bytes, so that editing the file re-analyses the
   * articles it could change, and a run without it re-analyses them again.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public static String withActorOverlay(String base, Path overlay) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(overlay, "overlay");
    try {
      return base + "+actors-" + shortHex(sha256(Files.readAllBytes(overlay)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + overlay + ": " + e.getMessage(), e);
    }
  }

  private static String compute() {
    Path location = codeLocation();
    if (location == null) {
      LOG.warn("cannot locate Sitrep's classes; analysis version falls back to the release");
      return Sitrep.RELEASE + "+unhashed";
    }
    try {
      Map<String, byte[]> files = Files.isDirectory(location) ? directory(location) : jar(location);
      return digest(files, libraries());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Sitrep's classes at " + location + ": "
          + e.getMessage(), e);
    }
  }

  private static Path codeLocation() {
    CodeSource source = AnalysisVersion.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      Path p = Path.of(source.getLocation().toURI());
      return Files.exists(p) ? p : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The files under {@code org/sitrep/} of a class directory, keyed by their path relative to it
   * with {@code /} separators.
   */
  static ImmutableSortedMap<String, byte[]> directory(Path root) throws IOException {
    checkArgument(Files.isDirectory(root), "not a directory: %s", root);
    ImmutableSortedMap.Builder<String, byte[]> out = ImmutableSortedMap.naturalOrder();
    Path base = root.resolve(ROOT);
    if (!Files.isDirectory(base)) {
      return out.build();
    }
    try (Stream<Path> walk = Files.walk(base)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String rel = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
        if (counts(rel)) {
          out.put(rel, Files.readAllBytes(p));
        }
      }
    }
    return out.build();
  }

  /** Whether a file under {@link #ROOT} goes into the digest: not when it is a front end's. */
  static boolean counts(String path) {
    return FRONT_ENDS.stream().noneMatch(path::startsWith);
  }

  /** The entries under {@code org/sitrep/} of a jar, keyed by their path. */
  static ImmutableSortedMap<String, byte[]> jar(Path jar) throws IOException {
    ImmutableSortedMap.Builder<String, byte[]> out = ImmutableSortedMap.naturalOrder();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (!e.isDirectory() && e.getName().startsWith(ROOT) && counts(e.getName())) {
          try (InputStream in = zip.getInputStream(e)) {
            out.put(e.getName(), in.readAllBytes());
          }
        }
      }
    }
    return out.build();
  }

  /**
   * The versions of the libraries that shape the output, from their jar manifests (else the jar's
   * file name, which carries the version in a Maven layout), and the Java feature release.
   */
  static ImmutableSortedMap<String, String> libraries() {
    return ImmutableSortedMap.of(
        "corenlp", libraryVersion("edu.stanford.nlp.pipeline.StanfordCoreNLP"),
        "jsoup", libraryVersion("org.jsoup.Jsoup"),
        "java", String.valueOf(Runtime.version().feature()));
  }

  private static String libraryVersion(String className) {
    try {
      Class<?> c = Class.forName(className, false, AnalysisVersion.class.getClassLoader());
      String v = c.getPackage() == null ? null : c.getPackage().getImplementationVersion();
      if (v != null) {
        return v;
      }
      CodeSource source = c.getProtectionDomain().getCodeSource();
      return source == null ? "unknown" : Path.of(source.getLocation().toURI()).getFileName()
          .toString();
    } catch (ClassNotFoundException | URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }

  /**
   * The short digest of files (path → bytes) and named library versions: SHA-256 over each
   * path, length and content in path order, then each name and version; the first
   * {@value #SHORT} hex digits. Any byte, path or version that differs changes it.
   */
  static String digest(Map<String, byte[]> files, Map<String, String> libraries) {
    MessageDigest md = sha256();
    for (Map.Entry<String, byte[]> f : ImmutableSortedMap.copyOf(files).entrySet()) {
      md.update(f.getKey().getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(Long.toString(f.getValue().length).getBytes(StandardCharsets.US_ASCII));
      md.update((byte) 0);
      md.update(f.getValue());
    }
    for (Map.Entry<String, String> l : ImmutableSortedMap.copyOf(libraries).entrySet()) {
      md.update((l.getKey() + "=" + l.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return shortHex(md.digest());
  }

  private static String shortHex(byte[] digest) {
    return HexFormat.of().formatHex(digest).substring(0, SHORT);
  }

  private static byte[] sha256(byte[] bytes) {
    return sha256().digest(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
