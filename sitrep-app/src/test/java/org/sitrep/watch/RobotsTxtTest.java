package org.sitrep.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** robots.txt rules after RFC 9309, on invented files. */
class RobotsTxtTest {

  @Test
  void ourGroupWinsOverTheWildcardAndTheLongestRuleDecides() {
    RobotsTxt r = RobotsTxt.parse("""
        # invented
        User-agent: *
        Disallow: /

        User-agent: OtherBot
        User-agent: Sitrep/2.0
        Disallow: /private/
        Allow: /private/open
        Crawl-delay: 3
        """, "sitrep");
    assertThat(r.allows("/news/today")).isTrue();
    assertThat(r.allows("/private/x")).isFalse();
    assertThat(r.allows("/private/open/x")).isTrue();
    assertThat(r.allows("/robots.txt")).isTrue();
    assertThat(r.crawlDelay()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void theWildcardGroupAppliesWhenNoneNamesUs_andGroupsForOneAgentCombine() {
    RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /a\n\nUser-agent: *\nDisallow: /b\n"
        + "Disallow:\n", "sitrep");
    assertThat(r.allows("/a/1")).isFalse();
    assertThat(r.allows("/b")).isFalse();
    assertThat(r.allows("/c")).isTrue();
    assertThat(RobotsTxt.parse("User-agent: other\nDisallow: /\n", "sitrep").allows("/x")).isTrue();
    assertThat(RobotsTxt.parse("", "sitrep").allows("/x")).isTrue();
  }

  @Test
  void wildcardsAndEndAnchors() {
    RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\n"
        + "Allow: /*.pdf$x\n", "sitrep");
    assertThat(r.allows("/files/report.pdf")).isFalse();
    assertThat(r.allows("/files/report.pdf?download=1")).isTrue();
    assertThat(r.allows("/search?lang=en&q=velmora")).isFalse();
    assertThat(r.allows("/searching")).isTrue();
    // A tie between allow and disallow of equal length goes to allow.
    RobotsTxt tie = RobotsTxt.parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "sitrep");
    assertThat(tie.allows("/page")).isTrue();
  }

  @Test
  void garbageLinesAndAHugeCrawlDelayAreHandled() {
    RobotsTxt r = RobotsTxt.parse("this is not robots\n<html>\nUser-agent: *\nCrawl-delay: 86400\n"
        + "Disallow: /x\n", "sitrep");
    assertThat(r.allows("/x")).isFalse();
    assertThat(r.crawlDelay()).isEqualTo(RobotsTxt.MAX_CRAWL_DELAY);
    assertThat(RobotsTxt.DISALLOW_ALL.allows("/anything")).isFalse();
    assertThat(RobotsTxt.DISALLOW_ALL.allows("/robots.txt")).isTrue();
  }
}
