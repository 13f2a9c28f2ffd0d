package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.analysis.EvalSystems;
import org.sitrep.analysis.Sitrep;
import org.sitrep.eval.EvalDataException;
import org.sitrep.events.EventEvaluator;
import org.sitrep.events.PetrarchActorCoder;
import org.sitrep.events.PetrarchVerbCoder;
import org.sitrep.events.PloverEvaluator;
import org.sitrep.nlp.CoreNlp;
import org.sitrep.nlp.NlpSettings;

/**
 * The two event tasks of {@code sitrep eval}, kept out of {@link EvalCommand} so that the command
 * stays a dispatcher.
 *
 * <p>{@code events} scores, by default, Sitrep's output as {@code sitrep analyze} gives it (actor
 * and event codes from its own dictionaries) under the metric names {@code events.*}. With {@code
 * --dictionaries petrarch} it instead recodes Sitrep's events with the test's PETRARCH actor,
 * agent and verb dictionaries, as the PETRARCH unit tests assume, and names the metrics {@code
 * events.dict.*}, so that the two never share a floor. {@code plover} scores Sitrep's output
 * against PLOVER gold records ({@link PloverEvaluator}). Each has a baseline without verbs.
 */
final class EventTasks {
  /** Whose dictionaries code the events that {@code eval events} scores. */
  enum Dictionaries {
    /** Sitrep's own: its output as a user gets it. */
    sitrep,
    /** The test's PETRARCH dictionaries, applied to Sitrep's events at evaluation time. */
    petrarch
  }

  private final Path file;
  private final Dictionaries dictionaries;
  private final int threads;
  private final boolean details;
  private final PetrarchActorCoder petrarchActors;
  private final PetrarchVerbCoder petrarchVerbs;

  /**
   * Checks the options and, in dictionary mode, loads the test's dictionaries, so that a missing
   * file fails before any model loads.
   *
   * @throws Main.UserException (exit 2) for a missing dictionary, or dictionary files given
   *     without {@code --dictionaries petrarch}
   */
  EventTasks(Path file, Dictionaries dictionaries, Path actors, Path agents, Path verbs,
      int threads, boolean details) {
    this.file = file;
    this.dictionaries = dictionaries;
    this.threads = threads;
    this.details = details;
    if (dictionaries == Dictionaries.petrarch) {
      petrarchActors = actorCoder(actors, agents);
      petrarchVerbs = verbCoder(verbs);
    } else {
      if (actors != null || agents != null || verbs != null) {
        throw new Main.UserException("--actors, --agents and --verbs are the test's PETRARCH "
            + "dictionaries: give them with --dictionaries petrarch", 2);
      }
      petrarchActors = null;
      petrarchVerbs = null;
    }
  }

  /** The prefix of the events task's metric names in this mode. */
  String eventsPrefix() {
    return dictionaries == Dictionaries.petrarch ? "events.dict" : "events";
  }

  /** Whether a recorded floor is one the events task measures in this mode. */
  boolean ownsEventsFloor(String metric) {
    return dictionaries == Dictionaries.petrarch ? metric.startsWith("events.dict.")
        : metric.startsWith("events.") && !metric.startsWith("events.dict.");
  }

  /** The line introducing the events baseline. */
  String eventsBaselineHeader() {
    return "== baseline: no verbs; the first two CoreNLP NER mentions (default settings) that "
        + (dictionaries == Dictionaries.petrarch ? "the test's PETRARCH dictionaries code"
        : "Sitrep's actor dictionary codes") + ", as source and target, with one fixed code";
  }

  /** The line introducing the PLOVER baseline. */
  static String ploverBaselineHeader() {
    return "== baseline: one event per sentence of one fixed type; source and target the first "
        + "two CoreNLP NER mentions (default settings) that Sitrep's actor dictionary codes";
  }

