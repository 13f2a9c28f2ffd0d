package org.sitrep.fusion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.events.Figure;
import org.sitrep.events.FigureKind;
import org.sitrep.fusion.Contradiction.Attribute;
import org.sitrep.fusion.Contradiction.Side;
import org.sitrep.fusion.Contradiction.Source;

/**
 * Finds what the reports of one fused event disagree on. A contradiction needs two reports from
 * different articles whose values cannot both be true; once there is one, every value of that
 * attribute is listed, each with all its sources, so the reader sees the whole spread:
 *
 * <ul>
 *   <li>figures, per kind (killed, wounded, …): two ranges that do not overlap ("several", 3–9,
 *       against "tens of", 20–99; 19 against 20); "at least 5" and 12 overlap, so a rising toll
 *       stated as a lower bound is no contradiction. Figures are compared across an incident:
 *       fused events of compatible roots that share a reporting sentence ("gunmen opened fire,
 *       killing 19" is one sentence but two events, the shooting and the killing, and another
 *       outlet's toll may have fused with either); the contradiction names the incident's first
 *       event;
 *   <li>roles: the same two parties in opposite roles, unless the event word names an action of
 *       both sides at once ("clashes", "talks"; the documented list
 *       {@code reciprocal-triggers.txt});
 *   <li>date: dates the reports themselves state (not the article-date fallback) that do not
 *       overlap: Monday against Tuesday; "March" and "15 March" do not conflict;
 *   <li>place: two different towns or neighbourhoods on the gazetteer more than a few km apart
 *       (closer, they are one locality spelt two ways);
 *   <li>factuality: reported as fact (asserted, reported, announced) against denied or negated.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ContradictionFinder {
  private static final Set<String> DENIED = Set.of("denied", "negated");
  private static final Set<String> FINE_PLACES = Set.of("CITY", "NEIGHBORHOOD");

  private final ImmutableSet<String> reciprocal;

  /** @param reciprocalTriggers event words (lower case, singular) that name a mutual action */
  public ContradictionFinder(Set<String> reciprocalTriggers) {
    this.reciprocal = ImmutableSet.copyOf(reciprocalTriggers);
  }

  /** With the shipped list of reciprocal event words. */
  public static ContradictionFinder standard() {
    return new ContradictionFinder(readWords("reciprocal-triggers.txt"));
  }

  /**
   * The contradictions of the events, in event order (an incident's figures under its first
   * event), then in {@link Attribute} order.
   */
  public ImmutableList<Contradiction> find(List<FusedEvent> events) {
    List<List<FusedEvent>> incidents = incidents(events);
    ImmutableList.Builder<Contradiction> out = ImmutableList.builder();
    for (FusedEvent e : events) {
      List<Contradiction> own = new ArrayList<>();
      for (List<FusedEvent> incident : incidents) {
        if (incident.get(0) == e) {
          for (FigureKind k : FigureKind.values()) {
            figures(incident, k, own);
          }
        }
      }
      others(e, own);
      out.addAll(own);
    }
    return out.build();
  }

  /** The contradictions of one fused event on its own, in {@link Attribute} order. */
  public ImmutableList<Contradiction> find(FusedEvent e) {
    List<Contradiction> out = new ArrayList<>();
    for (FigureKind k : FigureKind.values()) {
      figures(List.of(e), k, out);
    }
    others(e, out);
    return ImmutableList.copyOf(out);
  }

  /** Events of compatible roots linked by shared reporting sentences, in order of first event. */
  static List<List<FusedEvent>> incidents(List<FusedEvent> events) {
    int[] parent = new int[events.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, List<Integer>> bySentence = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      for (Report r : events.get(i).reports()) {
        bySentence.computeIfAbsent(r.articleId() + "\u0000" + r.sentenceStart(),
            k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> same : bySentence.values()) {
      for (int x : same) {
        for (int y : same) {
          if (x < y && EventMatcher.compatibleRoots(events.get(x).root(), events.get(y).root())) {
            parent[find(parent, y)] = find(parent, x);
          }
        }
      }
    }
    Map<Integer, List<FusedEvent>> groups = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(events.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void others(FusedEvent e, List<Contradiction> out) {
    roles(e, out);
    dates(e, out);
    places(e, out);
    factuality(e, out);
  }

  private static void figures(List<FusedEvent> incident, FigureKind kind,
      List<Contradiction> out) {
    List<Figure> figs = new ArrayList<>();
    List<Report> from = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Report> reports = new ArrayList<>();
    incident.forEach(e -> reports.addAll(e.reports()));
    reports.sort(Report.PUBLICATION_ORDER);
    for (Report r : reports) {
      for (Figure f : r.figures()) {
        // two events of one sentence carry the same figure
        if (f.kind() == kind && seen.add(r.articleId() + "\u0000" + f.start())) {
          figs.add(f);
          from.add(r);
        }
      }
    }
    boolean conflict = false;
    for (int i = 0; i < figs.size() && !conflict; i++) {
      for (int j = i + 1; j < figs.size() && !conflict; j++) {
        conflict = !from.get(i).articleId().equals(from.get(j).articleId())
            && !overlap(figs.get(i), figs.get(j));
      }
    }
    if (!conflict) {
      return;
    }
    Map<String, List<Source>> sides = new LinkedHashMap<>();
    for (int i = 0; i < figs.size(); i++) {
      Figure f = figs.get(i);
      Report r = from.get(i);
      sides.computeIfAbsent(range(f.min(), f.max()), k -> new ArrayList<>())
          .add(new Source(r.articleId(), r.outletLabel(), f.start(), f.end(), f.text()));
    }
    out.add(contradiction(incident.get(0), Attribute.of(kind), sides));
  }

  private void roles(FusedEvent e, List<Contradiction> out) {
    Report ref = null;
    Map<String, List<Source>> sides = new LinkedHashMap<>();
    Set<String> articles = new HashSet<>();
    for (Report r : e.reports()) {
      if (!known(r.source(), r.sourceCode()) || !known(r.target(), r.targetCode())
          || reciprocal(r.trigger())) {
        continue;
      }
      if (ref == null) {
        ref = r;
      }
      String label;
      if (ActorRelation.of(r.source(), r.sourceCode(), ref.source(), ref.sourceCode())
          == Relation.AGREE && ActorRelation.of(r.target(), r.targetCode(), ref.target(),
          ref.targetCode()) == Relation.AGREE) {
        label = name(ref.source(), ref.sourceCode()) + " \u2192 " + name(ref.target(),
            ref.targetCode());
      } else if (ActorRelation.of(r.source(), r.sourceCode(), ref.target(), ref.targetCode())
          == Relation.AGREE && ActorRelation.of(r.target(), r.targetCode(), ref.source(),
          ref.sourceCode()) == Relation.AGREE) {
        label = name(ref.target(), ref.targetCode()) + " \u2192 " + name(ref.source(),
            ref.sourceCode());
      } else {
        continue;
      }
      sides.computeIfAbsent(label, k -> new ArrayList<>()).add(sentence(r));
      articles.add(r.articleId());
    }
    // A fused event holds at most one report per article, so two sides are two articles; the
    // check keeps that true should fusion ever change.
    if (sides.size() > 1 && articles.size() > 1) {
      out.add(contradiction(e, Attribute.ROLES, sides));
    }
  }

  private static void dates(FusedEvent e, List<Contradiction> out) {
    List<Report> dated = e.reports().stream()
        .filter(r -> r.date() != null && r.date().claimed()).toList();
    boolean conflict = false;
    for (int i = 0; i < dated.size() && !conflict; i++) {
      for (int j = i + 1; j < dated.size() && !conflict; j++) {
        conflict = !dated.get(i).articleId().equals(dated.get(j).articleId())
            && !dated.get(i).date().overlaps(dated.get(j).date());
      }
    }
    if (conflict) {
      Map<String, List<Source>> sides = new LinkedHashMap<>();
      dated.forEach(r -> sides.computeIfAbsent(r.date().value(), k -> new ArrayList<>())
          .add(sentence(r)));
      out.add(contradiction(e, Attribute.DATE, sides));
    }
  }

  private static void places(FusedEvent e, List<Contradiction> out) {
    List<Report> placed = e.reports().stream().filter(r -> r.place() != null
        && FINE_PLACES.contains(r.place().precision())).toList();
    boolean conflict = false;
    for (int i = 0; i < placed.size() && !conflict; i++) {
      for (int j = i + 1; j < placed.size() && !conflict; j++) {
        conflict = !placed.get(i).articleId().equals(placed.get(j).articleId())
            && PlaceRelation.of(placed.get(i).place(), placed.get(j).place(), Double.MAX_VALUE)
            == Relation.NEAR;
      }
    }
    if (conflict) {
      Map<String, List<Source>> sides = new LinkedHashMap<>();
      placed.forEach(r -> sides.computeIfAbsent(PlaceRelation.label(r.place()),
          k -> new ArrayList<>()).add(sentence(r)));
      out.add(contradiction(e, Attribute.PLACE, sides));
    }
  }

  private static void factuality(FusedEvent e, List<Contradiction> out) {
    Map<String, List<Source>> sides = new LinkedHashMap<>();
    Map<String, Set<String>> articles = new LinkedHashMap<>();
    for (Report r : e.reports()) {
      String m = r.modality() == null ? "" : r.modality().toLowerCase(Locale.ROOT);
      String side = DENIED.contains(m) ? "denied" : "happened";
      sides.computeIfAbsent(side, k -> new ArrayList<>()).add(sentence(r));
      articles.computeIfAbsent(side, k -> new HashSet<>()).add(r.articleId());
    }
    if (sides.size() == 2) {
      Set<String> all = new HashSet<>();
      articles.values().forEach(all::addAll);
      if (all.size() > 1) {
        out.add(contradiction(e, Attribute.FACTUALITY, sides));
      }
    }
  }

  private static Contradiction contradiction(FusedEvent e, Attribute a,
      Map<String, List<Source>> sides) {
    List<Side> list = new ArrayList<>();
    sides.forEach((v, s) -> list.add(new Side(v, s)));
    return new Contradiction(e.id(), a, list);
  }

  private static Source sentence(Report r) {
    return new Source(r.articleId(), r.outletLabel(), r.sentenceStart(), r.sentenceEnd(),
        r.wording());
  }

  private boolean reciprocal(String trigger) {
    String t = trigger.toLowerCase(Locale.ROOT).strip();
    return reciprocal.contains(t) || (t.endsWith("es") && reciprocal.contains(
        t.substring(0, t.length() - 2))) || (t.endsWith("s") && reciprocal.contains(
        t.substring(0, t.length() - 1)));
  }

  private static boolean known(String name, String code) {
    return (name != null && !name.isBlank()) || (code != null && !code.isBlank());
  }

  private static String name(String name, String code) {
    return name != null && !name.isBlank() ? name : code;
  }

  /** Whether two figures' ranges overlap; a missing bound is open. */
  static boolean overlap(Figure a, Figure b) {
    return (a.min() == null || b.max() == null || a.min().compareTo(b.max()) <= 0)
        && (b.min() == null || a.max() == null || b.min().compareTo(a.max()) <= 0);
  }

  /** "20–99", "12", "5–" (at least 5), "–9" (at most 9). */
  static String range(BigDecimal min, BigDecimal max) {
    String lo = min == null ? "" : min.stripTrailingZeros().toPlainString();
    String hi = max == null ? "" : max.stripTrailingZeros().toPlainString();
    return min != null && max != null && min.compareTo(max) == 0 ? lo : lo + "\u2013" + hi;
  }

  static ImmutableSet<String> readWords(String resource) {
    InputStream in = ContradictionFinder.class.getResourceAsStream(resource);
    checkArgument(in != null, "missing resource %s", resource);
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return words.build();
  }
}
