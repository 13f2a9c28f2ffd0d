package org.sitrep.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The general lexicon of page furniture that news sites paste into article text. Patterns match a
 * whole line (paragraph), case-insensitively; each carries the note shown in the output. These
 * describe what publishing systems add (reading-time lines, newsletter, app and social prompts,
 * teaser headings), not any one outlet.
 */
final class Boilerplate {
  private Boilerplate() {}

  /** A whole-line pattern and the reason it is boilerplate. */
  record Rule(Pattern pattern, String note) {}

  private static Pattern p(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  /** "Jan. 09, 2026 • 3 min read": the line ends with the reading time. */
  static final Pattern READING_TIME =
      p(".{0,80}\\b\\d{1,3}\\s*(?:-\\s*)?min(?:ute)?s?\\.?\\s+read\\.?\\s*");

  /**
   * An image file name: a slug of lower-case words joined by hyphens or underscores with a run of
   * digits ("flood-rescue_20270312a"), or any name with an image extension.
   */
  static final Pattern IMAGE_FILE = Pattern.compile("(?=[\\w-]*[a-z])(?=\\S*_|\\S*[-_]\\S*[-_])"
      + "[a-z0-9]+(?:[-_][a-z0-9]+)+"
      + "(?:(?<=\\d{3}[a-z0-9]{0,8})|\\.(?i:jpe?g|png|gif|webp|avif|svg))|[\\w-]+\\.(?i:jpe?g|png|gif"
      + "|webp|avif|svg)");

  /** Lines that are page furniture wherever they occur. Matched only against short lines. */
  static final List<Rule> LINES = List.of(
      new Rule(READING_TIME, "reading time"),
      new Rule(p("(?:sign up for |subscribe to )?(?:our |the )?newsletters?:?"), "newsletter prompt"),
      new Rule(p(".*\\b(?:get|receive|have) (?:the |our )?(?:latest|top|daily|breaking)\\b.*"
          + "\\b(?:inbox|email|delivered)\\b.*"), "newsletter prompt"),
      new Rule(p("(?:sign up|subscribe)(?: now| today| here)?\\b.{0,80}"), "newsletter prompt"),
      new Rule(p("join us on (?:telegram|whatsapp|facebook|x|twitter|instagram|youtube|viber|"
          + "signal|tiktok|linkedin|threads|bluesky)\\b.*"), "social prompt"),
      new Rule(p("follow (?:us|our (?:coverage|reporting|live updates)\\b.*?) on "
          + "(?:telegram|whatsapp|facebook|x|twitter|instagram|youtube|google news|the\\b).*"),
          "social prompt"),
      new Rule(p("follow (?:our|us).{0,60}@\\w+.*"), "social prompt"),
      new Rule(p("(?:download|get) (?:our|the) (?:free )?app\\b.*"), "app prompt"),
      new Rule(p("(?:share|print|email|copy link)(?: this)?(?: article| story| page)?:?"), "share prompt"),
      new Rule(p("(?:advertisement|sponsored(?: content)?|promoted(?: stories)?|ad)"), "advertisement"),
      new Rule(p("(?:read|see) (?:more|also)\\b.{0,120}"), "read-more link"),
      new Rule(p("(?:also read|related|more|more from \\w+|recommended|watch|listen)\\s*:.{0,150}"),
          "related link"),
      // An author's social handle under the story: "Follow Jane Doe on X: @janedoe".
      new Rule(p("follow \\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,3} on (?:twitter|x|instagram|"
          + "facebook|threads|bluesky|mastodon)\\s*:?\\s*@\\w+.{0,40}"), "social prompt"),
      // Syndication notes: "This article originally appeared on …"; and the AP member-exchange
      // source line "Information from: <paper>, <address>", whose colon prose never has.
      new Rule(p("this (?:article|story|post) (?:was )?(?:originally|first) (?:appeared|published)"
          + " (?:on|in|by)\\b.{2,100}"), "syndication line"),
      new Rule(p("information from\\s*:\\s.{2,150}"), "syndication line"),
      new Rule(p("(?:©|\\(c\\)|copyright\\b).{0,150}"), "copyright"),
      new Rule(p(".{0,80}\\ball rights reserved\\.?"), "copyright"),
      new Rule(p("(?:click|tap) here\\b.{0,120}"), "link prompt"),
      new Rule(p("(?:this (?:article|story) (?:was|has been) (?:updated|corrected)\\b.{0,60}|"
          + "(?:[\\p{L} ]{1,30}[|•·]\\s*)?(?:updated|last updated|published|first published|posted)"
          + "\\s*(?:on|at)?\\s*:?\\s*(?:\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue"
          + "|wed|thu|fri|sat|sun)[^.]{0,60})"), "publication line"),
      // A web address alone: a scraper's source line, or a title field that held the URL.
      new Rule(p("(?:<\\s*)?(?:https?://|www\\.)\\S+?(?:\\s*>)?"), "web address"),
      // An image's file name kept as text: one slug token with digits or an image extension.
      new Rule(IMAGE_FILE, "image file name"),
      // A clock time alone: live-blog and teaser time stamps.
      new Rule(p("(?:updated\\s*:?\\s*)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?\\s?m\\.?)?\\s*"
          + "(?:[a-z]{2,4}|\\([a-z]{2,4}\\))?"), "timestamp"),
      // A numeric date, perhaps after a source name and before a time: "24-07-2025 | 04:31",
      // "Agency 12/03/2027".
      new Rule(p("(?:[\\p{L}.]+(?: [\\p{L}.]+){0,2}\\s*[|•·,-]?\\s*)?\\d{1,2}[-/.]\\d{1,2}[-/.]"
          + "(?:19|20)\\d\\d(?:\\s*[|•·,]?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?\\s?m\\.?)?\\s*"
          + "(?:[a-z]{2,4})?)?"), "publication line"),
      // "[Read: …]", "[Museum reopens after the attack]": a bracketed line is a link or an
      // editor's note, never story text.
      new Rule(p("\\[[^\\[\\]]{3,200}\\]"), "link to another story"));

  /**
   * An image file name glued to the start of a paragraph ("flood-rescue_2027031Rescuers reached
   * …"): the slug, which must hold an underscore or a digit run, and then a capitalised word.
   */
  static final Pattern GLUED_IMAGE_FILE = Pattern.compile("(?=[a-z0-9_-]*(?:_|\\d{3}))"
      + "([a-z0-9]+(?:[-_][a-z0-9]+){2,})"
      + "(?=\\p{Lu}\\p{Ll})");

  /** "Map: Where the front line runs", "Video: …", "Gallery: …": a label linking to media. */
  static final Pattern MEDIA_LINK = p("(?:map|graphic|chart|infographic|interactive|video|gallery|"
      + "photo gallery|photos|in pictures|slideshow|podcast|audio|explainer|profile|"
      + "opinion|analysis|live)\\s*[:|]\\s*[^.!?]{3,150}[?!]?");

  /** Headings that introduce a block of links or teasers to other stories. */
  static final Pattern TEASER_HEADING = p("(?:other topics of interest|more (?:stories|news|"
      + "top stories|on this (?:story|topic))|related (?:stories|articles|news|coverage|content|"
      + "topics)|you (?:may|might) (?:also )?(?:like|be interested in)|most (?:read|popular|viewed)"
      + "|trending(?: now)?|recommended(?: for you| stories)?|(?:also|further) read(?:ing)?|"
      + "editor'?s'? picks?|top stories|latest (?:news|stories)|what to read next)\\s*:?");

  /** Section labels that sites print above a headline. Only recognised at the very top. */
  static final Set<String> SECTIONS = Set.of("news", "world", "world news", "politics",
      "middle east", "africa", "europe", "asia", "americas", "asia pacific", "asia-pacific",
      "business", "economy", "opinion", "analysis", "breaking", "breaking news", "live",
      "exclusive", "latest", "top stories", "home", "sport", "sports", "culture", "region",
      "regional", "international", "national", "local", "features", "feature", "security",
      "conflict", "diplomacy", "syria", "iraq", "us", "uk", "explainer", "investigation",
      "in depth", "in-depth", "global", "news analysis", "war", "defence", "defense");

  /** Photo credits and caption markers. */
  static final Pattern CAPTION = p(".*(?:\\(\\s*(?:photo|image|picture)s?\\s*(?:by|credit)?\\s*:"
      + "|\\bphoto(?:graph)?s?\\s*(?:by|credit)?\\s*:|\\((?:[\\w .]{1,30} )?photo(?:/[^)]*)?\\)|"
      + "^image of\\b|\\b(?:file )?photo(?:graph)? (?:by|courtesy)\\b|"
      + "\\b(?:credit|source)\\s*:\\s*[A-Z]|\\b(?:AFP|Reuters|AP|EPA|Getty Images|Anadolu|"
      + "Xinhua|AFP via Getty Images)\\s*(?:photo)?\\s*\\)?\\s*$|\\((?:AFP|AP|Reuters|EPA|"
      + "Getty Images|Anadolu(?: Agency)?|Xinhua)[^)]{0,40}\\)\\s*$).*");

  static final Pattern BYLINE = Pattern.compile(
      "(?:By|BY|Written by|Reporting by|Reported by|Words by)\\s+\\p{Lu}[\\p{L}.'’-]+"
          + "(?:[ ,]+(?:and |& )?\\p{Lu}[\\p{L}.'’-]+){0,8}(?:\\s*[|,;-]\\s*.{0,60})?");

  static boolean isSection(String line) {
    return SECTIONS.contains(line.strip().toLowerCase(Locale.ROOT));
  }
}
