package org.sitrep.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.eval.JsonlRecord;

/**
 * The hand-made gold for one article of a real-news set ({@code gold.jsonl}; the schema is the
 * set's README). Only the fields {@link RealNewsEvaluator} scores are kept; story labels, evidence
 * and notes are not read.
 *
 * @param id the article's id, as ingest names it (file stem of the HTML page, JSONL {@code id})
 * @param published the true publication date, or null when the input gives none
 * @param persons person names of headline and body, each a surface form of the input
 * @param organizations organisation names
 * @param places place names (facilities included)
 * @param aliases short or variant forms and what they stand for
 * @param times time expressions with their TIMEX3 values
 * @param quotes direct quotations by their first words
 * @param events the article's main events
 * @param boilerplate page furniture strings (navigation, related links, copyright lines …)
 * @param captions photo and video captions and credits, or their opening words
 */
record RealNewsGold(String id, LocalDate published, List<String> persons,
    List<String> organizations, List<String> places, List<Alias> aliases, List<Time> times,
    List<GoldQuote> quotes, List<GoldEvent> events, List<String> boilerplate,
    List<String> captions) {

  RealNewsGold {
    checkArgument(id != null && !id.isBlank(), "gold needs an id");
    persons = ImmutableList.copyOf(persons);
    organizations = ImmutableList.copyOf(organizations);
    places = ImmutableList.copyOf(places);
    aliases = ImmutableList.copyOf(aliases);
    times = ImmutableList.copyOf(times);
    quotes = ImmutableList.copyOf(quotes);
    events = ImmutableList.copyOf(events);
    boilerplate = ImmutableList.copyOf(boilerplate);
    captions = ImmutableList.copyOf(captions);
  }

  /** The names of one entity type. */
  List<String> names(RealNewsScore.EntityKind kind) {
    return switch (kind) {
      case PERSONS -> persons;
      case ORGANIZATIONS -> organizations;
      case PLACES -> places;
    };
  }

  /**
   * A gold alias pair: {@code [form, "A | B (remark)"]}.
   *
   * @param form the short or variant form, as in the text
   * @param targets what it stands for, one or more alternatives, remarks removed; non-empty
   * @param contextDependent whether the form refers to different targets in different places of
   *     the article (marked "(context-dependent)"), so no single entity may hold them all
   */
  record Alias(String form, List<String> targets, boolean contextDependent) {
    Alias {
      checkArgument(form != null && !form.isBlank(), "alias form must not be blank");
      targets = ImmutableList.copyOf(targets);
      checkArgument(!targets.isEmpty(), "alias '%s' needs a target", form);
    }
  }

  /**
   * A gold time expression.
   *
   * @param text its words as in the input
   * @param value its TIMEX3 value
   */
  record Time(String text, String value) {
    Time {
      checkArgument(text != null && !text.isBlank(), "time text must not be blank");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A gold quotation.
   *
   * @param prefix the first (up to 40) characters of the quoted words
   * @param speakers acceptable speakers (the {@code |} alternatives), remarks removed; non-empty
   */
  record GoldQuote(String prefix, List<String> speakers) {
    GoldQuote {
      checkArgument(prefix != null && !prefix.isBlank(), "quote prefix must not be blank");
      speakers = ImmutableList.copyOf(speakers);
      checkArgument(!speakers.isEmpty(), "quote '%s' needs a speaker", prefix);
    }
  }

  /**
   * A gold main event.
   *
   * @param source who acted, as the gold writes it (may hold parentheses and {@code ;} lists)
   * @param root CAMEO root, two digits
   * @param altRoot a second defensible root, or null
   * @param target who was acted upon, or null when the text names none
   * @param killed the stated number of dead, or null when the text gives no figure
   */
  record GoldEvent(String source, String root, String altRoot, String target, Integer killed) {
    GoldEvent {
      checkArgument(root != null && root.matches("\\d\\d"), "CAMEO root must be two digits, got %s",
          root);
      checkArgument(altRoot == null || altRoot.matches("\\d\\d"),
          "cameo_alt must be two digits, got %s", altRoot);
      checkArgument(killed == null || killed >= 0, "killed must be >= 0, got %s", killed);
    }

    boolean hasRoot(String r) {
      return root.equals(r) || r != null && r.equals(altRoot);
    }
  }

  /**
   * One line of {@code gold.jsonl}.
   *
   * @throws org.sitrep.eval.EvalDataException naming the file and line when a field is missing or
   *     malformed
   */
  static RealNewsGold read(JsonlRecord r) {
    String published = r.optionalText("published");
    LocalDate date = null;
    if (published != null) {
      try {
        date = LocalDate.parse(published.strip());
      } catch (DateTimeParseException e) {
        throw r.error("field 'published' is not an ISO date: '" + published + "'");
      }
    }
    try {
      List<Alias> aliases = new ArrayList<>();
      for (List<String> pair : r.textLists("aliases")) {
        if (pair.size() != 2) {
          throw r.error("an alias must be a pair [form, target], got " + pair);
        }
        aliases.add(new Alias(pair.get(0).strip(), alternatives(pair.get(1)),
            pair.get(1).contains("(context-dependent)")));
      }
      List<Time> times = new ArrayList<>();
      for (JsonlRecord t : r.objects("times")) {
        times.add(new Time(t.text("text"), t.text("value")));
      }
      List<GoldQuote> quotes = new ArrayList<>();
      for (JsonlRecord q : r.objects("quotes")) {
        quotes.add(new GoldQuote(q.text("text_prefix"), alternatives(q.text("speaker"))));
      }
      List<GoldEvent> events = new ArrayList<>();
      for (JsonlRecord e : r.objects("events")) {
        String alt = e.optionalText("cameo_alt");
        events.add(new GoldEvent(e.optionalText("source"), e.text("cameo").strip(),
            alt == null || alt.isBlank() ? null : alt.strip(), e.optionalText("target"),
            e.optionalInteger("killed")));
      }
      return new RealNewsGold(r.text("id"), date, r.phrases("persons"), r.phrases("organizations"),
          r.phrases("places"), aliases, times, quotes, events, r.phrases("boilerplate_snippets"),
          r.phrases("captions"));
    } catch (IllegalArgumentException e) {
      throw r.error(e.getMessage());
    }
  }

  /** "A | B (remark)" as [A, B]: split at {@code |}, remarks removed, blanks dropped. */
  static List<String> alternatives(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split("\\|")) {
      String t = RealNewsText.withoutRemarks(part);
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
