package org.sitrep.stories;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.framing.ActorLabel;
import org.sitrep.framing.LoadedCategory;
import org.sitrep.framing.LoadedTerm;
import org.sitrep.framing.Voice;

/**
 * How each outlet of a story frames its actors: the labels every outlet's articles attach to each
 * actor and the loaded terms they use, each occurrence with its voice, article and span, so that
 * "terrorist group X" in one outlet's narration and "security forces (X)" in another's stand side
 * by side. Built from the articles' own framing layers (nothing is re-analysed); an article whose
 * outlet is unknown is grouped under {@code "unknown"}. Actors are matched across articles by the
 * name their article's analysis gives them (an entity id is per article, so it is not kept). A
 * label that is just that name is left out.
 *
 * @param outlets one entry per outlet, in the order the outlets first appear among the articles
 */
public record StoryFraming(List<OutletFraming> outlets) {
  /** Outlet name used when an article's outlet is unknown. */
  public static final String UNKNOWN = "unknown";

  public StoryFraming {
    outlets = ImmutableList.copyOf(outlets);
  }

  /**
   * One outlet's framing in the story.
   *
   * @param outlet the outlet's name, or {@link #UNKNOWN}
   * @param actors the actors it labels, in order of their first label
   * @param loadedTerms its loaded terms, in article order then text order
   */
  public record OutletFraming(String outlet, List<ActorLabels> actors, List<TermUse> loadedTerms) {
    public OutletFraming {
      Objects.requireNonNull(outlet, "outlet");
      actors = ImmutableList.copyOf(actors);
      loadedTerms = ImmutableList.copyOf(loadedTerms);
    }
  }

  /**
   * The labels an outlet attaches to one actor.
   *
   * @param actor the actor's name as its articles' analysis gives it
   * @param labels every occurrence, in article order then text order
   */
  public record ActorLabels(String actor, List<LabelUse> labels) {
    public ActorLabels {
      Objects.requireNonNull(actor, "actor");
      labels = ImmutableList.copyOf(labels);
    }
  }

  /**
   * One label occurrence.
   *
   * @param text the label as written
   * @param voice the outlet's own narration or a quoted view
   * @param speaker who is quoted, when named; null in the outlet's own voice
   * @param articleId the article it occurs in
   * @param start UTF-16 offset into that article's text, inclusive
   * @param end UTF-16 offset, exclusive
   */
  public record LabelUse(String text, Voice voice, String speaker, String articleId, int start,
      int end) {
    public LabelUse {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(voice, "voice");
      Objects.requireNonNull(articleId, "articleId");
      checkArgument(end > start && start >= 0, "bad label span [%s,%s)", start, end);
    }
  }

  /**
   * One loaded-term occurrence.
   *
   * @param term the lexicon's term
   * @param category its category
   * @param voice the outlet's own narration or a quoted view
   * @param speaker who is quoted, when named
   * @param actor the actor the term is applied to, when clear
   * @param articleId the article it occurs in
   * @param start UTF-16 offset into that article's text, inclusive
   * @param end UTF-16 offset, exclusive
   */
  public record TermUse(String term, LoadedCategory category, Voice voice, String speaker,
      String actor, String articleId, int start, int end) {
    public TermUse {
      Objects.requireNonNull(term, "term");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(voice, "voice");
      Objects.requireNonNull(articleId, "articleId");
      checkArgument(end > start && start >= 0, "bad term span [%s,%s)", start, end);
    }
  }

  /** The framing of a story's articles, grouped by outlet and, within an outlet, by actor. */
  public static StoryFraming of(List<AnalyzedArticle> articles) {
    Map<String, Map<String, List<LabelUse>>> labels = new LinkedHashMap<>();
    Map<String, List<TermUse>> terms = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      String outlet = a.outlet() == null ? UNKNOWN : a.outlet();
      Map<String, List<LabelUse>> byActor = labels.computeIfAbsent(outlet,
          k -> new LinkedHashMap<>());
      List<TermUse> outletTerms = terms.computeIfAbsent(outlet, k -> new ArrayList<>());
      for (ActorLabel l : a.framing().labels()) {
        if (l.text().equalsIgnoreCase(l.actor())) {
          // "Full Name (ACRONYM)" labels the acronym with the name the analysis already calls the
          // actor: it says nothing about how the outlet frames it.
          continue;
        }
        byActor.computeIfAbsent(l.actor(), k -> new ArrayList<>()).add(
            new LabelUse(l.text(), l.voice(), l.speaker(), a.id(), l.start(), l.end()));
      }
      for (LoadedTerm t : a.framing().loadedTerms()) {
        outletTerms.add(new TermUse(t.term(), t.category(), t.voice(), t.speaker(), t.actor(),
            a.id(), t.start(), t.end()));
      }
    }
    List<OutletFraming> outlets = new ArrayList<>();
    labels.forEach((outlet, byActor) -> {
      List<ActorLabels> actors = new ArrayList<>();
      byActor.forEach((actor, uses) -> actors.add(new ActorLabels(actor, uses)));
      outlets.add(new OutletFraming(outlet, actors, terms.get(outlet)));
    });
    return new StoryFraming(outlets);
  }
}
