package org.sitrep.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.eval.Accuracy;
import org.sitrep.eval.EvalDataException;
import org.sitrep.eval.JsonlRecord;
import org.sitrep.eval.ParallelRunner;
import org.sitrep.eval.ScoreTable;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Ingestor;
import org.sitrep.nlp.CoreNlp;
import org.sitrep.nlp.NlpSettings;
import org.sitrep.quotes.QuoteEvaluator;

/**
 * Scores a system on a real-news set: a folder with {@code gold.jsonl} (one hand-made gold object
 * per article), {@code html/} (raw pages) and {@code articles.jsonl} (texts as {@code {id, title,
 * text, published, source, url}}). Articles are read exactly as {@code sitrep analyze} reads them,
 * through the default {@link Ingestor}: an HTML page's id is its file stem, a JSONL record keeps
 * its id, title and {@code published} (null stays null). Every check works on the ingested text.
 *
 * <p>Where the gold's furniture lies: every boilerplate snippet and caption string is searched in
 * the analysed text ignoring case, whitespace runs and the style of quote marks; a caption (often
 * only its opening words) reaches to the end of its line. Checks, and how they count:
 *
 * <ol>
 *   <li><b>Published date.</b> Gold dated: right when the output date (as written, or its UTC date
 *       for a date-time with an offset, as the gold gives pages' UTC dates) equals the gold,
 *       wrong, or missed when there is none. Gold undated: no date and a date marked inferred are
 *       both fine; a date given as stated is invented.
 *   <li><b>Entities</b> per gold list (persons, organizations, places; system types PERSON,
 *       ORGANIZATION, LOCATION). Names match relaxed ({@link RealNewsText#nameKey}: case,
 *       diacritics, dots, hyphens, a leading "the", a final possessive ignored). A gold entity is
 *       a gold name plus every form the article's aliases tie to it (names tied by an alias count
 *       once; "(context-dependent)" aliases tie nothing). A system entity is <i>judged</i> when a
 *       mention lies outside gold furniture and captions; its names are its canonical name and
 *       every mention's text. Recall: gold entities some judged system entity of the same type
 *       names (the any-type recall accepts any type). Precision: judged system entities of the
 *       type naming a gold entity or alias form of the kind (context-dependent short forms
 *       included), over judged entities of the type <i>plus</i> entities whose mentions lie only
 *       in gold furniture, which are errors (entities only in captions are not counted: the gold
 *       does not annotate captions).
 *   <li><b>Aliases.</b> A pair [form, target] is grouped when one system entity (any type) names
 *       the form and the target (for alternatives, any of them); pairs whose form or every target
 *       is absent from the text (a spelling other outlets use) are not gradeable.
 *   <li><b>Times.</b> A gold time is found when a system time expression overlaps an occurrence of
 *       its words, and its value is right when such an expression's value equals the gold one up
 *       to {@link RealNewsText#sameTimeValue}. Reported for all articles and for those the gold
 *       dates.
 *   <li><b>Quotes.</b> Found when a system quote's text starts with the gold prefix (marks and
 *       end punctuation trimmed, whitespace collapsed, case ignored; or is a stretch of at least
 *       {@value RealNewsText#MIN_PARTIAL_QUOTE} characters the prefix starts with); speaker right
 *       when such a quote's speaker is one of the {@code |} alternatives (see {@link
 *       RealNewsScorer#sameSpeaker}).
 *   <li><b>Events.</b> Actors match loosely: a content word in common between the gold actor
 *       (with the article's alias forms of names it contains) and the system's actor name, or a
 *       country in common (named or demonym in either, or the first three letters of the system's
 *       CAMEO actor code); a gold actor left null matches anything. Recall at three levels, each a
 *       maximum one-to-one matching: root (gold {@code cameo} or {@code cameo_alt}) + source +
 *       target, root + source, root. Precision: system events matching any gold event on root and
 *       source. Casualties: for gold events with a toll, whether the system event matched at the
 *       strictest level carries a killed figure whose range holds the toll (see {@link
 *       RealNewsScorer#killedFits}).
 *   <li><b>Furniture.</b> A boilerplate snippet is kept out when it is absent from the analysed
 *       text or no non-space character of it lies in analysed structure (title, standfirst,
 *       caption, heading, body); a caption is kept out likewise, caption structure allowed. Facts
 *       in furniture: the system's entity mentions, time expressions, quotes and event sentences
 *       overlapping a boilerplate snippet (errors) or a caption line (for information).
 * </ol>
 *
 * <p>{@link Report#metrics()} holds only shares where higher is better, so they can serve as
 * quality floors; the counts (wrong dates, facts in furniture …) are in {@link Report#format}.
 */
