package org.sitrep.ingest;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.sitrep.core.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads article files (plain text, HTML, RSS, Atom, JSON Lines) into {@link Article}s.
 *
 * <p>Every input yields results, never an exception: a missing path, an empty, binary, oversized or
 * undecodable file, a broken JSON line or a feed without items becomes an {@link
 * IngestResult.Failed} naming the origin and the reason, and reading goes on with the next input.
 * Formats are recognised from content, the extension only settling ambiguous cases. A file's size is
 * checked before it is read, and JSON Lines are read one line at a time.
 *
 * <p>Each article's outlet and wire credit are settled as it is read (see {@link OutletResolver}).
 *
 * <p>Instances hold only their limits and outlet tables: they are immutable and thread-safe. Each
 * {@link #read} call is independent (duplicate ids are detected within one call).
 */
public final class Ingestor {

  private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

  /** Enough of a file to see its BOM, prolog and first tag or line, and to judge if it is binary. */
  private static final int SNIFF_BYTES = 8192;

  private final Limits limits;
  private final OutletResolver outlets;

  private Ingestor(Limits limits, OutletResolver outlets) {
    this.limits = limits;
    this.outlets = checkNotNull(outlets, "outlets");
  }

  /**
   * An ingestor that refuses files over 16 MiB and article texts over 1,000,000 characters, with
   * the built-in outlet tables.
   */
  public static Ingestor withDefaults() {
    return new Ingestor(Limits.DEFAULT, OutletResolver.withDefaults());
  }

  /** This ingestor with other outlet tables. */
  public Ingestor withOutlets(OutletResolver resolver) {
    return new Ingestor(limits, resolver);
  }

  /**
   * An ingestor with the given limits.
   *
   * @param maxFileBytes files larger than this are refused without being read; positive
   * @param maxArticleChars articles whose text is longer than this are refused; positive
   */
  public static Ingestor withLimits(long maxFileBytes, int maxArticleChars) {
    return new Ingestor(new Limits(maxFileBytes, maxArticleChars), OutletResolver.withDefaults());
  }

  /**
   * Reads files and directories (recursively, in sorted path order, skipping hidden files and
   * directories), lazily: a file is opened only when the stream reaches it. A file named twice is
   * read once. When an id is produced a second time from a different origin, the later result is
   * a failure naming the first origin. Close the stream when abandoning it early, so that an open
   * JSON Lines file is released.
   *
   * @param paths files or directories; a path that does not exist yields a failure
   * @return one result per article or per failure, in input order; sequential
   */
  public Stream<IngestResult> read(List<Path> paths) {
    List<Path> inputs = ImmutableList.copyOf(checkNotNull(paths, "paths"));
    Set<Path> seenFiles = ConcurrentHashMap.newKeySet();
    Map<String, String> seenIds = new ConcurrentHashMap<>();
    return inputs.stream()
        .flatMap(p -> readPath(p, seenFiles))
        .map(r -> checkDuplicate(r, seenIds))
        .map(this::resolveOutlet);
  }
  /**
   * The articles {@code paths} hold, by id (the first read of an id wins), and a one-line
   * "origin: reason" for each input that failed: what an evaluation needs to look articles up by
   * the ids its gold names.
   */
  public ById readById(List<Path> paths) {
    Map<String, Article> articles = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    try (Stream<IngestResult> results = read(paths)) {
      results.forEach(r -> {
        if (r instanceof IngestResult.Ok ok) {
          articles.putIfAbsent(ok.article().id(), ok.article());
        } else if (r instanceof IngestResult.Failed f) {
          failures.add(f.origin() + ": " + f.reason());
        }
      });
    }
    return new ById(articles, failures);
  }

  /**
   * Articles read by id, in input order, and the failures met on the way.
   *
   * @param articles the articles by id
   * @param failures one "origin: reason" per input that could not be read
   */
  public record ById(Map<String, Article> articles, List<String> failures) {
    public ById {
      articles = Collections.unmodifiableMap(new LinkedHashMap<>(articles));
      failures = List.copyOf(failures);
    }
  }


  /**
   * Reads one document held in memory (a page or feed fetched over HTTP) exactly as {@link #read}
   * reads a file: the same format sniffing, size and binary checks, parsers, one-line failures and
   * outlet resolution, except that a feed item with neither content nor description is an article
   * with empty text rather than a failure, so that the caller can fetch its page. Never throws for
   * bad content.
   *
   * @param body the document's bytes, in whatever encoding it came in
   * @param origin where it came from (an address), named in failures and in each article's origin
   * @param name a file-like name whose stem is the id of a one-article document and whose
   *     extension settles ambiguous formats ({@code page.html}, {@code feed.xml})
   * @return one result per article or failure, in document order
   */
  public List<IngestResult> read(byte[] body, String origin, String name) {
    checkNotNull(body, "body");
    checkNotNull(origin, "origin");
    checkNotNull(name, "name");
    if (body.length == 0) {
      return List.of(new IngestResult.Failed(origin, "empty document"));
    }
    String tooLarge = limits.fileTooLarge(body.length);
    if (tooLarge != null) {
      return List.of(new IngestResult.Failed(origin, tooLarge));
    }
    int headLength = Math.min(body.length, SNIFF_BYTES);
    String sniffText = Decoding.sniff(body, headLength);
    if (BinarySniffer.looksBinary(body, headLength, sniffText)) {
      return List.of(new IngestResult.Failed(origin, BinarySniffer.REASON));
    }
    FormatSniffer.Sniff sniff = FormatSniffer.sniff(sniffText, name);
    if (sniff.failure() != null) {
      return List.of(new IngestResult.Failed(origin, sniff.failure()));
    }
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    Map<String, String> seenIds = new java.util.HashMap<>();
    return readWhole(body, sniff.format(), origin, stem, true).stream()
        .map(r -> checkDuplicate(r, seenIds))
        .map(this::resolveOutlet)
        .toList();
  }

  /**
   * Reads one record of a table whose columns are the JSON Lines fields ({@code id}, {@code
   * title}, {@code text}, {@code published}, {@code source}, {@code url}; a Parquet row, say),
   * given as one JSON object, exactly as {@link #read} reads one JSON line: the same rules,
   * limits, warnings, one-line failures and outlet resolution, so the article is the one the
   * record would give as a line of a JSON Lines file. Finding ids read twice is the caller's task.
   *
   * @param json the record as one JSON object (absent and null fields alike)
   * @param format the table's format, which the article keeps as its source format
   * @param origin where it came from (say {@code path#row N}), named in failures and the article
   * @param defaultId the id when the record has none
   */
  public IngestResult readRecord(String json, SourceFormat format, String origin,
      String defaultId) {
    checkNotNull(json, "json");
    checkNotNull(format, "format");
    checkNotNull(origin, "origin");
    checkNotNull(defaultId, "defaultId");
    return resolveOutlet(JsonLinesReader.parseLine(json, format, List.of(), origin, defaultId,
        limits));
  }

  private Stream<IngestResult> readPath(Path path, Set<Path> seenFiles) {
    if (!Files.exists(path)) {
      return failed(path.toString(), "no such file or directory");
    }
    if (!Files.isDirectory(path)) {
      return seenFiles.add(fileKey(path)) ? readFile(path) : Stream.empty();
    }
    List<Path> files;
    try {
      files = articleFiles(path);
    } catch (IOException e) {
      return failed(path.toString(), "cannot list directory: " + describe(e));
    }
    if (files.isEmpty()) {
      return failed(path.toString(), "no article files in " + path);
    }
    return files.stream().filter(f -> seenFiles.add(fileKey(f))).flatMap(this::readFile);
  }

  /**
   * The files a directory holds for reading, as every front end reads a directory: all regular
   * files below it, in sorted order, hidden ones (a leading dot) and their directories skipped,
   * symlinked directories followed once (never into a cycle). The Spark job lists its inputs with
   * it so that both read the same files in the same order.
   *
   * @throws IOException when a directory cannot be listed
   */
  public static List<Path> articleFiles(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    collectFiles(dir, out, new HashSet<>());
    return out;
  }

  private static void collectFiles(Path dir, List<Path> out, Set<Path> visitedDirs)
      throws IOException {
    // Following a symlinked directory is useful; following one into a cycle is not.
    if (!visitedDirs.add(fileKey(dir))) {
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        if (!p.getFileName().toString().startsWith(".")) {
          entries.add(p);
        }
      }
    }
    entries.sort(null);
    for (Path p : entries) {
      if (Files.isDirectory(p)) {
        collectFiles(p, out, visitedDirs);
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      }
    }
  }

  /**
   * What tells two paths to one file apart: its real path, or its absolute normal form when it
   * cannot be resolved. A file named twice (directly and through a directory) is read once.
   */
  public static Path fileKey(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  private Stream<IngestResult> readFile(Path path) {
    String origin = path.toString();
    try {
      BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
      if (!attrs.isRegularFile()) {
        return failed(origin, "not a regular file");
      }
      long size = attrs.size();
      if (size == 0) {
        return failed(origin, "empty file");
      }
      String tooLarge = limits.fileTooLarge(size);
      if (tooLarge != null) {
        return failed(origin, tooLarge);
      }
      byte[] head = readHead(path);
      String sniffText = Decoding.sniff(head, head.length);
      if (BinarySniffer.looksBinary(head, head.length, sniffText)) {
        return failed(origin, BinarySniffer.REASON);
      }
      if (sniffText.isBlank() && size <= head.length) {
        return failed(origin, "no text");
      }
      FormatSniffer.Sniff sniff = FormatSniffer.sniff(sniffText, path.getFileName().toString());
      if (sniff.failure() != null) {
        return failed(origin, sniff.failure());
      }
      String stem = stem(path);
      Decoding.Bom bom = Decoding.bom(head, head.length);
      if (sniff.format() == SourceFormat.JSONL
          && (bom == null || bom.charset().name().equals("UTF-8"))) {
        return JsonLinesReader.read(path, stem, limits);
      }
      byte[] bytes = Files.readAllBytes(path);
      // The file may have grown since it was measured.
      tooLarge = limits.fileTooLarge(bytes.length);
      if (tooLarge != null) {
        return failed(origin, tooLarge);
      }
      return readWhole(bytes, sniff.format(), origin, stem, false).stream();
    } catch (NoSuchFileException e) {
      return failed(origin, "no such file or directory");
    } catch (AccessDeniedException e) {
      return failed(origin, "cannot read: permission denied");
    } catch (IOException e) {
      return failed(origin, "cannot read: " + describe(e));
    }
  }

  private List<IngestResult> readWhole(byte[] bytes, SourceFormat format, String origin, String stem,
      boolean keepTextless) {
    Decoding.Decoded decoded = Decoding.decode(bytes, format != SourceFormat.TEXT);
    String text = decoded.text();
    if (BinarySniffer.looksBinary(text)) {
      return List.of(new IngestResult.Failed(origin, BinarySniffer.REASON));
    }
    if (text.isBlank()) {
      return List.of(new IngestResult.Failed(origin, "no text"));
    }
    try {
      switch (format) {
        case TEXT:
          return List.of(checked(new Article(stem, null, null, null, null, text, SourceFormat.TEXT,
              origin, List.of(), decoded.warnings())));
        case HTML:
          return List.of(html(text, origin, stem, decoded.warnings()));
        case JSONL:
          return JsonLinesReader.read(text, origin, stem, decoded.warnings(), limits);
        default:
          return FeedReader.read(text, format, origin, stem, decoded.warnings(), limits,
              keepTextless);
      }
    } catch (RuntimeException e) {
      // A parser bug on some odd input must cost one file, not the whole run.
      LOG.debug("failed to read {} as {}", origin, format, e);
      return List.of(new IngestResult.Failed(origin,
          "could not read as " + format.label() + ": " + e.getClass().getSimpleName()));
    }
  }

  private IngestResult html(String text, String origin, String stem, List<String> decodeWarnings) {
    HtmlExtractor.Page page = HtmlExtractor.page(text);
    if (page.text().isEmpty()) {
      return new IngestResult.Failed(origin, "no article text found in the HTML");
    }
    List<String> warnings = new ArrayList<>(decodeWarnings);
    String published = PublishedDates.resolve(page.publishedCandidates(), warnings);
    return checked(new Article(stem, page.source(), page.url(),
        MetaTitle.checked(page.title(), warnings), published,
        page.text(), SourceFormat.HTML, origin, page.markup(), warnings));
  }

  private IngestResult checked(Article article) {
    String tooLong = limits.textTooLong(article.text().length());
    return tooLong == null
        ? new IngestResult.Ok(article)
        : new IngestResult.Failed(article.origin(), tooLong);
  }

  private IngestResult resolveOutlet(IngestResult r) {
    return r instanceof IngestResult.Ok ok ? new IngestResult.Ok(outlets.resolve(ok.article())) : r;
  }

  private static IngestResult checkDuplicate(IngestResult r, Map<String, String> seenIds) {
    if (r instanceof IngestResult.Ok ok) {
      String first = seenIds.putIfAbsent(ok.article().id(), ok.origin());
      if (first != null && !first.equals(ok.origin())) {
        return new IngestResult.Failed(ok.origin(),
            "duplicate id " + Messages.quoted(ok.article().id()) + " (already read from "
                + first + ")");
      }
    }
    return r;
  }

  private static byte[] readHead(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(SNIFF_BYTES);
    }
  }

  /** The file name without its last extension: the id of a one-article file. */
  static String stem(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static Stream<IngestResult> failed(String origin, String reason) {
    return Stream.of(new IngestResult.Failed(origin, reason));
  }
}
