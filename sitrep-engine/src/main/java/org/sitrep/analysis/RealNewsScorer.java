package org.sitrep.analysis;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.core.Span;
import org.sitrep.core.StructureType;
import org.sitrep.entities.Entity;
import org.sitrep.entities.Mention;
import org.sitrep.events.Figure;
import org.sitrep.events.FigureKind;
import org.sitrep.quotes.QuoteEvaluator;
import org.sitrep.time.TimeExpression;

/**
 * Scores one system output against one article's gold by the rules documented on {@link
 * RealNewsEvaluator}. Thread-safe: it holds only the actor dictionary used to find the countries
 * an actor description names.
 */
final class RealNewsScorer {
  /** ISO 3166-1 alpha-3 codes: the first three letters of a CAMEO actor code may be one. */
  private static final Set<String> ISO3 =
      ImmutableSet.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  private final ActorDictionary dictionary;

  RealNewsScorer(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  RealNewsScore score(RealNewsGold gold, RealNewsOutput out) {
    List<String> misses = new ArrayList<>();
    Regions regions = Regions.of(gold, out);
    RealNewsScore.DateCheck date = out.published() == null ? null : date(gold, out, misses);
    Map<RealNewsScore.EntityKind, RealNewsScore.EntityCheck> entities =
        new EnumMap<>(RealNewsScore.EntityKind.class);
    List<Named> named = named(out.entities(), regions);
    for (RealNewsScore.EntityKind kind : RealNewsScore.EntityKind.values()) {
      entities.put(kind, entities(gold, kind, named, misses));
    }
    RealNewsScore.AliasCheck aliases = out.groupsNames() ? aliases(gold, named, regions, misses)
        : null;
    RealNewsScore.TimeCheck times = times(gold, out, regions, misses);
    RealNewsScore.QuoteCheck quotes = quotes(gold, out, misses);
    RealNewsScore.EventCheck events = out.events() == null ? null : events(gold, out, misses);
    RealNewsScore.FurnitureCheck furniture = furniture(gold, out, regions, misses);
    // Names can span lines (a mention across a line break): one miss, one output line.
    List<String> lines = misses.stream()
        .map(m -> gold.id() + ": " + m.replaceAll("\\s+", " ")).toList();
    boolean dated = gold.published() != null;
    return new RealNewsScore(1, dated ? 1 : 0, date, entities, aliases, times,
        dated ? times : RealNewsScore.TimeCheck.ZERO, quotes, events, furniture, lines);
  }

  // ---------------------------------------------------------------- date

  private static RealNewsScore.DateCheck date(RealNewsGold gold, RealNewsOutput out,
      List<String> misses) {
    String value = out.published().value();
    boolean given = value != null && !value.isBlank();
    if (gold.published() != null) {
      if (!given) {
        misses.add("date missed (gold " + gold.published() + ")");
        return new RealNewsScore.DateCheck(0, 0, 1, 0, 0, 0);
      }
      if (calendarDates(value).contains(gold.published())) {
        return new RealNewsScore.DateCheck(1, 0, 0, 0, 0, 0);
      }
      misses.add("date wrong: " + value + " (gold " + gold.published() + ")");
      return new RealNewsScore.DateCheck(0, 1, 0, 0, 0, 0);
    }
    if (!given) {
      return new RealNewsScore.DateCheck(0, 0, 0, 1, 0, 0);
    }
    if (out.published().inferred()) {
      return new RealNewsScore.DateCheck(0, 0, 0, 0, 1, 0);
    }
    misses.add("date invented: " + value + " (" + out.published().basis() + ")");
    return new RealNewsScore.DateCheck(0, 0, 0, 0, 0, 1);
  }

  /**
   * The calendar dates an ISO date or date-time stands for: the date as written and, for a
   * date-time with an offset, its UTC date, since gold dates of pages are UTC dates.
   */
  static Set<LocalDate> calendarDates(String value) {
    Set<LocalDate> out = new HashSet<>();
    String v = value.strip();
    try {
      out.add(LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v));
    } catch (DateTimeParseException e) {
      return out;
    }
    try {
      out.add(OffsetDateTime.parse(v).atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
    } catch (DateTimeParseException e) {
      // No offset: the date as written is all there is.
    }
    return out;
  }

  // ---------------------------------------------------------------- entities

  /**
   * A system entity with its relaxed name keys (canonical name and every mention) and where its
   * mentions lie: {@code judged} when one lies outside gold furniture and captions, {@code
   * furnitureOnly} when none does but one lies in furniture (captions-only entities are neither).
   */
  private record Named(Entity entity, Set<String> keys, boolean judged, boolean furnitureOnly) {}

  private static List<Named> named(List<Entity> entities, Regions regions) {
    List<Named> out = new ArrayList<>();
    for (Entity e : entities) {
      if (!e.named()) {
        // A description typed for the actors ("the Sudanese government") is no named entity; the
        // gold lists names only, and the same rule applies to the baseline's mentions.
        continue;
      }
      Set<String> keys = new LinkedHashSet<>();
      keys.add(RealNewsText.nameKey(e.name()));
      boolean body = false;
      boolean furniture = false;
      for (Mention m : e.mentions()) {
        keys.add(RealNewsText.nameKey(m.text()));
        if (regions.inSnippet(m.span())) {
          furniture = true;
        } else if (!regions.inCaption(m.span())) {
          body = true;
        }
      }
      keys.remove("");
      out.add(new Named(e, keys, body, !body && furniture));
    }
    return out;
  }

  private static RealNewsScore.EntityCheck entities(RealNewsGold gold,
      RealNewsScore.EntityKind kind, List<Named> named, List<String> misses) {
    GoldNames names = GoldNames.of(gold, kind);
    int found = 0;
    int anyType = 0;
    List<String> missed = new ArrayList<>();
    for (Set<String> cluster : names.clusters().values()) {
      boolean typed = false;
      boolean any = false;
      for (Named n : named) {
        if (n.judged() && n.keys().stream().anyMatch(cluster::contains)) {
          any = true;
          typed |= n.entity().type() == kind.type();
        }
      }
      found += typed ? 1 : 0;
      anyType += any ? 1 : 0;
      if (!typed) {
        missed.add(cluster.iterator().next() + (any ? " (other type)" : ""));
      }
    }
    int predicted = 0;
    int right = 0;
    int furniture = 0;
    List<String> wrong = new ArrayList<>();
    for (Named n : named) {
      if (n.entity().type() != kind.type() || !n.judged() && !n.furnitureOnly()) {
        continue;
      }
      predicted++;
      if (n.furnitureOnly()) {
        furniture++;
        wrong.add(n.entity().name() + " (furniture)");
      } else if (n.keys().stream().anyMatch(names.acceptable()::contains)) {
        right++;
      } else {
        wrong.add(n.entity().name());
      }
    }
    if (!missed.isEmpty()) {
      misses.add(kind.label() + " missed: " + String.join("; ", missed));
    }
    if (!wrong.isEmpty()) {
      misses.add(kind.label() + " not in gold: " + String.join("; ", wrong));
    }
    return new RealNewsScore.EntityCheck(names.clusters().size(), found, anyType, predicted, right,
        furniture);
  }

  /**
   * The gold entities of one kind: names joined through the article's aliases (context-dependent
   * ones excepted) into clusters of relaxed keys, and the keys a system entity of the kind may bear
   * (every cluster key, plus the context-dependent short forms of the kind's names).
   */
  private record GoldNames(Map<String, Set<String>> clusters, Set<String> acceptable) {
    static GoldNames of(RealNewsGold gold, RealNewsScore.EntityKind kind) {
      Set<String> nameKeys = new LinkedHashSet<>();
      for (String n : gold.names(kind)) {
        String k = RealNewsText.nameKey(n);
        if (!k.isEmpty()) {
          nameKeys.add(k);
        }
      }
      Map<String, String> parent = new HashMap<>();
      nameKeys.forEach(k -> parent.put(k, k));
      Set<String> acceptable = new HashSet<>(nameKeys);
      for (RealNewsGold.Alias a : gold.aliases()) {
        List<String> keys = aliasKeys(a);
        if (keys.stream().noneMatch(nameKeys::contains)) {
          continue;
        }
        acceptable.addAll(keys);
        if (a.contextDependent()) {
          continue;
        }
        for (String k : keys) {
          parent.putIfAbsent(k, k);
          union(parent, keys.get(0), k);
        }
      }
      Map<String, Set<String>> clusters = new LinkedHashMap<>();
      for (String k : nameKeys) {
        clusters.computeIfAbsent(find(parent, k), r -> new LinkedHashSet<>());
      }
      for (String k : parent.keySet()) {
        Set<String> c = clusters.get(find(parent, k));
        if (c != null) {
          c.add(k);
        }
      }
      // Name the cluster by its first gold name, for the miss lines.
      Map<String, Set<String>> ordered = new LinkedHashMap<>();
      clusters.forEach((root, keys) -> {
        Set<String> c = new LinkedHashSet<>();
        nameKeys.stream().filter(keys::contains).forEach(c::add);
        c.addAll(keys);
        ordered.put(root, c);
      });
      return new GoldNames(ordered, acceptable);
    }

    private static String find(Map<String, String> parent, String k) {
      String r = k;
      while (!parent.get(r).equals(r)) {
        r = parent.get(r);
      }
      return r;
    }

    private static void union(Map<String, String> parent, String a, String b) {
      String ra = find(parent, a);
      String rb = find(parent, b);
      if (!ra.equals(rb)) {
        parent.put(rb, ra);
      }
    }
  }

  private static List<String> aliasKeys(RealNewsGold.Alias a) {
    List<String> keys = new ArrayList<>();
    keys.add(RealNewsText.nameKey(a.form()));
    a.targets().forEach(t -> keys.add(RealNewsText.nameKey(t)));
    keys.removeIf(String::isEmpty);
    return keys;
  }

  // ---------------------------------------------------------------- aliases

  private static RealNewsScore.AliasCheck aliases(RealNewsGold gold, List<Named> named,
      Regions regions, List<String> misses) {
    int notInText = 0;
    int grouped = 0;
    for (RealNewsGold.Alias a : gold.aliases()) {
      List<String> targets = a.targets().stream().filter(regions.search()::contains)
          .map(RealNewsText::nameKey).filter(k -> !k.isEmpty()).toList();
      String form = RealNewsText.nameKey(a.form());
      if (!regions.search().contains(a.form()) || form.isEmpty() || targets.isEmpty()) {
        notInText++;
        continue;
      }
      boolean ok = named.stream().anyMatch(n -> n.keys().contains(form)
          && targets.stream().anyMatch(n.keys()::contains));
      if (ok) {
        grouped++;
      } else {
        misses.add("alias not grouped: " + a.form() + " = " + String.join(" | ", a.targets()));
      }
    }
    return new RealNewsScore.AliasCheck(gold.aliases().size(), notInText, grouped);
  }

  // ---------------------------------------------------------------- times

  private static RealNewsScore.TimeCheck times(RealNewsGold gold, RealNewsOutput out,
      Regions regions, List<String> misses) {
    int notInText = 0;
    int found = 0;
    int right = 0;
    for (RealNewsGold.Time t : gold.times()) {
      List<Span> at = regions.search().find(t.text());
      if (at.isEmpty()) {
        notInText++;
        misses.add("time not in text: " + t.text());
        continue;
      }
      List<TimeExpression> over = out.times().stream()
          .filter(x -> at.stream().anyMatch(x.span()::overlaps)).toList();
      if (over.isEmpty()) {
        misses.add("time missed: " + t.text() + " = " + t.value());
        continue;
      }
      found++;
      if (over.stream().anyMatch(x -> RealNewsText.sameTimeValue(t.value(), x.value()))) {
        right++;
      } else {
        misses.add("time value: " + t.text() + " = " + t.value() + ", system "
            + String.join(", ", over.stream().map(TimeExpression::value).toList()));
      }
    }
    return new RealNewsScore.TimeCheck(gold.times().size(), notInText, found, right);
  }

  // ---------------------------------------------------------------- quotes

  private static RealNewsScore.QuoteCheck quotes(RealNewsGold gold, RealNewsOutput out,
      List<String> misses) {
    int found = 0;
    int right = 0;
    for (RealNewsGold.GoldQuote q : gold.quotes()) {
      List<QuoteEvaluator.Found> hits = out.quotes().stream()
          .filter(f -> RealNewsText.quoteMatches(q.prefix(), f.text())).toList();
      if (hits.isEmpty()) {
        misses.add("quote missed: " + q.prefix());
        continue;
      }
      found++;
      if (hits.stream().anyMatch(f -> sameSpeaker(q.speakers(), f.speaker(), gold.aliases()))) {
        right++;
      } else {
        misses.add("quote speaker: " + q.prefix() + " by " + String.join(" | ", q.speakers())
            + ", system "
            + hits.stream().map(f -> String.valueOf(f.speaker())).distinct().toList());
      }
    }
    return new RealNewsScore.QuoteCheck(gold.quotes().size(), found, right);
  }

  /**
   * Whether a system speaker is one of the gold alternatives: every content word of the
   * alternative is a word of the system's speaker ("Obama" for "Barack Obama", "journalist in
   * Harare" for "a journalist in Harare"), the speaker's words taken with those of every form the
   * article's aliases tie to it: to the whole speaker when it is a name ("Yoon" has "Yoon Suk
   * Yeol", but "Grace Mugabe" does not take "Robert" from "Mugabe"), or to a form it contains when
   * it is a description starting lower-case ("a bureau spokesperson" also has "FBI" where "bureau"
   * stands for the FBI). Context-dependent aliases tie nothing, as they are ambiguous.
   */
  static boolean sameSpeaker(List<String> gold, String system, List<RealNewsGold.Alias> aliases) {
    if (system == null || system.isBlank()) {
      return false;
    }
    Set<String> own = RealNewsText.contentWords(system);
    Set<String> words = new HashSet<>(own);
    boolean description = Character.isLowerCase(system.strip().codePointAt(0));
    for (RealNewsGold.Alias a : aliases) {
      if (a.contextDependent()) {
        continue;
      }
      List<Set<String>> forms = new ArrayList<>();
      forms.add(RealNewsText.contentWords(a.form()));
      a.targets().forEach(t -> forms.add(RealNewsText.contentWords(t)));
      if (forms.stream().anyMatch(f -> !f.isEmpty() && (description ? own.containsAll(f)
          : own.equals(f)))) {
        forms.forEach(words::addAll);
      }
    }
    for (String alt : gold) {
      Set<String> want = RealNewsText.contentWords(alt);
      if (!want.isEmpty() && words.containsAll(want)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- events

  /** An actor as words and countries, for the loose match. */
  private record Actor(Set<String> words, Set<String> countries) {
    boolean meets(Actor o) {
      return o.words.stream().anyMatch(words::contains)
          || o.countries.stream().anyMatch(countries::contains);
    }
  }

  private Actor goldActor(String s, List<RealNewsGold.Alias> aliases) {
    Set<String> words = new LinkedHashSet<>(RealNewsText.contentWords(s));
    String padded = " " + RealNewsText.nameKey(s) + " ";
    for (RealNewsGold.Alias a : aliases) {
      if (a.contextDependent()) {
        continue;
      }
      List<String> keys = aliasKeys(a);
      if (keys.stream().anyMatch(k -> padded.contains(" " + k + " "))) {
        keys.forEach(k -> words.addAll(RealNewsText.contentWords(k)));
      }
    }
    return new Actor(words, RealNewsText.countries(s, dictionary));
  }

  private Actor systemActor(String name, String code) {
    Set<String> words = name == null ? Set.of() : RealNewsText.contentWords(name);
    Set<String> countries = new LinkedHashSet<>();
    if (name != null) {
      countries.addAll(RealNewsText.countries(name, dictionary));
    }
    if (code != null && code.length() >= 3 && ISO3.contains(code.substring(0, 3))) {
      countries.add(code.substring(0, 3));
    }
    return new Actor(words, countries);
  }

  private RealNewsScore.EventCheck events(RealNewsGold gold, RealNewsOutput out,
      List<String> misses) {
    List<RealNewsGold.GoldEvent> g = gold.events();
    List<EventOut> s = out.events();
    List<Actor> gs = g.stream().map(e -> e.source() == null ? null
        : goldActor(e.source(), gold.aliases())).toList();
    List<Actor> gt = g.stream().map(e -> e.target() == null ? null
        : goldActor(e.target(), gold.aliases())).toList();
    List<Actor> ss = s.stream().map(e -> systemActor(e.source(), e.sourceCode())).toList();
    List<Actor> st = s.stream().map(e -> systemActor(e.target(), e.targetCode())).toList();
    BiPredicate<Integer, Integer> root = (i, j) -> g.get(i).hasRoot(s.get(j).root());
    BiPredicate<Integer, Integer> source = (i, j) -> root.test(i, j)
        && (gs.get(i) == null || gs.get(i).meets(ss.get(j)));
    BiPredicate<Integer, Integer> both = (i, j) -> source.test(i, j)
        && (gt.get(i) == null || gt.get(i).meets(st.get(j)));
    int[] byRoot = match(g.size(), s.size(), root);
    int[] bySource = match(g.size(), s.size(), source);
    int[] byBoth = match(g.size(), s.size(), both);
    int predictedRight = 0;
    for (int j = 0; j < s.size(); j++) {
      boolean right = false;
      for (int i = 0; i < g.size(); i++) {
        if (source.test(i, j)) {
          right = true;
          break;
        }
      }
      predictedRight += right ? 1 : 0;
      if (!right) {
        EventOut x = s.get(j);
        misses.add("event extra: " + x.source() + " [" + x.code() + " " + x.trigger() + "] "
            + x.target() + " | " + x.sentence().replaceAll("\\s+", " "));
      }
    }
    int killedGold = 0;
    int killedMatched = 0;
    int killedRight = 0;
    int killedAnywhere = 0;
    for (int i = 0; i < g.size(); i++) {
      RealNewsGold.GoldEvent e = g.get(i);
      if (byRoot[i] < 0) {
        misses.add("event missed: " + e.source() + " [" + e.root()
            + (e.altRoot() == null ? "" : "/" + e.altRoot()) + "] " + e.target());
      } else if (bySource[i] < 0) {
        misses.add("event source: " + e.source() + " [" + e.root() + "] " + e.target()
            + " (root found, source not)");
      } else if (byBoth[i] < 0) {
        EventOut x = s.get(bySource[i]);
        misses.add("event target: " + e.source() + " [" + e.root() + "] " + e.target()
            + " (root and source found, target not; the match has " + x.target() + " "
            + x.targetCode() + ") | " + x.sentence().replaceAll("\\s+", " "));
      }
      if (e.killed() == null) {
        continue;
      }
      killedGold++;
      int j = byBoth[i] >= 0 ? byBoth[i] : bySource[i] >= 0 ? bySource[i] : byRoot[i];
      int n = e.killed();
      if (j >= 0) {
        killedMatched++;
        if (killedFits(s.get(j), n)) {
          killedRight++;
        }
      }
      boolean anywhere = s.stream().anyMatch(x -> killedFits(x, n));
      killedAnywhere += anywhere ? 1 : 0;
      if (j < 0 || !killedFits(s.get(j), n)) {
        misses.add("killed " + n + " not on the matched event" + (anywhere ? " (on another)" : ""));
      }
    }
    return new RealNewsScore.EventCheck(g.size(), count(byBoth), count(bySource), count(byRoot),
        s.size(), predictedRight, killedGold, killedMatched, killedRight, killedAnywhere);
  }

  /**
   * Whether an event carries a killed figure whose range holds {@code n}. An open range's lower
   * bound may be one above: "more than 200" gives 201 and up, while the gold records 200.
   */
  static boolean killedFits(EventOut e, int n) {
    BigDecimal v = BigDecimal.valueOf(n);
    for (Figure f : e.figures()) {
      if (f.kind() != FigureKind.KILLED || f.min() == null && f.max() == null) {
        continue;
      }
      BigDecimal low = f.min() == null ? null
          : f.max() == null ? f.min().subtract(BigDecimal.ONE) : f.min();
      if ((low == null || low.compareTo(v) <= 0)
          && (f.max() == null || v.compareTo(f.max()) <= 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A maximum one-to-one matching of gold items to system items under {@code edge} (augmenting
   * paths; the lists are short): for each gold index, its system index or -1.
   */
  static int[] match(int gold, int system, BiPredicate<Integer, Integer> edge) {
    int[] ofSystem = new int[system];
    Arrays.fill(ofSystem, -1);
    for (int i = 0; i < gold; i++) {
      augment(i, edge, ofSystem, new boolean[system]);
    }
    int[] ofGold = new int[gold];
    Arrays.fill(ofGold, -1);
    for (int j = 0; j < system; j++) {
      if (ofSystem[j] >= 0) {
        ofGold[ofSystem[j]] = j;
      }
    }
    return ofGold;
  }

  private static boolean augment(int i, BiPredicate<Integer, Integer> edge, int[] ofSystem,
      boolean[] seen) {
    for (int j = 0; j < ofSystem.length; j++) {
      if (!seen[j] && edge.test(i, j)) {
        seen[j] = true;
        if (ofSystem[j] < 0 || augment(ofSystem[j], edge, ofSystem, seen)) {
          ofSystem[j] = i;
          return true;
        }
      }
    }
    return false;
  }

  private static int count(int[] matched) {
    return (int) Arrays.stream(matched).filter(j -> j >= 0).count();
  }

  // ---------------------------------------------------------------- furniture

  private static RealNewsScore.FurnitureCheck furniture(RealNewsGold gold, RealNewsOutput out,
      Regions regions, List<String> misses) {
    boolean structured = out.structure() != null;
    int[] snippets = new int[3];
    for (String b : gold.boilerplate()) {
      place(b, regions.search().find(b), regions, false, structured, snippets, misses);
    }
    int[] captions = new int[3];
    for (String c : gold.captions()) {
      place(c, regions.search().find(c), regions, true, structured, captions, misses);
    }
    List<Span> facts = new ArrayList<>();
    out.entities().forEach(e -> e.mentions().forEach(m -> facts.add(m.span())));
    out.times().forEach(t -> facts.add(t.span()));
    out.quotes().forEach(q -> facts.add(Span.of(q.start(), q.start() + q.text().length())));
    if (out.events() != null) {
      out.events().forEach(e -> facts.add(Span.of(e.start(), e.end())));
    }
    int inSnippets = (int) facts.stream().filter(regions::inSnippet).count();
    int inCaptions = (int) facts.stream().filter(regions::inCaption).count();
    if (inSnippets > 0) {
      misses.add(inSnippets + " fact(s) in boilerplate snippets");
    }
    return new RealNewsScore.FurnitureCheck(gold.boilerplate().size(), snippets[0], snippets[1],
        snippets[2], gold.captions().size(), captions[0], captions[1], captions[2], facts.size(),
        inSnippets, inCaptions, structured);
  }

  /** Tallies one furniture string as absent [0], kept out [1] or in analysed body text [2]. */
  private static void place(String what, List<Span> at, Regions regions, boolean caption,
      boolean structured, int[] tally, List<String> misses) {
    if (at.isEmpty()) {
      tally[0]++;
    } else if (structured) {
      boolean inBody = at.stream().anyMatch(sp -> regions.analysed(sp, caption));
      tally[inBody ? 2 : 1]++;
      if (inBody) {
        misses.add((caption ? "caption" : "boilerplate") + " analysed as text: " + what);
      }
    }
  }

  /**
   * Where the gold furniture lies in the analysed text, and how the system classified each
   * character. Boilerplate snippets are located as they are; a caption (its text or opening words)
   * reaches to the end of its line.
   */
  private record Regions(RealNewsText.Searchable search, List<Span> snippets, List<Span> captions,
      StructureType[] types) {
    static Regions of(RealNewsGold gold, RealNewsOutput out) {
      RealNewsText.Searchable search = new RealNewsText.Searchable(out.text());
      List<Span> snippets = new ArrayList<>();
      gold.boilerplate().forEach(b -> snippets.addAll(search.find(b)));
      List<Span> captions = new ArrayList<>();
      for (String c : gold.captions()) {
        for (Span sp : search.find(c)) {
          int eol = out.text().indexOf('\n', sp.end());
          captions.add(Span.of(sp.start(), eol < 0 ? out.text().length() : eol));
        }
      }
      StructureType[] types = new StructureType[out.text().length()];
      if (out.structure() != null) {
        for (AnalyzedArticle.Section s : out.structure()) {
          StructureType t = StructureType.valueOf(s.type().toUpperCase(Locale.ROOT));
          for (int i = Math.max(0, s.start()); i < Math.min(s.end(), types.length); i++) {
            types[i] = t;
          }
        }
      }
      return new Regions(search, snippets, captions, types);
    }

    boolean inSnippet(Span s) {
      return snippets.stream().anyMatch(s::overlaps);
    }

    boolean inCaption(Span s) {
      return captions.stream().anyMatch(s::overlaps);
    }

    /**
     * Whether a non-space character of {@code span} lies in text the system analyses as article
     * text: any analysed type, or for a caption any analysed type but caption.
     */
    boolean analysed(Span span, boolean caption) {
      String text = search.text();
      for (int i = span.start(); i < span.end(); i++) {
        StructureType t = types[i];
        if (t != null && t.isAnalysed() && !(caption && t == StructureType.CAPTION)
            && !Character.isWhitespace(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }
}
