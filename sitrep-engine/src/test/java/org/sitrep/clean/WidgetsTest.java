package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The widget lexicon: its format, its matching, and that story lines never match it. */
class WidgetsTest {
  private static final Widgets STANDARD = Widgets.standard();

  private static Widgets parse(String text) throws IOException {
    return Widgets.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void phrasesMatchWholeLinesIgnoringCasePunctuationAndSpacing() throws IOException {
    Widgets w = parse("# test\n@phrases comment widget\nleave a reply\nyour email address will not"
        + " be published *\n@phrases wire footer\nour standards the example trust principles\n");
    assertThat(w.match("Leave a Reply")).isEqualTo("comment widget");
    assertThat(w.match("  LEAVE A REPLY!  ")).isEqualTo("comment widget");
    assertThat(w.match("Your email address will not be published. Required fields are marked *"))
        .isEqualTo("comment widget");
    assertThat(w.match("Your email address will not be published.")).isEqualTo("comment widget");
    assertThat(w.match("Our Standards:The Example Trust Principles.")).isEqualTo("wire footer");
    assertThat(w.match("Residents leave a reply to the governor's letter on the wall."))
        .isNull();
    assertThat(w.match("Leave a reply")).isNotNull();
  }

  @Test
  void starIsAnyWordsAndNIsANumber() throws IOException {
    Widgets w = parse("@phrases live-blog chrome\n<n> min ago\n* no longer supports old browsers"
        + " *\n<n>h ago\n");
    assertThat(w.match("12 min ago")).isEqualTo("live-blog chrome");
    assertThat(w.match("3h ago")).isEqualTo("live-blog chrome");
    assertThat(w.match("twelve min ago")).isNull();
    assertThat(w.match("This site no longer supports old browsers. Please upgrade."))
        .isEqualTo("live-blog chrome");
    assertThat(w.match("No longer supports old browsers")).isEqualTo("live-blog chrome");
  }

  @Test
  void aLineOfInterfaceWordsIsALabel() throws IOException {
    Widgets w = parse("@words interface label\nchevron\ndown\nmenu\nclose\n");
    assertThat(w.match("Chevron-down Menu")).isEqualTo("interface label");
    assertThat(w.match("close")).isEqualTo("interface label");
    assertThat(w.match("Close the border")).isNull();
  }

  @Test
  void malformedLexiconsAreRejectedWithTheLine() {
    assertThatThrownBy(() -> parse("leave a reply\n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> parse("@words a\nx\n@words b\ny\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only one @words");
  }

  @Test
  void theShippedLexiconCoversEachFamily() {
    assertThat(STANDARD.match("Leave a Reply")).isEqualTo("comment widget");
    assertThat(STANDARD.match("You have entered an incorrect email address!"))
        .isEqualTo("comment widget");
    assertThat(STANDARD.match("Be the first to comment")).isEqualTo("comment widget");
    assertThat(STANDARD.match("Share this:")).isEqualTo("share widget");
    assertThat(STANDARD.match("Click to share on Facebook (Opens in new window)"))
        .isEqualTo("share widget");
    assertThat(STANDARD.match("Already a subscriber? Log in")).isEqualTo("subscription box");
    assertThat(STANDARD.match("You have read 3 of 5 free articles this month."))
        .isEqualTo("subscription box");
    assertThat(STANDARD.match("Video Player is loading.")).isEqualTo("video player");
    assertThat(STANDARD.match("Duration 0:00")).isEqualTo("video player");
    assertThat(STANDARD.match("Scroll to Top")).isEqualTo("scroll to top");
    assertThat(STANDARD.match("Show key events only")).isEqualTo("live-blog chrome");
    assertThat(STANDARD.match("25 minutes ago")).isEqualTo("live-blog chrome");
    assertThat(STANDARD.match("Skip to main content")).isEqualTo("browser notice");
    assertThat(STANDARD.match("Story continues below advertisement"))
        .isEqualTo("advertisement notice");
    assertThat(STANDARD.match("Was this article helpful?")).isEqualTo("feedback prompt");
    assertThat(STANDARD.match("This material may not be published, broadcast, rewritten or"
        + " redistributed without permission."))
        .isEqualTo("wire footer");
    assertThat(STANDARD.match("Facebook Twitter Email")).isEqualTo("interface label");
  }

  @Test
  void storyLinesAreNeverWidgets() {
    for (String line : new String[] {
        "Rebels said they would leave the town by Friday.",
        "Duration of the truce remains unclear, officials said.",
        "The comments drew an angry reply from the ministry.",
        "Key events in the siege of Kadrina",
        "Share prices fell after the announcement.",
        "Play resumed after a two-hour delay.",
        "Top commanders met in the capital on Monday.",
        "Back to the front: soldiers return after leave"}) {
      assertThat(STANDARD.match(line)).as(line).isNull();
    }
    assertThat(STANDARD.match("x".repeat(Widgets.MAX_LINE + 1))).isNull();
  }

  @Test
  void twoWidgetStringsRunTogetherAreOneWidgetLine() throws IOException {
    Widgets w = parse("@phrases advertisement notice\ncontinue reading the main story\n"
        + "share on *\n@phrases video player\nup next\n@words interface label\nadvertisement\n"
        + "video\nclose\n");
    assertThat(w.match("Advertisement Continue reading the main story"))
        .isEqualTo("advertisement notice");
    assertThat(w.match("Up next: Continue reading the main story"))
        .isEqualTo("advertisement notice");
    assertThat(w.match("Continue reading the main story Video")).isEqualTo("interface label");
    // a phrase with * never takes part: its open end would swallow story words
    assertThat(w.match("Advertisement Share on the border crossing")).isNull();
    // two runs of interface words are still held to the shorter words-only limit
    assertThat(w.match("video close video close video close video close video close")).isNull();
    assertThat(w.match("Advertisement for the new militia recruits drew protests")).isNull();
  }

  @Test
  void adSponsorNewsletterAndListenLinesAreWidgets() {
    assertThat(STANDARD.match("Advertisement Continue reading the main story"))
        .isEqualTo("advertisement notice");
    assertThat(STANDARD.match("Continue reading")).isEqualTo("advertisement notice");
    assertThat(STANDARD.match("Continue Reading \u2192")).isEqualTo("advertisement notice");
    assertThat(STANDARD.match("Supported by")).isEqualTo("advertisement notice");
    assertThat(STANDARD.match("Scroll down for video")).isEqualTo("advertisement notice");
    assertThat(STANDARD.match("Newsletter Sign Up Continue")).isEqualTo("subscription box");
    assertThat(STANDARD.match("Listen to this article \u00b7 5:12 min"))
        .isEqualTo("video player");
    assertThat(STANDARD.match("Listen to this article 7 min")).isEqualTo("video player");
    assertThat(STANDARD.match("Chat with us in Facebook Messenger. Find out what is new in"
        + " Veloria as it unfolds.")).isEqualTo("social prompt");
  }

  @Test
  void proseAboutReadingNewslettersAndSponsorsIsNoWidget() {
    for (String line : new String[] {
        "Continue reading the report, the minister told the assembly, and you will see.",
        "Continue to the next checkpoint, the soldiers were told.",
        "Continued shelling forced families out of Marrow Hill on Sunday.",
        "Supported by artillery, the brigade advanced on Tarnok.",
        "The group's newsletter, sign-up only, carried the warning.",
        "She signed up for a newsletter about the war in Veloria.",
        "Listen to this article's critics and you hear a different war.",
        "Scroll down the list of names and you find her brother.",
        "Chat with us, the rebels told the villagers."}) {
      assertThat(STANDARD.match(line)).as(line).isNull();
    }
  }
}