  /** Runs Sitrep or the baseline on the events set, prints the report, returns the metrics. */
  Map<String, Double> events(PrintWriter out, boolean sitrep) {
    var docs = EventEvaluator.read(file);
    EventEvaluator.Annotator annotator;
    if (sitrep) {
      Sitrep withEvents = Sitrep.withEvents(NlpSettings.sitrep());
      if (dictionaries == Dictionaries.sitrep) {
        out.println("(Sitrep's own output: source_code, target_code and code as `sitrep analyze` "
            + "gives them, an uncoded actor as " + EventEvaluator.UNCODED + "; negated, denied "
            + "and hypothetical events left out)");
        annotator = EvalSystems.events(withEvents);
      } else {
        out.println("(dictionary mode, not what `sitrep analyze` outputs: actors recoded with the "
            + "test's PETRARCH dictionaries" + (petrarchVerbs != null ? ", event codes from its "
            + "verb dictionary where it knows the trigger" : "") + "; metrics "
            + eventsPrefix() + ".*)");
        annotator = petrarchVerbs == null ? EvalSystems.events(withEvents, petrarchActors)
            : EvalSystems.events(withEvents, petrarchActors, petrarchVerbs);
      }
    } else {
      String code = EvalSystems.majorityCode(docs);
      out.println("(fixed code " + code + ": the gold file's most frequent code within its most "
          + "frequent CAMEO root)");
      CoreNlp plain = CoreNlp.shared(NlpSettings.corenlpDefault());
      annotator = code == null ? doc -> List.of()
          : dictionaries == Dictionaries.petrarch
          ? EvalSystems.eventsBaseline(plain, (name, date) -> petrarchActors.code(name), code)
          : EvalSystems.eventsBaseline(plain, (name, date) ->
              EvalSystems.dictionaryCode(ActorDictionary.builtIn(), name, date), code);
    }
    var report = EventEvaluator.evaluate(docs, annotator, threads);
    out.print(report.format());
    return report.metrics(eventsPrefix());
  }

  /** Runs Sitrep or the baseline on PLOVER gold records, prints the report, returns metrics. */
  Map<String, Double> plover(PrintWriter out, boolean sitrep) {
    var docs = PloverEvaluator.read(file);
    PloverEvaluator.Annotator annotator;
    if (sitrep) {
      out.println("(Sitrep's own output as `sitrep analyze` gives it: each event's plover type, "
          + "source_code and target_code)");
      annotator = EvalSystems.plover(Sitrep.withEvents(NlpSettings.sitrep()));
    } else {
      String type = PloverEvaluator.majorityType(docs);
      out.println("(fixed type " + type + ": the gold file's most frequent)");
      annotator = type == null ? doc -> List.of()
          : EvalSystems.ploverBaseline(CoreNlp.shared(NlpSettings.corenlpDefault()),
              ActorDictionary.builtIn(), type);
    }
    var report = PloverEvaluator.evaluate(docs, annotator, threads);
    out.print(report.format());
    if (details) {
      out.println("per sentence: id, gold type, gold sources, gold targets, verdict (per slot "
          + "TP/FP/FN at country c and code+sector r), events (type code source -> target)");
      report.details().forEach(out::println);
    }
    return report.metrics();
  }

  /** The test's actor dictionary: given, or the PETRARCH folder beside the evaluation file. */
  private PetrarchActorCoder actorCoder(Path actors, Path agents) {
    Path dir = file.toAbsolutePath().getParent().resolve("petrarch-dictionaries");
    Path actorFile = actors != null ? actors : dir.resolve("PETR.Validate.actors.txt");
    if (!Files.isRegularFile(actorFile)) {
      throw new Main.UserException("no actor dictionary " + actorFile + (actors == null
          ? " (give one with --actors)" : ""), 2);
    }
    Path agentFile = agents;
    if (agentFile != null && !Files.isRegularFile(agentFile)) {
      throw new Main.UserException("no agent dictionary " + agentFile, 2);
    }
    if (agentFile == null && actors == null
        && Files.isRegularFile(dir.resolve("PETR.Validate.agents.txt"))) {
      agentFile = dir.resolve("PETR.Validate.agents.txt");
    }
    try {
      return PetrarchActorCoder.load(actorFile, agentFile);
    } catch (EvalDataException e) {
      throw new Main.UserException(e.getMessage(), 2);
    }
  }

  /** The test's verb dictionary: given, or beside the evaluation file; null when there is none. */
  private PetrarchVerbCoder verbCoder(Path verbs) {
    Path verbFile = verbs != null ? verbs : file.toAbsolutePath().getParent()
        .resolve("petrarch-dictionaries").resolve("PETR.Validate.verbs.txt");
    if (!Files.isRegularFile(verbFile)) {
      if (verbs != null) {
        throw new Main.UserException("no verb dictionary " + verbFile, 2);
      }
      return null;
    }
    try {
      return PetrarchVerbCoder.load(verbFile);
    } catch (EvalDataException e) {
      throw new Main.UserException(e.getMessage(), 2);
    }
  }
}