public final class RealNewsEvaluator {
  private RealNewsEvaluator() {}

  /** A system under test: its output for one ingested article; must be thread-safe. */
  @FunctionalInterface
  public interface Annotator extends Function<Article, RealNewsOutput> {}

  /** The articles of a set with their gold, read by {@link #read}; immutable. */
  public static final class Dataset {
    private final List<Case> cases;
    private final Path dir;

    private Dataset(Path dir, List<Case> cases) {
      this.dir = dir;
      this.cases = ImmutableList.copyOf(cases);
    }

    /** The number of articles. */
    public int size() {
      return cases.size();
    }

    /** The folder it was read from. */
    public Path dir() {
      return dir;
    }

    List<Case> cases() {
      return cases;
    }
  }

  /** One article and its gold. */
  record Case(RealNewsGold gold, Article article) {
    Case {
      Objects.requireNonNull(gold, "gold");
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * Reads a set: {@code gold.jsonl}, and the articles of {@code html/} and {@code articles.jsonl}
   * through the default ingest.
   *
   * @throws EvalDataException when the folder or its gold is missing or malformed, or a gold id
   *     names no article that ingest read
   */
  public static Dataset read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new EvalDataException("not a folder: " + dir);
    }
    Path goldFile = dir.resolve("gold.jsonl");
    if (!Files.isRegularFile(goldFile)) {
      throw new EvalDataException("no gold.jsonl in " + dir);
    }
    List<RealNewsGold> gold = new ArrayList<>();
    for (JsonlRecord r : JsonlRecord.readAll(goldFile)) {
      RealNewsGold g = RealNewsGold.read(r);
      if (gold.stream().anyMatch(x -> x.id().equals(g.id()))) {
        throw r.error("article '" + g.id() + "' has gold twice");
      }
      gold.add(g);
    }
    List<Path> inputs = new ArrayList<>();
    if (Files.isDirectory(dir.resolve("html"))) {
      inputs.add(dir.resolve("html"));
    }
    if (Files.isRegularFile(dir.resolve("articles.jsonl"))) {
      inputs.add(dir.resolve("articles.jsonl"));
    }
    Ingestor.ById read = inputs.isEmpty() ? new Ingestor.ById(Map.of(), List.of())
        : Ingestor.withDefaults().readById(inputs);
    Map<String, Article> articles = read.articles();
    List<String> failures = read.failures();
    List<Case> cases = new ArrayList<>();
    for (RealNewsGold g : gold) {
      Article a = articles.get(g.id());
      if (a == null) {
        throw new EvalDataException("gold.jsonl names article '" + g.id() + "', which is not in "
            + dir.resolve("html") + " or " + dir.resolve("articles.jsonl")
            + (failures.isEmpty() ? "" : " (unreadable: " + String.join("; ", failures) + ")"));
      }
      cases.add(new Case(g, a));
    }
    return new Dataset(dir, cases);
  }

  /**
   * Sitrep as {@code sitrep analyze} runs it, e.g. over {@code
   * Sitrep.withEvents(NlpSettings.sitrep())}.
   */
  public static Annotator sitrep(Sitrep sitrep) {
    return a -> RealNewsOutput.of(sitrep.analyze(a));
  }

  /**
   * Plain CoreNLP: NER with default settings for entities and times, and the quote annotator with
   * attribution ({@link NlpSettings#corenlpWithQuotes()}, which needs about 4 GB of heap), on
   * Sitrep's ingested text with Sitrep's publication date; see {@link RealNewsBaseline}.
   */
  public static Annotator corenlp() {
    return new RealNewsBaseline(CoreNlp.shared(NlpSettings.corenlpDefault()),
        QuoteEvaluator.plainCoreNlp(NlpSettings.corenlpWithQuotes()));
  }

