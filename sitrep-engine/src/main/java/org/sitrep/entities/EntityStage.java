package org.sitrep.entities;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.clean.Structure;
import org.sitrep.core.Document;
import org.sitrep.core.Layer;
import org.sitrep.core.Stage;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.Place;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.HostOutlets;
import org.sitrep.nlp.NerSpan;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Named entities of an article, grouped per entity under a canonical name, with roles.
 *
 * <p>CoreNLP's person, organisation, location and miscellaneous mentions are the starting point;
 * general rules then fix the classes of error it makes on conflict news:
 *
 * <ul>
 *   <li><b>Place nouns.</b> Names before or after "neighbourhood(s)", "district", "village of",
 *       "governorate", … are places, and the whole capitalised name counts ("Sheikh X", not the
 *       person "X"), including every name in a coordinated list ("the A, B, and C
 *       neighbourhoods").
 *   <li><b>State institutions.</b> A nationality or country followed by an institution noun is an
 *       organisation even in lower case: "the Syrian defense ministry", "the French army".
 *   <li><b>Bracketed definitions.</b> "security forces (X)" makes X an organisation of that kind,
 *       "Long Name (LN)" makes LN an alias of the long name.
 *   <li><b>"the X".</b> A one-word "person" preceded by "the" is a group or organisation ("the
 *       Houthis"), since English does not put an article before a person's name.
 *   <li><b>Collectives.</b> Nationalities, ethnic and religious groups become GROUP; hyphenated
 *       affiliation adjectives ("X-backed", "X-led") are relations, not entities, and are dropped.
 *   <li><b>Dictionary organisations.</b> Names the actor dictionary lists as armed groups,
 *       parties, bodies or outlets are organisations ({@link DictionaryOrgs}).
 *   <li><b>Organisation names by their head word</b>, whole with their complements ("… Committee
 *       on X"), portfolios and ranks in titles that are no organisations, buildings that are
 *       places, online platforms, news outlets named as sources, and the dateline's place ({@link
 *       OrgNames}, {@link TitleFragments}, {@link Facilities}, {@link Platforms}, {@link Outlets},
 *       {@link DatelinePlaces}). A compass word alone is no place ({@link Directions}).
 *   <li><b>Person evidence.</b> An unknown one-word "person" without a title, a person verb or a
 *       pronoun is a place when the gazetteer knows it, else no entity ({@link PersonEvidence}).
 *   <li><b>Recurrence.</b> A tagged name, or a tagged person's surname, is a mention wherever it
 *       recurs as a proper noun on its own ({@link Recurrence}).
 *   <li><b>One sense per article.</b> A name re-typed by a rule is re-typed everywhere in the
 *       article.
 * </ul>
 *
 * <p>Mentions are grouped: a surname joins the full name it abbreviates ("Okafor" → "Amina
 * Okafor", "Hassan" → "Omar al-Hassan"), a family name written first joins the full name ("Park"
 * → "Park Min-jun"), an acronym joins the name whose initials it spells or that the text defines
 * for it, a quoted nickname joins the person it names ({@link Nicknames}),
 * and names the actor dictionary or the gazetteer resolve to one actor or country are one
 * entity (see {@link Grouping}). Titles before a person ("US Special Envoy for Syria") are kept as
 * roles.
 */
public final class EntityStage implements Stage<Entities> {
  private static final Set<String> SUFFIXES = Set.of("an", "ian", "ese", "ish", "i", "ic", "ch",
      "sh", "ean");
  private static final Pattern AFFILIATION = Pattern.compile(
      "(?i).*-(?:led|backed|affiliated|aligned|majority|dominated|controlled|held|based|funded|"
          + "supported|allied|linked|run|sponsored|owned)$|^(?:pro|anti|non)-.*");
  private static final Set<String> CONNECTORS = Set.of("for", "of", "to", "on");

  private static final Set<String> LOCATIVES = Set.of("in", "near", "at", "from", "to", "into",
      "outside", "around", "across", "toward", "towards", "through", "inside", "via", "between");

  private final Lexicon lexicon;
  private final Gazetteer gazetteer;
  private final ActorDictionary actors;
  private final Grouping grouping;
  private final DictionaryOrgs dictionaryOrgs;
  private final PersonEvidence personEvidence;
  private final Recurrence recurrence;
  private final DatelinePlaces datelines;
  private final OrgNames orgNames;
  private final TitleFragments titleFragments;
  private final Facilities facilities;
  private final Platforms platforms;
  private final TitledNames titledNames;
  private final Outlets outlets;
  private final Nicknames nicknames;

  private EntityStage(Lexicon lexicon, Gazetteer gazetteer, ActorDictionary actors) {
    this.lexicon = checkNotNull(lexicon, "lexicon");
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
    this.actors = checkNotNull(actors, "actors");
    this.grouping = new Grouping(lexicon, gazetteer, actors);
    this.personEvidence = new PersonEvidence(lexicon, gazetteer, actors);
    this.dictionaryOrgs = new DictionaryOrgs(actors, gazetteer, lexicon, personEvidence);
    this.recurrence = new Recurrence(gazetteer, lexicon);
    this.datelines = new DatelinePlaces(gazetteer);
    this.orgNames = new OrgNames(lexicon);
    this.titleFragments = new TitleFragments(lexicon, actors);
    this.facilities = new Facilities(lexicon, gazetteer);
    this.platforms = new Platforms(lexicon);
    this.titledNames = new TitledNames(lexicon);
    this.outlets = new Outlets(HostOutlets.load().names(), actors, gazetteer);
    this.nicknames = new Nicknames(lexicon);
  }

  /** The stage over the shipped word lists, the shared gazetteer and the built-in actors. */
  public static EntityStage create() {
    return create(Gazetteer.shared(), ActorDictionary.builtIn());
  }

  /**
   * The stage over the shipped word lists and the given gazetteer and actor dictionary (a user
   * overlay's armed groups then become organisations too).
   */
  public static EntityStage create(Gazetteer gazetteer, ActorDictionary actors) {
    return new EntityStage(Lexicon.load(), gazetteer, actors);
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Article.LAYER, Structure.LAYER, NlpAnalysis.LAYER);
  }

  @Override
  public Layer<Entities> produces() {
    return Entities.LAYER;
  }

  @Override
  public Entities process(Document document) {
    String text = document.get(Article.LAYER).text();
    NlpAnalysis nlp = document.get(NlpAnalysis.LAYER);
    List<Cand> cands = new ArrayList<>();
    for (NerSpan m : nlp.mentions()) {
      EntityType t = coarse(m.type());
      if (t != null) {
        cands.add(new Cand(m.start(), m.end(), t, fineSubtype(m.type()), false));
      }
    }
    datelines.apply(text, document.get(Structure.LAYER), cands);
    for (Sentence s : nlp.sentences()) {
      dropPronouns(s, cands);
      placeNouns(text, s, cands);
      institutions(text, s, cands);
      orgNames.apply(s, cands);
      definitions(text, s, cands);
      theX(s, cands);
      missedPlaces(text, s, cands);
      collectives(text, s, cands);
      titleFragments.apply(text, s, cands);
      roles(text, s, cands);
      dictionaryOrgs.apply(text, nlp, s, cands);
      platforms.apply(text, s, cands);
      outlets.apply(text, s, cands);
    }
    dictionaryOrgs.groupNamedPersons(text, cands);
    facilities.apply(text, nlp, cands);
    personEvidence.apply(text, nlp, cands);
    oneSensePerArticle(text, nlp, cands);
    recurrence.apply(text, nlp, cands);
    titledNames.apply(text, nlp, cands);
    nicknames.apply(text, cands);
    Directions.drop(text, cands);
    return grouping.group(text, cands);
  }

  private static EntityType coarse(String tag) {
    return switch (tag) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
      case "MISC", "NATIONALITY", "RELIGION" -> EntityType.GROUP;
      default -> null;
    };
  }

  private static String fineSubtype(String tag) {
    return switch (tag) {
      case "CITY" -> "CITY";
      case "COUNTRY" -> "COUNTRY";
      case "STATE_OR_PROVINCE" -> "REGION";
      case "NATIONALITY" -> "NATIONALITY";
      case "RELIGION" -> "RELIGION";
      default -> null;
    };
  }

  private static void dropPronouns(Sentence s, List<Cand> cands) {
    for (Token t : s.tokens()) {
      if (t.pos().startsWith("PRP") || t.pos().startsWith("WP")) {
        cands.removeIf(c -> c.start == t.start() && c.end == t.end());
      }
    }
  }

  // --- place nouns ------------------------------------------------------------------------------

  private void placeNouns(String text, Sentence s, List<Cand> cands) {
    List<Token> tk = s.tokens();
    for (int i = 0; i < tk.size(); i++) {
      String w = tk.get(i).word().toLowerCase(Locale.ROOT);
      String subtype = lexicon.placeNouns.get(w);
      if (subtype == null) {
        continue;
      }
      // Backwards: "the A B, C, and D neighborhoods", "the A border crossing".
      int j = i - 1;
      while (j >= 0 && i - j <= 2 && tk.get(j).pos().startsWith("NN") && !tk.get(j).capitalised()) {
        j--;
      }
      while (j >= 0) {
        int end = j + 1;
        j = NameChains.chainStart(tk, end) - 1;
        if (j + 1 < end && !isCollective(tk, j + 1, end)) {
          NameChains.put(cands, new Cand(tk.get(j + 1).start(), tk.get(end - 1).end(), EntityType.LOCATION,
              subtype, true));
        } else {
          break;
        }
        while (j >= 0 && (tk.get(j).word().equals(",") || tk.get(j).word().equals("and"))) {
          j--;
        }
      }
      // Forwards: "the neighborhoods of A and B", "the village of C".
      if (i + 1 < tk.size() && tk.get(i + 1).word().equals("of") && i > 0
          && tk.get(i - 1).pos().equals("DT")) {
        j = i + 2;
        while (j < tk.size()) {
          int st = j;
          j = NameChains.chainEnd(tk, st);
          if (j == st) {
            break;
          }
          NameChains.put(cands, new Cand(tk.get(st).start(), tk.get(j - 1).end(), EntityType.LOCATION,
              subtype, true));
          while (j < tk.size() && (tk.get(j).word().equals(",") || tk.get(j).word().equals("and"))) {
            j++;
          }
        }
      }
    }
  }

  private boolean isCollective(List<Token> tk, int from, int to) {
    if (to - from != 1) {
      return false;
    }
    return isCollectiveWord(tk.get(from).word());
  }

  private boolean isCollectiveWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.contains("-") || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    if (lexicon.groups.contains(w)) {
      return true;
    }
    for (String suf : SUFFIXES) {
      if (w.endsWith(suf) && w.length() > suf.length() + 2) {
        return true;
      }
    }
    return false;
  }

  // --- state institutions -----------------------------------------------------------------------

  private void institutions(String text, Sentence s, List<Cand> cands) {
    List<Token> tk = s.tokens();
    for (int i = 0; i < tk.size(); i++) {
      Token t = tk.get(i);
      if (!t.capitalised() || !isNationOrCountry(t, cands)) {
        continue;
      }
      // Up to three lower-case modifiers, then an institution head: "Syrian defense ministry".
      for (int k = i + 1; k < Math.min(tk.size(), i + 5); k++) {
        Token h = tk.get(k);
        String w = h.word().toLowerCase(Locale.ROOT);
        String two = k + 1 < tk.size() ? w + " " + tk.get(k + 1).word().toLowerCase(Locale.ROOT)
            : "";
        String subtype = lexicon.orgHeads.get(two);
        int last = k + 1;
        if (subtype == null) {
          subtype = lexicon.orgHeads.get(w);
          last = k;
        }
        if (subtype != null && !h.capitalised() && !"ARMED_GROUP".equals(subtype)
            && !"PARTY".equals(subtype) && !"COUNCIL".equals(subtype)) {
          NameChains.put(cands, new Cand(t.start(), tk.get(last).end(), EntityType.ORGANIZATION, subtype,
              true));
          break;
        }
        if (h.capitalised() || !(h.pos().startsWith("NN") || h.pos().startsWith("JJ"))) {
          break;
        }
      }
    }
  }

  private boolean isNationOrCountry(Token t, List<Cand> cands) {
    // Any word the actor dictionary reads as a country (a demonym, "Chilean", or a name) is
    // one before a lower-case institution noun: "the Chilean army".
    if (demonym(t.word()) || gazetteer.country(t.word()).isPresent()
        || actors.country(t.word()).isPresent()) {
      return true;
    }
    for (Cand c : cands) {
      if (c.start <= t.start() && t.end() <= c.end
          && (c.type == EntityType.LOCATION || c.type == EntityType.GROUP)) {
        return c.start == t.start() && c.end == t.end();
      }
    }
    return false;
  }

  // --- bracketed definitions --------------------------------------------------------------------

  private void definitions(String text, Sentence s, List<Cand> cands) {
    List<Token> tk = s.tokens();
    for (int i = 1; i + 2 < tk.size(); i++) {
      if (!tk.get(i).word().equals("-LRB-") && !tk.get(i).word().equals("(")) {
        continue;
      }
      int j = i + 1;
      while (j < tk.size() && NameChains.nameToken(tk.get(j)) || j < tk.size() && j == i + 1
          && tk.get(j).capitalised()) {
        j++;
      }
      if (j == i + 1 || j >= tk.size() || !(tk.get(j).word().equals("-RRB-")
          || tk.get(j).word().equals(")"))) {
        continue;
      }
      int inStart = tk.get(i + 1).start();
      int inEnd = tk.get(j - 1).end();
      String inner = text.substring(inStart, inEnd);
      if (inner.endsWith("s") && !Names.isAcronym(inner)
          && Names.isAcronym(inner.substring(0, inner.length() - 1))) {
        // "members of the Central Bureau (CBs)": a plural acronym defines the singular one.
        inEnd--;
        inner = inner.substring(0, inner.length() - 1);
      }
      Token before = tk.get(i - 1);
      Cand outer = candEndingAt(cands, before.end());
      if (outer != null && outer.type != EntityType.GROUP && Names.isAcronym(inner)) {
        String outerText = text.substring(outer.start, outer.end);
        // "Syrian Democratic Forces (SDF)", "Kurdistan Workers' Party (PKK)": an organisation's
        // name, or any name whose initials the acronym spells. "… Mission in Libya (UNSMIL)"
        // defines the acronym of a longer phrase than the place it ends with.
        boolean defines = outer.type == EntityType.ORGANIZATION && outerText.contains(" ")
            || Names.initials(outerText).equals(inner.replace(".", ""));
        Cand a = new Cand(inStart, inEnd, defines ? outer.type : EntityType.ORGANIZATION,
            defines ? outer.subtype : null, true);
        a.aliasOf = defines ? Names.key(outerText) : null;
        NameChains.put(cands, a);
        continue;
      }
      // "security forces (X)": a lower-case description with an organisation head.
      String head = before.word().toLowerCase(Locale.ROOT);
      String two = i >= 2 ? tk.get(i - 2).word().toLowerCase(Locale.ROOT) + " " + head : head;
      String subtype = lexicon.orgHeads.getOrDefault(two, lexicon.orgHeads.get(head));
      if (subtype != null && !before.capitalised()) {
        int d = i - 1;
        while (d > 0 && !tk.get(d - 1).word().matches("[,.;:]|-LRB-|``|''|\"")
            && (tk.get(d - 1).pos().startsWith("JJ") || tk.get(d - 1).pos().startsWith("NN")
            || tk.get(d - 1).pos().equals("VBN") || tk.get(d - 1).pos().equals("HYPH")
            || tk.get(d - 1).word().equals("-"))) {
          d--;
        }
        Cand c = new Cand(inStart, inEnd, EntityType.ORGANIZATION, subtype, true);
        c.role = text.substring(tk.get(d).start(), before.end());
        NameChains.put(cands, c);
      }
    }
  }

  private static Cand candEndingAt(List<Cand> cands, int end) {
    for (Cand c : cands) {
      if (c.end == end) {
        return c;
      }
    }
    return null;
  }

  // --- "the X" ----------------------------------------------------------------------------------

  private static void theX(Sentence s, List<Cand> cands) {
    List<Token> tk = s.tokens();
    for (int i = 1; i < tk.size(); i++) {
      Token t = tk.get(i);
      if (!tk.get(i - 1).word().equalsIgnoreCase("the")
          || i + 1 < tk.size() && tk.get(i + 1).pos().startsWith("NN")) {
        continue;
      }
      for (Cand c : cands) {
        if (c.start == t.start() && c.end == t.end() && c.type == EntityType.PERSON) {
          c.type = EntityType.ORGANIZATION;
          c.ruled = true;
        }
      }
    }
  }

  // --- places CoreNLP missed -------------------------------------------------------------------

  /**
   * A proper-noun name with no mention, after a locative preposition ("fled to Kadugli"), that the
   * gazetteer knows as a place and not as an ordinary word, is a place.
   */
  private void missedPlaces(String text, Sentence s, List<Cand> cands) {
    List<Token> tk = s.tokens();
    for (int i = 1; i < tk.size(); i++) {
      if (!LOCATIVES.contains(tk.get(i - 1).word().toLowerCase(Locale.ROOT))
          || !NameChains.nameToken(tk.get(i))) {
        continue;
      }
      int end = NameChains.chainEnd(tk, i);
      int from = tk.get(i).start();
      int to = tk.get(end - 1).end();
      if (cands.stream().anyMatch(c -> c.overlaps(from, to))) {
        continue;
      }
      String name = text.substring(from, to);
      if (gazetteer.isKnownPlace(name)) {
        cands.add(new Cand(from, to, EntityType.LOCATION, null, true));
      }
    }
  }

  // --- collectives ------------------------------------------------------------------------------

  private void collectives(String text, Sentence s, List<Cand> cands) {
    cands.removeIf(c -> c.type == EntityType.GROUP && c.start >= s.start() && c.end <= s.end()
        && !isGroup(text.substring(c.start, c.end)));
    List<Token> tk = s.tokens();
    for (int i = 0; i < tk.size(); i++) {
      Token t = tk.get(i);
      if (!t.capitalised() || cands.stream().anyMatch(c -> c.overlaps(t.start(), t.end()))) {
        continue;
      }
      // "Turkish-backed", "Kurdish-led": the first half of a compound adjective is a relation
      // (the actors stage keeps it as an affiliation), not a mention of a group.
      if (i + 1 < tk.size() && tk.get(i + 1).word().equals("-")
          && tk.get(i + 1).start() == t.end()) {
        continue;
      }
      if (lexicon.groups.contains(t.word().toLowerCase(Locale.ROOT))) {
        cands.add(new Cand(t.start(), t.end(), EntityType.GROUP, "ETHNIC_OR_RELIGIOUS", true));
      } else if ((t.pos().startsWith("JJ") || t.pos().startsWith("NNP")) && demonym(t.word())) {
        cands.add(new Cand(t.start(), t.end(), EntityType.GROUP, "NATIONALITY", true));
      }
    }
    for (Cand c : cands) {
      if (c.type == EntityType.GROUP && c.subtype == null) {
        String w = text.substring(c.start, c.end).toLowerCase(Locale.ROOT);
        c.subtype = lexicon.groups.contains(w) ? "ETHNIC_OR_RELIGIOUS" : "NATIONALITY";
      }
    }
  }

  /** "Syrian", "Turks": a nationality word the actor dictionary knows, not a country's name. */
  private boolean demonym(String word) {
    return Character.isUpperCase(word.charAt(0)) && !word.contains("-")
        && actors.country(word).isPresent() && gazetteer.country(word).isEmpty()
        && !gazetteer.isKnownPlace(word);
  }

  private boolean isGroup(String surface) {
    if (AFFILIATION.matcher(surface).matches() || surface.contains(" ")) {
      return false;
    }
    return isCollectiveWord(surface) || surface.endsWith("s") && isCollectiveWord(
        surface.substring(0, surface.length() - 1));
  }

  // --- roles ------------------------------------------------------------------------------------

  /**
   * Walks left from a person's name over title words: capitalised words and role nouns, with
   * "for", "of", "to" inside ("Special Envoy for Syria"). The walk keeps only a run that contains
   * a role word, so "Northern Syria Tom X" gives nothing.
   */
  private void roles(String text, Sentence s, List<Cand> cands) {
    List<Token> tk = s.tokens();
    List<int[]> roleSpans = new ArrayList<>();
    for (Cand c : cands) {
      if (c.type != EntityType.PERSON || c.start < s.start() || c.end > s.end()) {
        continue;
      }
      int first = indexAt(tk, c.start);
      if (first <= 0) {
        continue;
      }
      int j = first - 1;
      int roleStart = -1;
      while (j >= 0) {
        Token t = tk.get(j);
        String w = t.word().toLowerCase(Locale.ROOT);
        boolean roleWord = lexicon.roles.contains(w);
        boolean cap = t.capitalised() && !t.pos().equals("DT") && !t.word().equals("The");
        boolean connector = CONNECTORS.contains(w) && j > 0 && tk.get(j - 1).capitalised();
        int ts = t.start();
        boolean otherPerson = cands.stream().anyMatch(o -> o != c && o.type == EntityType.PERSON
            && o.start <= ts && ts < o.end);
        if (otherPerson || !(roleWord || cap || connector || w.equals("'s"))) {
          break;
        }
        if (roleWord) {
          roleStart = j;
        }
        j--;
      }
      if (roleStart < 0) {
        continue;
      }
      int from = j + 1;
      while (from < first && (CONNECTORS.contains(tk.get(from).word().toLowerCase(Locale.ROOT))
          || tk.get(from).word().equals("'s"))) {
        from++;
      }
      c.role = text.substring(tk.get(from).start(), tk.get(first - 1).end());
      roleSpans.add(new int[] {tk.get(from).start(), tk.get(first - 1).end()});
    }
    // Nationality adjectives inside a role belong to the role, not to a group entity.
    // So does the "State" of "Secretary of State".
    for (int[] r : roleSpans) {
      cands.removeIf(o -> o.start >= r[0] && o.end <= r[1] && (o.type == EntityType.GROUP
          || o.type == EntityType.ORGANIZATION && !text.substring(o.start, o.end).contains(" ")
          && text.substring(Math.max(r[0], o.start - 3), o.start).equals("of ")));
    }
  }

  private static int indexAt(List<Token> tk, int start) {
    for (int i = 0; i < tk.size(); i++) {
      if (tk.get(i).start() == start) {
        return i;
      }
    }
    return -1;
  }

  // --- consistency ------------------------------------------------------------------------------

  private static void oneSensePerArticle(String text, NlpAnalysis nlp, List<Cand> cands) {
    Map<String, Cand> ruled = new LinkedHashMap<>();
    for (Cand c : cands) {
      if (c.ruled && c.type != EntityType.GROUP) {
        ruled.putIfAbsent(Names.key(text.substring(c.start, c.end)), c);
      }
    }
    for (Cand c : cands) {
      Cand r = ruled.get(Names.key(text.substring(c.start, c.end)));
      if (r != null && !c.ruled) {
        c.type = r.type;
        c.subtype = r.subtype;
        if (c.type != EntityType.PERSON) {
          c.role = null;
        }
      }
    }
    // A multi-word name found by a rule once is that name wherever it recurs: "Sheikh X" stays
    // one place even where CoreNLP read "X" as a person.
    for (Cand r : List.copyOf(ruled.values())) {
      String surface = text.substring(r.start, r.end);
      if (!surface.contains(" ")) {
        continue;
      }
      for (Sentence s : nlp.sentences()) {
        for (int at = text.indexOf(surface, s.start()); at >= 0 && at + surface.length() <= s.end();
            at = text.indexOf(surface, at + 1)) {
          int from = at;
          int to = at + surface.length();
          boolean bounded = (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))
              && (to == text.length() || !Character.isLetterOrDigit(text.charAt(to)));
          if (bounded && cands.stream().noneMatch(c -> c.start == from && c.end == to)) {
            Cand copy = new Cand(from, to, r.type, r.subtype, true);
            NameChains.put(cands, copy);
          }
        }
      }
    }
    splitRunTogether(text, cands);
  }

  /**
   * CoreNLP sometimes runs two adjacent names into one person ("told X Ankara was", "Senator A B
   * Trump said"). When a person's name, used only once, splits into a name the article uses for a
   * person and a name it uses on its own elsewhere, split it.
   */
  private static void splitRunTogether(String text, List<Cand> cands) {
    Map<String, EntityType> known = new HashMap<>();
    Map<String, Integer> uses = new HashMap<>();
    for (Cand c : cands) {
      String surface = text.substring(c.start, c.end);
      known.putIfAbsent(surface, c.type);
      uses.merge(surface, 1, Integer::sum);
    }
    for (Cand c : List.copyOf(cands)) {
      String surface = text.substring(c.start, c.end);
      if (c.type != EntityType.PERSON || !surface.contains(" ") || uses.get(surface) > 1) {
        continue;
      }
      // Try every split between words: "Mitch McConnell Trump", "Hillary Clinton Donald Trump".
      for (int sp = surface.indexOf(' '); sp > 0; sp = surface.indexOf(' ', sp + 1)) {
        String head = surface.substring(0, sp);
        String tail = surface.substring(sp + 1);
        EntityType tailType = known.get(tail);
        boolean headPerson = known.get(head) == EntityType.PERSON
            || cands.stream().anyMatch(o -> o != c && o.type == EntityType.PERSON
                && text.substring(o.start, o.end).endsWith(head));
        // "Jack Roe", where "Jack" and "Roe" are each used alone, is one person's full name.
        boolean givenAndFamily = !head.contains(" ") && tailType == EntityType.PERSON;
        if (headPerson && tailType != null && !givenAndFamily) {
          cands.remove(c);
          cands.add(new Cand(c.start, c.start + sp, EntityType.PERSON, null, true));
          cands.add(new Cand(c.start + sp + 1, c.end, tailType, null, true));
          break;
        }
      }
    }
  }
}
