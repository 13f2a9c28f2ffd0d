package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.analysis.AnalysisVersion;
import org.sitrep.analysis.EvalSystems;
import org.sitrep.analysis.FiveW1HEvaluator;
import org.sitrep.analysis.RealNewsEvaluator;
import org.sitrep.analysis.Sitrep;
import org.sitrep.entities.EntityEvaluator;
import org.sitrep.eval.EvalDataException;
import org.sitrep.eval.QualityFloors;
import org.sitrep.nlp.CoreNlp;
import org.sitrep.nlp.NlpSettings;
import org.sitrep.quotes.QuoteEvaluator;
import org.sitrep.time.TimexEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval timex|entities|events|plover|5w1h|quotes FILE}: scores of Sitrep and of a plain baseline on
 * the same annotated data, by the same evaluator. For timex and entities the baseline is plain
 * CoreNLP; for events and plover see {@link EventTasks} (Sitrep's output as {@code analyze} gives
 * it, or with {@code --dictionaries petrarch} recoded with the test's dictionaries; the baseline
 * codes the first two CoreNLP entities and answers one fixed code or type); for 5w1h it is
 * CoreNLP NER heuristics (see {@link EvalSystems#fiveW1H(CoreNlp)}); for quotes, FILE is a gold
 * file of direct quotes over the articles of {@code --corpus} (see {@link QuoteEvaluator}) and the
 * baseline plain CoreNLP's quote attribution, which needs a 4 GB heap: with less, Sitrep's figures
 * are still printed, then the command exits 2 with a hint. {@code --check} fails
 * (exit 1) when a Sitrep figure of this task falls below the floor recorded in a file; {@code
 * --update} records the new figures. A missing input or dictionary file exits 2 with a message.
 * For realnews, FILE is a real-news set's folder, scored by {@link RealNewsEvaluator} (its
 * baseline needs the same 4 GB as the quotes one). For clusters, see {@link ClusterTask}: B-cubed
 * of story clustering beside a plain TF-IDF baseline, on a JSON Lines set or a real-news folder.
 */
@Command(name = "eval", description = "Score Sitrep (and plain CoreNLP) on annotated data.")
final class EvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TASK",
      description = "timex, entities, events, plover, 5w1h, quotes, realnews or clusters",
      converter = TaskConverter.class)
  Task task;

  @Parameters(index = "1", paramLabel = "FILE", description = "A JSON Lines development set "
      + "(realnews: the set's folder).")
  Path file;

  @Option(names = "--system",
      description = "sitrep, corenlp or baseline (the plain baseline) or both (default both).")
  SystemChoice system = SystemChoice.both;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--check", paramLabel = "FLOORS", description = "Fail if below these floors.")
  Path check;

  @Option(names = "--update", paramLabel = "FLOORS", description = "Record Sitrep's figures.")
  Path update;

  @Option(names = "--dictionaries", paramLabel = "WHOSE", description = "events: sitrep (default: "
      + "Sitrep's output as analyze gives it) or petrarch (recode with the test's dictionaries).")
  EventTasks.Dictionaries dictionaries = EventTasks.Dictionaries.sitrep;

  @Option(names = "--details", description = "plover: one line per sentence after the scores.")
  boolean details;

  @Option(names = "--actors", paramLabel = "FILE", description = "events: PETRARCH actor "
      + "dictionary (default: petrarch-dictionaries/PETR.Validate.actors.txt next to FILE).")
  Path actors;

  @Option(names = "--agents", paramLabel = "FILE", description = "events: PETRARCH agent "
      + "dictionary (default: petrarch-dictionaries/PETR.Validate.agents.txt next to FILE, if any).")
  Path agents;

  @Option(names = "--verbs", paramLabel = "FILE", description = "events: PETRARCH verb "
      + "dictionary that recodes Sitrep's event codes (default: petrarch-dictionaries/"
      + "PETR.Validate.verbs.txt next to FILE, if any; without one Sitrep's own codes are scored).")
  Path verbs;

  @Option(names = "--corpus", paramLabel = "PATH", split = ",", description = "quotes: the "
      + "articles the gold file's ids name (files or folders; default: samples).")
  List<Path> corpus = List.of(Path.of("samples"));

  @Option(names = "--verbose", description = "realnews: also list what went wrong per article.")
  boolean verbose;

  @Option(names = "--pool", paramLabel = "DIR", description = "clusters: a folder of articles "
      + "to pool with the set (labels from --pool-gold).")
  Path pool;

  @Option(names = "--pool-gold", paramLabel = "TSV", description = "clusters: article id and "
      + "story label per line, tab-separated, for the --pool folder.")
  Path poolGold;

  @Option(names = "--analysis", paramLabel = "HOW", description = "clusters: light (default: "
      + "structure, date and a cheap name reader, no language model) or full (Sitrep's analysis).")
  ClusterTask.Analysis analysis = ClusterTask.Analysis.light;

  /** Plain CoreNLP's quote attribution with coreference does not fit in less heap than this. */
  private static final long QUOTE_BASELINE_HEAP = 4L << 30;

  enum Task {
    timex("timex"), entities("entities"), events("events"), plover("plover"), fiveW1H("5w1h"),
    quotes("quotes"), realnews("realnews"), clusters("clusters");

    final String label;

    Task(String label) {
      this.label = label;
    }
  }

  static final class TaskConverter implements picocli.CommandLine.ITypeConverter<Task> {
    @Override
    public Task convert(String value) {
      for (Task t : Task.values()) {
        if (t.label.equals(value)) {
          return t;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "unknown task '" + value
              + "' (expected timex, entities, events, plover, 5w1h, quotes, realnews or clusters)");
    }
  }

  enum SystemChoice { sitrep, corenlp, baseline, both }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (task == Task.clusters) {
      if (!Files.exists(file)) {
        throw new Main.UserException("no such file or folder: " + file, 2);
      }
      Map<String, Double> figures =
          ClusterTask.run(out, file, pool, poolGold, analysis, system, verbose);
      // A clusters floor belongs to the set it was recorded on (clusters.<set>.f1): the other
      // sets' floors are not this run's to check.
      return floors(out, figures, v -> figures.keySet().stream()
          .anyMatch(k -> v.startsWith(k.substring(0, k.lastIndexOf('.') + 1))));
    }
    if (task == Task.realnews ? !Files.isDirectory(file) : !Files.isRegularFile(file)) {
      throw new Main.UserException((task == Task.realnews ? "no such folder: " : "no such file: ")
          + file, 2);
    }
    Map<String, Double> sitrepMetrics = new LinkedHashMap<>();
    EventTasks events = task == Task.events || task == Task.plover ? new EventTasks(file,
        dictionaries, actors, agents, verbs, threads, details) : null;
    try {
      if (system == SystemChoice.sitrep || system == SystemChoice.both) {
        out.println("== Sitrep " + Sitrep.RELEASE + " (analysis version "
            + AnalysisVersion.current() + ")");
        sitrepMetrics = run(out, true, events);
      }
      if (system != SystemChoice.sitrep) {
        long heap = Runtime.getRuntime().maxMemory();
        if ((task == Task.quotes || task == Task.realnews) && heap < QUOTE_BASELINE_HEAP) {
          out.flush();
          throw new Main.UserException(String.format(java.util.Locale.ROOT, "the plain CoreNLP "
              + "quote baseline (with coref) needs at least 4 GB of heap, this JVM has %d MB; run "
              + "again with SITREP_JAVA_OPTS=-Xmx6g", heap >> 20), 2);
        }
        out.println(switch (task) {
          case timex, entities -> "== plain CoreNLP (tokenize,ssplit,pos,lemma,ner; default settings)";
          case events -> events.eventsBaselineHeader();
          case plover -> EventTasks.ploverBaselineHeader();
          case fiveW1H -> "== baseline: plain CoreNLP NER (default settings); who = first "
              + "PERSON/ORGANIZATION, where = first location, when = first DATE, each in title and "
              + "lead else anywhere; what = the title";
          case quotes -> "== plain CoreNLP (" + String.join(",",
              NlpSettings.corenlpWithQuotes().annotators()) + "; default settings; speaker = "
              + "quote attribution's canonical mention, else its speaker)";
          case realnews -> "== plain CoreNLP (ner for entities and times, and quote "
              + "attribution with " + String.join(",", NlpSettings.corenlpWithQuotes()
              .annotators()) + "; default settings) on Sitrep's extracted text, with Sitrep's "
              + "publication date";
          case clusters -> throw new IllegalStateException("clusters is dispatched above");
        });
        run(out, false, events);
      }
    } catch (EvalDataException e) {
      throw new Main.UserException(e.getMessage(), 1);
    }
    EventTasks ev = events;
    return floors(out, sitrepMetrics, v -> task == Task.events
        ? ev.ownsEventsFloor(v.substring(0, v.indexOf(' '))) : v.startsWith(task.label + "."));
  }

  /**
   * Records ({@code --update}) or checks ({@code --check}) Sitrep's figures against the floors
   * file; a violation counts only when {@code owned} says the floor belongs to this task. Returns
   * the exit code: 1 on a regression, else 0.
   */
  private int floors(PrintWriter out, Map<String, Double> sitrepMetrics,
      java.util.function.Predicate<String> owned) {
    if (update != null) {
      QualityFloors.update(update, sitrepMetrics);
      out.println("recorded floors in " + update);
    }
    if (check != null) {
      List<String> violations = QualityFloors.load(check).compare(sitrepMetrics).stream()
          .filter(owned).toList();
      for (String v : violations) {
        out.println("QUALITY REGRESSION: " + v);
      }
      if (!violations.isEmpty()) {
        return 1;
      }
      out.println("quality floors in " + check + ": all met");
    }
    return 0;
  }

  private Map<String, Double> run(PrintWriter out, boolean sitrep, EventTasks events) {
    long t0 = System.nanoTime();
    Map<String, Double> metrics;
    if (task == Task.quotes) {
      var gold = QuoteEvaluator.read(file);
      var articles = QuoteEvaluator.corpus(corpus);
      if (articles.isEmpty()) {
        throw new Main.UserException("no articles in " + corpus + " (give them with --corpus)", 2);
      }
      var annotator = sitrep ? EvalSystems.quotes(Sitrep.create(NlpSettings.sitrep()))
          : EvalSystems.quotesBaseline(NlpSettings.corenlpWithQuotes());
      var report = QuoteEvaluator.evaluate(gold, articles, annotator);
      out.print(report.format());
      metrics = report.metrics();
    } else if (task == Task.realnews) {
      var data = RealNewsEvaluator.read(file);
      var annotator = sitrep ? RealNewsEvaluator.sitrep(Sitrep.withEvents(NlpSettings.sitrep()))
          : RealNewsEvaluator.corenlp();
      var report = RealNewsEvaluator.evaluate(data, sitrep ? "Sitrep " + Sitrep.RELEASE
          + " with events" : "plain CoreNLP", annotator, threads);
      out.print(report.format(verbose));
      metrics = report.metrics();
    } else if (task == Task.events) {
      metrics = events.events(out, sitrep);
    } else if (task == Task.plover) {
      metrics = events.plover(out, sitrep);
    } else if (task == Task.fiveW1H) {
      var docs = FiveW1HEvaluator.read(file);
      var annotator = sitrep ? EvalSystems.fiveW1H(Sitrep.create(NlpSettings.sitrep()))
          : EvalSystems.fiveW1H(CoreNlp.shared(NlpSettings.corenlpDefault()));
      var report = FiveW1HEvaluator.evaluate(docs, annotator, threads);
      out.print(report.format());
      metrics = report.metrics();
    } else if (task == Task.timex) {
      var docs = TimexEvaluator.read(file);
      var annotator = sitrep ? EvalSystems.timex(Sitrep.create(NlpSettings.sitrep()))
          : EvalSystems.timex(CoreNlp.shared(NlpSettings.corenlpDefault()));
      var report = TimexEvaluator.evaluate(docs, annotator, threads);
      out.println(report.format());
      metrics = report.metrics();
    } else {
      var docs = EntityEvaluator.read(file);
      var annotator = sitrep ? EvalSystems.entities(Sitrep.create(NlpSettings.sitrep()))
          : EvalSystems.entities(CoreNlp.shared(NlpSettings.corenlpDefault()));
      var report = EntityEvaluator.evaluate(docs, annotator, threads);
      out.println(report.format());
      metrics = report.metrics();
    }
    out.printf(java.util.Locale.ROOT, "(%.1f s including model loading)%n%n",
        (System.nanoTime() - t0) / 1e9);
    return metrics;
  }
}
