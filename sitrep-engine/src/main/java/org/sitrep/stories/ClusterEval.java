package org.sitrep.stories;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.Sitrep;
import org.sitrep.clean.PublicationDateStage;
import org.sitrep.clean.Published;
import org.sitrep.clean.Structure;
import org.sitrep.clean.StructureStage;
import org.sitrep.core.Document;
import org.sitrep.core.IsoDays;
import org.sitrep.core.Pipeline;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;
import org.sitrep.eval.EvalDataException;
import org.sitrep.eval.JsonlRecord;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Ingestor;

/**
 * Measures story clustering against gold clusters with {@link BCubed}. Sets it reads:
 *
 * <ul>
 *   <li>a JSON Lines file of articles ({@code id, title, text, published, source}) with a gold
 *       {@code cluster_id} each, read through the default {@link Ingestor} as {@code sitrep
 *       analyze} reads it ({@link #readJsonl});
 *   <li>a real-news set's folder ({@code gold.jsonl} with a {@code story} label per article,
 *       {@code html/}, {@code articles.jsonl}; {@link #readRealNews});
 *   <li>any folder of articles with a two-column TSV of article id and gold story label
 *       ({@link #readFolder}), to pool with the others.
 * </ul>
 *
 * Articles become {@link StoryArticle}s either {@link #light() lightly} (Sitrep's structure and
 * publication-date stages, which need no language model, and the {@link NameFinder}'s names) or
 * through Sitrep's full analysis ({@link #analysed}). Both systems cluster the same articles in
 * the same order ({@link StoryClusterer#ORDER}). Stateless.
 */
public final class ClusterEval {
  private ClusterEval() {}

  /**
   * The plain baseline's one threshold: the best single value on the clusters development set
   * (a sweep in steps of 0.02 from 0.12 to 0.30), so the baseline is measured at its best.
   */
  public static final double BASELINE_THRESHOLD = 0.18;

  /** An article and its gold story label. */
  public record Item(Article article, String gold) {
    public Item {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(gold, "gold");
    }
  }

  /**
   * A clustered set.
   *
   * @param name what it is, for the report
   * @param items its articles with their labels, ids distinct
   */
  public record Dataset(String name, List<Item> items) {
    public Dataset {
      items = ImmutableList.copyOf(items);
      var ids = new HashSet<String>();
      for (Item i : items) {
        checkArgument(ids.add(i.article().id()), "article id %s occurs twice in %s",
            i.article().id(), name);
      }
    }

    /** The number of distinct gold labels. */
    public int goldClusters() {
      return (int) items.stream().map(Item::gold).distinct().count();
    }

    /** This set and {@code other} as one, labels kept apart by the set they came from. */
    public Dataset pooledWith(Dataset other) {
      List<Item> all = new ArrayList<>();
      items.forEach(i -> all.add(new Item(i.article(), name + ":" + i.gold())));
      other.items.forEach(i -> all.add(new Item(i.article(), other.name + ":" + i.gold())));
      return new Dataset(name + " + " + other.name, all);
    }
  }

