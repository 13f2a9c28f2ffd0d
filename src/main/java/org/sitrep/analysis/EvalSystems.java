package org.sitrep.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.entities.Entities;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityEvaluator;
import org.sitrep.entities.Mention;
import org.sitrep.eval.EvalDoc;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.SourceFormat;
import org.sitrep.nlp.CoreNlp;
import org.sitrep.nlp.NerSpan;
import org.sitrep.time.TimeExpression;
import org.sitrep.time.TimexEvaluator;
import org.sitrep.time.Times;

/**
 * The systems {@code sitrep eval} compares: Sitrep's whole pipeline, and plain CoreNLP on the raw
 * text with the same reference date. Both are measured by the same evaluator on the same data.
 */
public final class EvalSystems {
  private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");

  private EvalSystems() {}

  /** The evaluation document as an article, its creation time as metadata publication date. */
  static Article article(EvalDoc doc) {
    return new Article(doc.id(), null, null, null, doc.dct() == null ? null : doc.dct().toString(),
        doc.text(), SourceFormat.TEXT, "eval", List.of(), List.of());
  }

  public static TimexEvaluator.Annotator timex(Sitrep sitrep) {
    return doc -> sitrep.run(article(doc)).get(Times.LAYER).expressions();
  }

  public static TimexEvaluator.Annotator timex(CoreNlp plain) {
    return doc -> {
      List<TimeExpression> out = new ArrayList<>();
      for (NerSpan m : plain.analyse(doc.text(), doc.dct()).mentions()) {
        if (TEMPORAL.contains(m.type()) && m.timexType() != null) {
          out.add(new TimeExpression(m.start(), m.end(), doc.text().substring(m.start(), m.end()),
              m.timexType(), m.timexValue()));
        }
      }
      return out;
    };
  }

  public static EntityEvaluator.Annotator entities(Sitrep sitrep) {
    return doc -> {
      List<EntityEvaluator.Predicted> out = new ArrayList<>();
      for (Entity e : sitrep.run(article(doc)).get(Entities.LAYER).entities()) {
        String type = switch (e.type()) {
          case PERSON -> "PER";
          case ORGANIZATION -> "ORG";
          case LOCATION -> "LOC";
          case GROUP -> null;
        };
        if (type != null) {
          for (Mention m : e.mentions()) {
            out.add(new EntityEvaluator.Predicted(m.start(), m.end(), type));
          }
        }
      }
      return out;
    };
  }

  public static EntityEvaluator.Annotator entities(CoreNlp plain) {
    return doc -> {
      List<EntityEvaluator.Predicted> out = new ArrayList<>();
      for (NerSpan m : plain.analyse(doc.text(), doc.dct()).mentions()) {
        String type = switch (m.type()) {
          case "PERSON" -> "PER";
          case "ORGANIZATION" -> "ORG";
          case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "LOC";
          default -> null;
        };
        if (type != null) {
          out.add(new EntityEvaluator.Predicted(m.start(), m.end(), type));
        }
      }
      return out;
    };
  }
}
