package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.analysis.EvalSystems;
import org.sitrep.analysis.Sitrep;
import org.sitrep.entities.EntityEvaluator;
import org.sitrep.eval.EvalDataException;
import org.sitrep.eval.QualityFloors;
import org.sitrep.nlp.CoreNlp;
import org.sitrep.nlp.NlpSettings;
import org.sitrep.time.TimexEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval timex|entities FILE}: precision, recall and F1 of Sitrep and of plain CoreNLP
 * on the same annotated data, by the same evaluator. {@code --check} fails (exit 1) when a Sitrep
 * figure falls below the floor recorded in a file; {@code --update} records the new figures.
 */
@Command(name = "eval", description = "Score Sitrep (and plain CoreNLP) on annotated data.")
final class EvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TASK", description = "timex or entities")
  Task task;

  @Parameters(index = "1", paramLabel = "FILE", description = "A JSON Lines development set.")
  Path file;

  @Option(names = "--system", description = "sitrep, corenlp or both (default both).")
  SystemChoice system = SystemChoice.both;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--check", paramLabel = "FLOORS", description = "Fail if below these floors.")
  Path check;

  @Option(names = "--update", paramLabel = "FLOORS", description = "Record Sitrep's figures.")
  Path update;

  enum Task { timex, entities }

  enum SystemChoice { sitrep, corenlp, both }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(file)) {
      throw new Main.UserException("no such file: " + file, 2);
    }
    Map<String, Double> sitrepMetrics = new LinkedHashMap<>();
    try {
      if (system != SystemChoice.corenlp) {
        out.println("== Sitrep " + Sitrep.VERSION);
        sitrepMetrics = run(out, true);
      }
      if (system != SystemChoice.sitrep) {
        out.println("== plain CoreNLP (tokenize,ssplit,pos,lemma,ner; default settings)");
        run(out, false);
      }
    } catch (EvalDataException e) {
      throw new Main.UserException(e.getMessage(), 1);
    }
    if (update != null) {
      QualityFloors.update(update, sitrepMetrics);
      out.println("recorded floors in " + update);
    }
    if (check != null) {
      List<String> violations = QualityFloors.load(check).compare(sitrepMetrics).stream()
          .filter(v -> v.startsWith(task == Task.timex ? "timex." : "entities.")).toList();
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

  private Map<String, Double> run(PrintWriter out, boolean sitrep) {
    long t0 = System.nanoTime();
    Map<String, Double> metrics;
    if (task == Task.timex) {
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
