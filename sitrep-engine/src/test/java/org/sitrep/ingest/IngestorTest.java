package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.ingest.Fixtures.articles;
import static org.sitrep.ingest.Fixtures.failure;
import static org.sitrep.ingest.Fixtures.failures;
import static org.sitrep.ingest.Fixtures.one;
import static org.sitrep.ingest.Fixtures.read;
import static org.sitrep.ingest.Fixtures.write;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

  @TempDir Path dir;

  @Test
  void plainTextIsKeptExactlyWithTheStemAsId() {
    String text = "  Headline\r\n\r\nBody with  two spaces and “quotes”.\n\n";
    Article a = one(write(dir, "story-1.txt", text));
    assertThat(a.id()).isEqualTo("story-1");
    assertThat(a.text()).isEqualTo(text);
    assertThat(a.format()).isEqualTo(SourceFormat.TEXT);
    assertThat(a.title()).isNull();
    assertThat(a.published()).isNull();
    assertThat(a.source()).isNull();
    assertThat(a.url()).isNull();
    assertThat(a.markup()).isEmpty();
    assertThat(a.warnings()).isEmpty();
    assertThat(a.origin()).isEqualTo(dir.resolve("story-1.txt").toString());
  }

  @Test
  void utf8BomIsNotPartOfTheText() {
    byte[] body = "Ceasefire holds.".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Article a = one(write(dir, "bom.txt", withBom));
    assertThat(a.text()).isEqualTo("Ceasefire holds.");
    assertThat(a.warnings()).isEmpty();
  }

  @Test
  void utf16WithBomIsDecoded() {
    String text = "Talks in Ankara — “progress”, officials said.\n";
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
    assertThat(one(write(dir, "le.txt", le)).text()).isEqualTo(text);
    assertThat(one(write(dir, "be.txt", be)).text()).isEqualTo(text);
  }

  @Test
  void windows1252WithCurlyQuotesFallsBackWithAWarning() {
    // 0x93/0x94 are curly double quotes and 0x97 an em dash in windows-1252, invalid as UTF-8.
    byte[] bytes = {'S', 'h', 'e', ' ', 's', 'a', 'i', 'd', ' ', (byte) 0x93, 'n', 'o', (byte) 0x94,
        ' ', (byte) 0x97, ' ', 'c', 'a', 'f', (byte) 0xE9};
    Article a = one(write(dir, "ansi.txt", bytes));
    assertThat(a.text()).isEqualTo("She said “no” — café");
    assertThat(a.warnings()).containsExactly("not valid UTF-8; decoded as windows-1252");
  }

  @Test
  void bytesUndefinedEvenInWindows1252BecomeReplacementCharacters() {
    byte[] bytes = {'A', 'b', (byte) 0x81, 'c', (byte) 0xC3};
    Article a = one(write(dir, "odd.txt", bytes));
    assertThat(a.text()).isEqualTo("Ab\uFFFDcÃ");
    assertThat(a.warnings()).hasSize(2).anyMatch(w -> w.contains("U+FFFD"));
  }

  @Test
  void emptyAndWhitespaceOnlyFilesFail() {
    assertThat(failure(write(dir, "empty.txt", "")).reason()).isEqualTo("empty file");
    assertThat(failure(write(dir, "blank.txt", " \n\t\r\n ")).reason()).isEqualTo("no text");
  }

  @Test
  void binaryFilesFail() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    IngestResult.Failed f = failure(write(dir, "picture.txt", png));
    assertThat(f.reason()).isEqualTo("binary file, not an article");
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertThat(failure(write(dir, "controls.dat", controls)).reason())
        .isEqualTo("binary file, not an article");
  }

  @Test
  void aFileOverTheByteLimitIsRefusedWithoutReadingIt() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(20L * 1024 * 1024); // sparse: no 20 MB written, and none read
    }
    assertThat(failure(big).reason()).isEqualTo("file is 20.0 MB, over the 16 MB limit");
  }

  @Test
  void anArticleOverTheCharacterLimitIsRefused() {
    Path p = write(dir, "long.txt", "x".repeat(101));
    assertThat(failure(Ingestor.withLimits(1024, 100), p).reason())
        .isEqualTo("article text is 101 characters, over the 100 limit");
    assertThat(read(Ingestor.withLimits(1024, 101), p)).singleElement()
        .isInstanceOf(IngestResult.Ok.class);
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> Ingestor.withLimits(0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ingestor.withLimits(10, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMissingPathFailsAndTheRunGoesOn() {
    Path good = write(dir, "good.txt", "Fighting resumed.");
    List<IngestResult> results = read(dir.resolve("missing.txt"), good);
    assertThat(failures(results)).singleElement().satisfies(f -> {
      assertThat(f.origin()).endsWith("missing.txt");
      assertThat(f.reason()).isEqualTo("no such file or directory");
    });
    assertThat(articles(results)).extracting(Article::id).containsExactly("good");
  }

  @Test
  void anEmptyDirectoryFails() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    write(empty, ".hidden.txt", "not read");
    IngestResult.Failed f = failure(empty);
    assertThat(f.reason()).isEqualTo("no article files in " + empty);
  }

  @Test
  void directoriesAreReadRecursivelyInSortedOrderSkippingHiddenFiles() {
    write(dir, "b.txt", "Bravo.");
    write(dir, "a/z.txt", "Zulu.");
    write(dir, "a/c.txt", "Charlie.");
    write(dir, ".git/config", "hidden dir");
    write(dir, ".hidden.txt", "hidden file");
    List<IngestResult> results = read(dir);
    assertThat(results).allMatch(IngestResult.Ok.class::isInstance);
    assertThat(articles(results)).extracting(Article::id).containsExactly("c", "z", "b");
  }

  @Test
  void badFilesInADirectoryFailAloneAndTheRestIsRead() {
    write(dir, "1.txt", "First.");
    write(dir, "2.txt", "");
    write(dir, "3.bin", new byte[] {0, 1, 2, 3, 0, 0});
    write(dir, "4.txt", "Fourth.");
    List<IngestResult> results = read(dir);
    assertThat(results).extracting(IngestResult::origin).containsExactly(
        dir.resolve("1.txt").toString(), dir.resolve("2.txt").toString(),
        dir.resolve("3.bin").toString(), dir.resolve("4.txt").toString());
    assertThat(failures(results)).extracting(IngestResult.Failed::reason)
        .containsExactly("empty file", "binary file, not an article");
  }

  @Test
  void unreadableFilesFail() throws IOException {
    Path p = write(dir, "secret.txt", "Hidden text.");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(p), "running as a user who can read any file (root)");
    assertThat(failure(p).reason()).startsWith("cannot read");
  }

  @Test
  void theSameIdFromTwoOriginsFailsTheLaterOne() {
    Path first = write(dir, "x/report.txt", "One.");
    Path second = write(dir, "y/report.html", "<html><body><p>Two.</p></body></html>");
    List<IngestResult> results = read(first, second);
    assertThat(results.get(0)).isInstanceOf(IngestResult.Ok.class);
    assertThat(results.get(1)).isEqualTo(new IngestResult.Failed(second.toString(),
        "duplicate id report (already read from " + first + ")"));
  }

  @Test
  void aFileNamedTwiceIsReadOnce() {
    Path p = write(dir, "once.txt", "Once.");
    assertThat(read(p, dir.resolve(".").resolve("once.txt"), dir)).singleElement()
        .isInstanceOf(IngestResult.Ok.class);
  }

  @Test
  void idsAndContentAreStableAcrossReadsAndPathSpellings() throws IOException {
    Path p = write(dir, "stable.txt", "Same text.");
    Files.createDirectory(dir.resolve("sub"));
    Article a = one(p);
    Article b = one(dir.resolve("sub/..").resolve("stable.txt"));
    assertThat(b.id()).isEqualTo(a.id()).isEqualTo("stable");
    assertThat(b.contentHash()).isEqualTo(a.contentHash());
  }

  @Test
  void readingIsLazy() throws IOException {
    write(dir, "1.txt", "One.");
    write(dir, "2.txt", "Two.");
    Ingestor ingestor = Ingestor.withDefaults();
    try (Stream<IngestResult> s = ingestor.read(List.of(dir))) {
      // Deleting a file the stream has not reached yet turns into a failure for that file only.
      AtomicInteger seen = new AtomicInteger();
      List<IngestResult> results = s.peek(r -> {
        if (seen.getAndIncrement() == 0) {
          try {
            Files.delete(dir.resolve("2.txt"));
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        }
      }).toList();
      assertThat(results).hasSize(2);
      assertThat(results.get(1)).isEqualTo(
          new IngestResult.Failed(dir.resolve("2.txt").toString(), "no such file or directory"));
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
