package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatSnifferTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<?xml version='1.0'?>\\n<rss version='2.0'> | feed.txt | RSS",
      "<?xml version='1.0'?><!-- c --><?xml-stylesheet href='x'?><rss> | f | RSS",
      "<rdf:RDF xmlns:rdf='x'> | f.xml | RSS",
      "<feed xmlns='http://www.w3.org/2005/Atom'> | f.html | ATOM",
      "<!DOCTYPE HTML><html> | page.txt | HTML",
      "<HTML><body> | page | HTML",
      "<body><p>x</p> | page.dat | HTML",
      "<div>fragment</div> | page.htm | HTML",
      "<div>fragment</div> | page | HTML",
      "Just text with <b> later | page.html | HTML",
      "{\"text\":\"x\"} | a.jsonl | JSONL",
      "{\"text\":\"x\"} | a | JSONL",
      "{braces} in a story | a.txt | TEXT",
      "Plain story. | a.md | TEXT",
      "<Reuters> said | a.txt | TEXT",
  })
  void detectsFormatFromContentWithTheExtensionAsAHint(String head, String name, SourceFormat format) {
    FormatSniffer.Sniff sniff = FormatSniffer.sniff(head.replace("\\n", "\n"), name);
    assertThat(sniff.failure()).isNull();
    assertThat(sniff.format()).isEqualTo(format);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "plain words | notes.xml | not an RSS or Atom feed: no XML root element",
      "plain words | notes.jsonl | not JSON Lines: line 1 does not start with '{'",
  })
  void refusesContentContradictingAStrictExtension(String head, String name, String reason) {
    assertThat(FormatSniffer.sniff(head, name).failure()).isEqualTo(reason);
  }
}