  /**
   * Reads a JSON Lines file of articles with a gold {@code cluster_id} (number or string) each.
   *
   * @throws EvalDataException if the file is missing or malformed, or a record has no id or label
   */
  public static Dataset readJsonl(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new EvalDataException("no such file: " + file);
    }
    Map<String, String> gold = new LinkedHashMap<>();
    for (JsonlRecord r : JsonlRecord.readAll(file)) {
      String id = r.text("id");
      String label;
      try {
        label = String.valueOf(r.integer("cluster_id"));
      } catch (EvalDataException notANumber) {
        label = r.text("cluster_id");
      }
      gold.put(id, label);
    }
    return new Dataset(file.getFileName().toString(), join(gold, List.of(file), file));
  }

  /**
   * Reads a real-news set's folder: {@code gold.jsonl}'s {@code story} labels over the articles
   * of {@code html/} and {@code articles.jsonl}.
   *
   * @throws EvalDataException if the folder, its gold or an article the gold names is missing
   */
  public static Dataset readRealNews(Path dir) {
    Path goldFile = dir.resolve("gold.jsonl");
    if (!Files.isRegularFile(goldFile)) {
      throw new EvalDataException("no gold.jsonl in " + dir);
    }
    Map<String, String> gold = new LinkedHashMap<>();
    for (JsonlRecord r : JsonlRecord.readAll(goldFile)) {
      String story = r.optionalText("story");
      if (story == null) {
        throw r.error("no story label");
      }
      gold.put(r.text("id"), story);
    }
    List<Path> inputs = new ArrayList<>();
    if (Files.isDirectory(dir.resolve("html"))) {
      inputs.add(dir.resolve("html"));
    }
    if (Files.isRegularFile(dir.resolve("articles.jsonl"))) {
      inputs.add(dir.resolve("articles.jsonl"));
    }
    return new Dataset(dir.getFileName().toString(), join(gold, inputs, dir));
  }

  /**
   * Reads the articles under {@code dir} with gold labels from {@code goldTsv}: one line per
   * article, its id (as ingest gives it: a file's stem) and its story label, tab-separated;
   * blank lines and lines starting with {@code #} skipped.
   *
   * @throws EvalDataException if either is missing or malformed, or a labelled article is absent
   */
  public static Dataset readFolder(Path dir, Path goldTsv) {
    if (!Files.isDirectory(dir)) {
      throw new EvalDataException("no such folder: " + dir);
    }
    if (!Files.isRegularFile(goldTsv)) {
      throw new EvalDataException("no such file: " + goldTsv);
    }
    Map<String, String> gold = new LinkedHashMap<>();
    try {
      int n = 0;
      for (String line : Files.readAllLines(goldTsv, StandardCharsets.UTF_8)) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
          throw new EvalDataException(goldTsv + " line " + n
              + ": expected an article id and a story label separated by a tab");
        }
        gold.put(f[0].strip(), f[1].strip());
      }
    } catch (IOException e) {
      throw new EvalDataException("cannot read " + goldTsv + ": " + e.getMessage(), e);
    }
    return new Dataset(dir.getFileName().toString(), join(gold, List.of(dir), goldTsv));
  }

  private static List<Item> join(Map<String, String> gold, List<Path> inputs, Path where) {
    Ingestor.ById read = Ingestor.withDefaults().readById(inputs);
    Map<String, Article> articles = read.articles();
    List<String> failures = read.failures();
    List<Item> items = new ArrayList<>();
    gold.forEach((id, label) -> {
      Article a = articles.get(id);
      if (a == null) {
        throw new EvalDataException(where + " labels article '" + id + "', which ingest did not "
            + "read" + (failures.isEmpty() ? "" : " (unreadable: " + String.join("; ", failures)
            + ")"));
      }
      items.add(new Item(a, label));
    });
    if (items.isEmpty()) {
      throw new EvalDataException("no labelled articles in " + where);
    }
    return items;
  }

  /**
   * The cheap reading: title and body from Sitrep's structure stage (furniture, bylines and
   * captions left out), the publication date as Sitrep states or infers it, and names from the
   * {@link NameFinder}. No language model is loaded.
   */
  public static Function<Article, StoryArticle> light() {
    Pipeline p = Pipeline.startingWith(Article.LAYER).then(StructureStage.create())
        .then(PublicationDateStage.create()).build();
    NameFinder names = NameFinder.withDefaults();
    return a -> {
      Document d = p.run(Document.of(Article.LAYER, a));
      Structure s = d.get(Structure.LAYER);
      Published pub = d.get(Published.LAYER);
      String title = a.title() != null ? a.title()
          : s.title() != null ? s.title().in(a.text()).strip() : null;
      StringBuilder body = new StringBuilder();
      for (StructureSpan span : s.spans()) {
        if (span.type() == StructureType.BODY || span.type() == StructureType.STANDFIRST
            || span.type() == StructureType.HEADING) {
          body.append(a.text(), span.span().start(), span.span().end()).append('\n');
        }
      }
      String text = body.length() > 0 ? body.toString() : a.text();
      List<String> found = names.find((title == null ? "" : title + "\n") + text);
      return new StoryArticle(a.id(), a.source(), title, text,
          IsoDays.dayOf(pub.value()), found);
    };
  }

  /** Sitrep's full analysis (CoreNLP included): its entities and places are the names. */
  public static Function<Article, StoryArticle> analysed(Sitrep sitrep) {
    return a -> {
      AnalyzedArticle out = sitrep.analyze(a);
      return StoryArticle.from(out);
    };
  }

  /**
   * One system's result.
   *
   * @param system its name and settings, for the report
   * @param score B-cubed against the gold
   * @param stories the number of stories it made
   * @param clusterer the clusterer after the run, for details
   */
  public record Result(String system, BCubed.Score score, int stories, StoryClusterer clusterer) {}

  /** Clusters the prepared articles with {@code settings} and scores the stories. */
  public static Result run(String system, List<StoryArticle> articles, Map<String, String> gold,
      StoryClusterer.Settings settings) {
    StoryClusterer c = new StoryClusterer(settings);
    c.addAll(articles);
    return new Result(system, BCubed.score(gold, c.assignments()), c.size(), c);
  }

  /** Gold label by article id. */
  public static Map<String, String> gold(Dataset data) {
    Map<String, String> out = new LinkedHashMap<>();
    data.items().forEach(i -> out.put(i.article().id(), i.gold()));
    return out;
  }

  /** The results as a table. */
  public static String format(Dataset data, List<Result> results) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s: %d articles, %d gold stories%n", data.name(),
        data.items().size(), data.goldClusters()));
    out.append(String.format(Locale.ROOT, "  %-44s %7s %7s %7s %8s%n", "system", "B3 P", "B3 R",
        "B3 F1", "stories"));
    for (Result r : results) {
      out.append(String.format(Locale.ROOT, "  %-44s %7.3f %7.3f %7.3f %8d%n", r.system(),
          r.score().precision(), r.score().recall(), r.score().f1(), r.stories()));
    }
    return out.toString();
  }

  /**
   * Every story of {@code r} with more than one article or whose gold story is split, each article
   * with its gold label and why it joined; for looking at errors.
   */
  public static String details(Result r, Map<String, String> gold) {
    StringBuilder out = new StringBuilder("stories of " + r.system() + ":\n");
    for (Story s : r.clusterer().stories()) {
      out.append(String.format(Locale.ROOT, "  %s (%s .. %s) %s%n", s.id(), s.first(), s.last(),
          s.title()));
      for (Membership m : s.members()) {
        out.append(String.format(Locale.ROOT, "    %-28.28s gold=%-22.22s %s score=%.2f "
            + "text=%.2f names=%.2f time=%.2f%s shared=%s%n", m.articleId(), gold.get(
            m.articleId()), m.started() ? "start" : "join ", m.score(), m.text(), m.names(),
            m.time(), m.duplicateOf() != null ? " dup-of=" + m.duplicateOf() : "",
            m.sharedNames()));
      }
    }
    return out.toString();
  }
}