  /**
   * Runs {@code system} over the set on {@code threads} threads and scores it. An article the
   * system fails on is scored as if it had found nothing, and listed in the report's errors.
   *
   * @param system a name for the report ("Sitrep", "plain CoreNLP")
   */
  public static Report evaluate(Dataset data, String system, Annotator annotator, int threads) {
    Objects.requireNonNull(annotator, "annotator");
    List<ParallelRunner.Outcome<RealNewsOutput>> outcomes = ParallelRunner.run(data.cases(),
        c -> annotator.apply(c.article()), c -> c.gold().id(), threads);
    RealNewsScorer scorer = new RealNewsScorer(ActorDictionary.builtIn());
    List<RealNewsScore> perArticle = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      Case c = data.cases().get(i);
      ParallelRunner.Outcome<RealNewsOutput> o = outcomes.get(i);
      if (o.failed()) {
        errors.add(o.error());
      }
      perArticle.add(scorer.score(c.gold(), o.failed() ? nothing(c.article()) : o.value()));
    }
    return new Report(system, perArticle, errors);
  }

  /** Scores given outputs, by article id; for tests. An article without output found nothing. */
  static Report score(Dataset data, Map<String, RealNewsOutput> outputs) {
    RealNewsScorer scorer = new RealNewsScorer(ActorDictionary.builtIn());
    List<RealNewsScore> perArticle = new ArrayList<>();
    for (Case c : data.cases()) {
      RealNewsOutput o = outputs.get(c.gold().id());
      perArticle.add(scorer.score(c.gold(), o == null ? nothing(c.article()) : o));
    }
    return new Report("test", perArticle, List.of());
  }

  private static RealNewsOutput nothing(Article a) {
    return new RealNewsOutput(a.text(), new AnalyzedArticle.PublishedDate(null, false, "none"),
        List.of(), true, List.of(), List.of(), List.of(), List.of());
  }

  /**
   * The result of one evaluation.
   *
   * @param system the system's name
   * @param perArticle each article's counts, in set order
   * @param errors one message per article the system failed on
   */
  public record Report(String system, List<RealNewsScore> perArticle, List<String> errors) {
    public Report {
      perArticle = ImmutableList.copyOf(perArticle);
      errors = ImmutableList.copyOf(errors);
    }

    /** The counts summed over all articles. */
    public RealNewsScore total() {
      RealNewsScore t = RealNewsScore.zero();
      for (RealNewsScore s : perArticle) {
        t = t.plus(s);
      }
      return t;
    }

    /**
     * The figures as {@code realnews.<check>.<measure>}, all shares where higher is better; checks
     * the system cannot be scored on are left out.
     */
    public Map<String, Double> metrics() {
      RealNewsScore t = total();
      Map<String, Double> m = new LinkedHashMap<>();
      if (t.date() != null) {
        RealNewsScore.DateCheck d = t.date();
        m.put("realnews.date.accuracy",
            RealNewsScore.share(d.right() + d.none() + d.inferred(), d.dated() + d.undated()));
        m.put("realnews.date.right", RealNewsScore.share(d.right(), d.dated()));
        m.put("realnews.date.undated_ok", RealNewsScore.share(d.none() + d.inferred(),
            d.undated()));
      }
      RealNewsScore.EntityCheck all = allEntities(t);
      for (RealNewsScore.EntityKind k : RealNewsScore.EntityKind.values()) {
        putPrf(m, "realnews.entities." + k.label(), t.entities().get(k));
      }
      putPrf(m, "realnews.entities.all", all);
      m.put("realnews.entities.anytype.r", RealNewsScore.share(all.foundAnyType(), all.gold()));
      if (t.aliases() != null) {
        m.put("realnews.aliases.grouped", t.aliases().share());
      }
      m.put("realnews.times.found", RealNewsScore.share(t.times().found(), t.times().gold()));
      m.put("realnews.times.value", RealNewsScore.share(t.times().valueRight(), t.times().gold()));
      m.put("realnews.times.dated.found",
          RealNewsScore.share(t.datedTimes().found(), t.datedTimes().gold()));
      m.put("realnews.times.dated.value",
          RealNewsScore.share(t.datedTimes().valueRight(), t.datedTimes().gold()));
      m.put("realnews.quotes.found", RealNewsScore.share(t.quotes().found(), t.quotes().gold()));
      m.put("realnews.quotes.speaker",
          RealNewsScore.share(t.quotes().speakerRight(), t.quotes().gold()));
      if (t.events() != null) {
        RealNewsScore.EventCheck e = t.events();
        m.put("realnews.events.root_source_target.r",
            RealNewsScore.share(e.rootSourceTarget(), e.gold()));
        m.put("realnews.events.root_source.r", RealNewsScore.share(e.rootSource(), e.gold()));
        m.put("realnews.events.root.r", RealNewsScore.share(e.root(), e.gold()));
        m.put("realnews.events.p", RealNewsScore.share(e.predictedRight(), e.predicted()));
        m.put("realnews.events.killed", RealNewsScore.share(e.killedRight(), e.killedGold()));
      }
      RealNewsScore.FurnitureCheck f = t.furniture();
      if (f.structured()) {
        m.put("realnews.furniture.boilerplate.kept_out",
            RealNewsScore.share(f.snippetsAbsent() + f.snippetsKeptOut(), f.snippets()));
        m.put("realnews.furniture.captions.kept_out",
            RealNewsScore.share(f.captionsAbsent() + f.captionsKeptOut(), f.captions()));
      }
      m.put("realnews.furniture.facts_clean",
          RealNewsScore.share(f.facts() - f.factsInSnippets(), f.facts()));
      return ImmutableMap.copyOf(m);
    }

    private static void putPrf(Map<String, Double> m, String prefix,
        RealNewsScore.EntityCheck c) {
      m.put(prefix + ".p", c.precision());
      m.put(prefix + ".r", c.recall());
      m.put(prefix + ".f1", c.f1());
    }

    private static RealNewsScore.EntityCheck allEntities(RealNewsScore t) {
      RealNewsScore.EntityCheck all = new RealNewsScore.EntityCheck(0, 0, 0, 0, 0, 0);
      for (RealNewsScore.EntityCheck c : t.entities().values()) {
        all = all.plus(c);
      }
      return all;
    }

    /**
     * Tables for the terminal, one per check, and with {@code verbose} what went wrong in each
     * article (names and quote openings from the gold, as the evaluation reads them).
     */
    public String format(boolean verbose) {
      RealNewsScore t = total();
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "realnews: %d articles (%d dated by the gold), %s, "
          + "%d system error(s)%n%n", t.articles(), t.dated(), system, errors.size()));
      out.append(date(t.date())).append('\n');
      out.append(entities(t)).append('\n');
      out.append(aliases(t.aliases())).append('\n');
      out.append(times(t)).append('\n');
      out.append(ScoreTable.accuracy("quotes (by prefix)")
          .row("found", new Accuracy(t.quotes().found(), t.quotes().gold()))
          .row("speaker right", new Accuracy(t.quotes().speakerRight(), t.quotes().gold()))
          .row("speaker right of found",
              new Accuracy(t.quotes().speakerRight(), t.quotes().found()))
          .build().format()).append('\n');
      out.append(events(t.events())).append('\n');
      out.append(furniture(t.furniture()));
      errors.forEach(e -> out.append("error: ").append(e).append('\n'));
      if (verbose) {
        out.append('\n');
        t.misses().forEach(line -> out.append("  ").append(line).append('\n'));
      }
      return out.toString();
    }

    private static String date(RealNewsScore.DateCheck d) {
      if (d == null) {
        return "published date: n/a (the system does not date articles)\n";
      }
      return ScoreTable.accuracy("published date")
          .row("right (gold dated)", new Accuracy(d.right(), d.dated()))
          .row("wrong (gold dated)", new Accuracy(d.wrong(), d.dated()))
          .row("missed (gold dated)", new Accuracy(d.missed(), d.dated()))
          .row("no date (gold undated)", new Accuracy(d.none(), d.undated()))
          .row("inferred (gold undated)", new Accuracy(d.inferred(), d.undated()))
          .row("invented (gold undated)", new Accuracy(d.invented(), d.undated()))
          .row("all: right or not invented", new Accuracy(d.right() + d.none() + d.inferred(),
              d.dated() + d.undated()))
          .build().format();
    }

    private static String entities(RealNewsScore t) {
      ScoreTable.Builder b = ScoreTable.columns("entities (relaxed, alias-aware)", "P", "R", "F1",
          "gold", "found", "any type", "predicted", "right", "furniture");
      for (RealNewsScore.EntityKind k : RealNewsScore.EntityKind.values()) {
        entityRow(b, k.label(), t.entities().get(k));
      }
      entityRow(b, "all", allEntities(t));
      return b.build().format();
    }

    private static void entityRow(ScoreTable.Builder b, String name, RealNewsScore.EntityCheck c) {
      b.row(name, f3(c.precision()), f3(c.recall()), f3(c.f1()), Integer.toString(c.gold()),
          Integer.toString(c.found()), Integer.toString(c.foundAnyType()),
          Integer.toString(c.predicted()), Integer.toString(c.right()),
          Integer.toString(c.furniture()));
    }

    private static String aliases(RealNewsScore.AliasCheck a) {
      if (a == null) {
        return "aliases: n/a (the system does not group names)\n";
      }
      return ScoreTable.accuracy("aliases").row("grouped in one entity",
          new Accuracy(a.grouped(), a.pairs() - a.notInText())).build().format()
          + String.format(Locale.ROOT, "(%d pair(s) not gradeable: a form is not in the text)%n",
              a.notInText());
    }

    private static String times(RealNewsScore t) {
      return ScoreTable.accuracy("time expressions")
          .row("found", new Accuracy(t.times().found(), t.times().gold()))
          .row("value right", new Accuracy(t.times().valueRight(), t.times().gold()))
          .row("found (dated articles)", new Accuracy(t.datedTimes().found(),
              t.datedTimes().gold()))
          .row("value right (dated articles)", new Accuracy(t.datedTimes().valueRight(),
              t.datedTimes().gold()))
          .build().format()
          + String.format(Locale.ROOT, "(%d gold time(s) not in the analysed text)%n",
              t.times().notInText());
    }

    private static String events(RealNewsScore.EventCheck e) {
      if (e == null) {
        return "events: n/a (the system extracts none)\n";
      }
      return ScoreTable.accuracy("events (gold main events)")
          .row("recall root+source+target", new Accuracy(e.rootSourceTarget(), e.gold()))
          .row("recall root+source", new Accuracy(e.rootSource(), e.gold()))
          .row("recall root", new Accuracy(e.root(), e.gold()))
          .row("precision root+source", new Accuracy(e.predictedRight(), e.predicted()))
          .row("killed on the matched event", new Accuracy(e.killedRight(), e.killedGold()))
          .row("killed on any event", new Accuracy(e.killedAnywhere(), e.killedGold()))
          .build().format()
          + String.format(Locale.ROOT, "(%d of %d gold tolls have a matched event)%n",
              e.killedMatched(), e.killedGold());
    }

    private static String furniture(RealNewsScore.FurnitureCheck f) {
      ScoreTable.Builder b = ScoreTable.columns("furniture", "kept out", "absent", "in furniture",
          "in body", "of");
      String na = "n/a";
      b.row("boilerplate snippets",
          f.structured() ? f3(RealNewsScore.share(f.snippetsAbsent() + f.snippetsKeptOut(),
              f.snippets())) : na, Integer.toString(f.snippetsAbsent()),
          f.structured() ? Integer.toString(f.snippetsKeptOut()) : na,
          f.structured() ? Integer.toString(f.snippetsInBody()) : na,
          Integer.toString(f.snippets()));
      b.row("captions",
          f.structured() ? f3(RealNewsScore.share(f.captionsAbsent() + f.captionsKeptOut(),
              f.captions())) : na, Integer.toString(f.captionsAbsent()),
          f.structured() ? Integer.toString(f.captionsKeptOut()) : na,
          f.structured() ? Integer.toString(f.captionsInBody()) : na,
          Integer.toString(f.captions()));
      return b.build().format() + String.format(Locale.ROOT, "facts (entity mentions, times, "
          + "quotes, events) %d: %d in boilerplate snippets, %d in captions%n", f.facts(),
          f.factsInSnippets(), f.factsInCaptions());
    }

    private static String f3(double v) {
      return String.format(Locale.ROOT, "%.3f", v);
    }
  }
}
