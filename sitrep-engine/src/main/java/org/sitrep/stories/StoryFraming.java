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
 * <p>Voice share: whose quotes each outlet carries. Every quote of the outlet's articles counts
 * once for its speaker (as the analysis names it; "unattributed" when it has none), and the
 * speaker's side is the CAMEO actor code the article's actors layer gives the speaker's entity
 * (country and role in one: a government, a military, a rebel group, an international body), else
 * the actor's country, else its kind ("state_government", "armed_nonstate", "ngo": a coarse
 * side, but the one that tells official voices from the others), else "unknown" (a person with
 * no coded role, a speaker that is no actor). Shares are of the outlet's quotes, speakers and sides
 * listed most quoted first (ties by name).
 *
 * <p>Omitted actors: the actors (the actors layer's named actors: one actor when the layer
 * resolved them to the same entry of the actor dictionary, whatever alias each outlet uses, else
 * names compared case- and accent-blind) that at least half of the story's other known outlets name, at least one, and
 * this outlet's articles never name. Events are left to the fused story ({@code
 * report.Omissions}), which knows them.
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
   * @param voices whose quotes it carries, most quoted first
   * @param sides the same by side
   * @param omittedActors actors other outlets name and it does not
   */
  public record OutletFraming(String outlet, List<ActorLabels> actors, List<TermUse> loadedTerms,
      List<VoiceShare> voices, List<VoiceShare> sides, List<OmittedActor> omittedActors) {
    public OutletFraming {
      Objects.requireNonNull(outlet, "outlet");
      actors = ImmutableList.copyOf(actors);
      loadedTerms = ImmutableList.copyOf(loadedTerms);
      voices = ImmutableList.copyOf(voices);
      sides = ImmutableList.copyOf(sides);
      omittedActors = ImmutableList.copyOf(omittedActors);
    }

    /** Labels and loaded terms only (no quotes counted, nothing omitted). */
    public OutletFraming(String outlet, List<ActorLabels> actors, List<TermUse> loadedTerms) {
      this(outlet, actors, loadedTerms, List.of(), List.of(), List.of());
    }
  }

  /**
   * One speaker's (or side's) part of an outlet's quotes.
   *
   * @param speaker the speaker as the analysis names it, or null in a by-side entry
   * @param side the side (see the class comment)
   * @param quotes the outlet's quotes from this speaker or side
   * @param share their share of the outlet's quotes, in (0, 1]
   */
  public record VoiceShare(String speaker, String side, int quotes, double share) {
    public VoiceShare {
      Objects.requireNonNull(side, "side");
      checkArgument(quotes > 0, "a voice share needs at least one quote");
    }
  }

  /**
   * An actor other outlets name and this one does not.
   *
   * @param actor the actor's name as the first other outlet writes it
   * @param namedBy the other outlets that name it, sorted
   */
  public record OmittedActor(String actor, List<String> namedBy) {
    public OmittedActor {
      Objects.requireNonNull(actor, "actor");
      namedBy = ImmutableList.copyOf(namedBy);
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
    Map<String, List<AnalyzedArticle>> byOutlet = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      byOutlet.computeIfAbsent(a.outlet() == null ? UNKNOWN : a.outlet(), k -> new ArrayList<>())
          .add(a);
    }
    Map<String, Map<String, String>> named = actorsNamed(byOutlet);
    List<OutletFraming> outlets = new ArrayList<>();
    labels.forEach((outlet, byActor) -> {
      List<ActorLabels> actors = new ArrayList<>();
      byActor.forEach((actor, uses) -> actors.add(new ActorLabels(actor, uses)));
      List<AnalyzedArticle> own = byOutlet.get(outlet);
      outlets.add(new OutletFraming(outlet, actors, terms.get(outlet), voices(own, false),
          voices(own, true), omitted(outlet, named)));
    });
    return new StoryFraming(outlets);
  }

  /** Quotes per speaker (or per side), most first, ties by name. */
  private static List<VoiceShare> voices(List<AnalyzedArticle> articles, boolean bySide) {
    Map<String, int[]> counts = new java.util.TreeMap<>();
    Map<String, String> sideOf = new java.util.HashMap<>();
    int total = 0;
    for (AnalyzedArticle a : articles) {
      Map<String, org.sitrep.actors.ActorRef> actorOf = new java.util.HashMap<>();
      for (org.sitrep.actors.ActorRef r : a.actors()) {
        if (r.entityId() != null) {
          actorOf.put(r.entityId(), r);
        }
      }
      for (org.sitrep.quotes.Quote q : a.quotes()) {
        String speaker = q.speaker() == null || q.speaker().isBlank() ? "unattributed"
            : q.speaker();
        org.sitrep.actors.ActorRef r = q.speakerId() == null ? null : actorOf.get(q.speakerId());
        String side = side(r);
        String key = bySide ? side : speaker;
        counts.computeIfAbsent(key, k -> new int[1])[0]++;
        sideOf.putIfAbsent(key, side);
        total++;
      }
    }
    List<VoiceShare> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int n = e.getValue()[0];
      out.add(new VoiceShare(bySide ? null : e.getKey(), sideOf.get(e.getKey()), n,
          (double) n / total));
    }
    out.sort(java.util.Comparator.comparingInt(VoiceShare::quotes).reversed());
    return out;
  }

  /** A speaker's side: CAMEO code, else country, else kind (a person's is no side), else unknown. */
  private static String side(org.sitrep.actors.ActorRef r) {
    if (r == null) {
      return "unknown";
    }
    if (r.cameoCode() != null && !r.cameoCode().isBlank()) {
      return r.cameoCode();
    }
    if (r.country() != null && !r.country().isBlank()) {
      return r.country();
    }
    return r.kind() == org.sitrep.actors.ActorKind.PERSON ? "unknown"
        : r.kind().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Per known outlet: actor key → the name as written, for every named actor of its articles. */
  private static Map<String, Map<String, String>> actorsNamed(
      Map<String, List<AnalyzedArticle>> byOutlet) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    byOutlet.forEach((outlet, articles) -> {
      if (outlet.equals(UNKNOWN)) {
        return;
      }
      Map<String, String> names = new LinkedHashMap<>();
      for (AnalyzedArticle a : articles) {
        for (org.sitrep.actors.ActorRef r : a.actors()) {
          String key = identity(r);
          if (!key.isEmpty()) {
            names.putIfAbsent(key, r.name());
          }
        }
      }
      out.put(outlet, names);
    });
    return out;
  }

  /**
   * Who an actor is, for omissions: the actor registry's entry when the actors layer resolved it
   * through the dictionary (basis {@code "dictionary: <entry>"}), so that outlets naming one
   * actor by different aliases ("the Rivermen", "the Tarsan-led border units") name the same
   * actor; else its name's key. A code the dictionary only contributed to ({@code "… + agent:
   * …"}) says what the actor is, not who, and falls back to the name.
   */
  static String identity(org.sitrep.actors.ActorRef r) {
    String basis = r.basis();
    if (basis.startsWith(DICTIONARY) && !basis.contains(" + ")) {
      String entry = NameKeys.key(basis.substring(DICTIONARY.length()));
      if (!entry.isEmpty()) {
        return "entry:" + entry;
      }
    }
    return NameKeys.key(r.name());
  }

  private static final String DICTIONARY = "dictionary: ";

  /** The actors at least half the other known outlets (at least one) name and this one does not. */
  private static List<OmittedActor> omitted(String outlet,
      Map<String, Map<String, String>> named) {
    Map<String, String> own = named.get(outlet);
    if (own == null) {
      return List.of();
    }
    int others = named.size() - 1;
    int needed = Math.max(1, (others + 1) / 2);
    Map<String, List<String>> by = new LinkedHashMap<>();
    Map<String, String> written = new LinkedHashMap<>();
    named.forEach((other, names) -> {
      if (other.equals(outlet)) {
        return;
      }
      names.forEach((key, name) -> {
        if (!own.containsKey(key)) {
          by.computeIfAbsent(key, k -> new ArrayList<>()).add(other);
          written.putIfAbsent(key, name);
        }
      });
    });
    List<OmittedActor> out = new ArrayList<>();
    by.forEach((key, outlets) -> {
      if (outlets.size() >= needed) {
        out.add(new OmittedActor(written.get(key), outlets.stream().sorted().toList()));
      }
    });
    return out;
  }
}
