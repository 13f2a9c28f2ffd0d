package org.sitrep.stories;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Online, single-pass story clustering: each {@link #add added} article joins the best-scoring
 * existing story when the score reaches the threshold, else starts a story of its own. Nothing is
 * ever moved afterwards, so the result depends only on the articles and their order: the same
 * corpus in the same order gives the same stories and ids; {@link #addAll} fixes the order
 * (publication date, undated last, ties by id) so that a corpus gives the same stories whatever
 * order it was read in.
 *
 * <p>Sitrep's score ({@link Settings#sitrep()}) combines three kinds of evidence:
 *
 * <ul>
 *   <li><b>Words</b>: TF-IDF cosine over title, lead and body ({@link TermVectorizer}; title and
 *       lead weigh more), with document frequencies counted online over the articles added so
 *       far, as if {@value #PRIOR_DOCS} background articles that share no term with them came
 *       first (a prior: with a handful of articles every word a story repeats looks common, so
 *       its own reports would not find each other; in a corpus of thousands the prior is
 *       negligible); against the story's centroid (the sum of its articles' term weights, its
 *       {@value #CENTROID_TERMS} heaviest terms kept). (Taking the closest single article instead
 *       when it is closer chained distinct events of one conflict together on development data.)
 *   <li><b>Names</b>: the share of the article's name weight (each name weighted by its rarity
 *       among articles, like IDF, with the same prior) that the story also names, names
 *       compared by {@link NameKeys} (case, diacritics, hyphens and transliteration variants
 *       ignored). Outlets that describe
 *       one event in opposite words ("terrorist group" / "security forces") still name the same
 *       neighbourhoods, people and towns.
 *   <li><b>Time</b>: a factor that is 1 while the article is within {@value #FULL_DAYS} days of
 *       the story's reports, falls linearly to the time floor at {@value #FLOOR_DAYS} days, then
 *       on with the logarithm of the gap to half the floor at {@value #STALE_DAYS} days and
 *       beyond ({@link #timeFactor}): a story silent for months is a topic, not a running story,
 *       and a report that far away takes twice the evidence of one within the month (without it
 *       a long-running story absorbed every later report on the same country). The gap is the
 *       smallest from the article's publication day or a day it states in full on or before it
 *       ({@link StatedDates}): metadata dates are often crawl or update dates months late, and a
 *       late piece that names the day of an earlier event is about that event. When either
 *       side is undated the factor is the undated factor, a little under 1:
 *       without a date nothing confirms that two reports on one subject are about the same days,
 *       so it takes a little more evidence in words and names than a match within days. A floor, not a cut:
 *       follow-ups and anniversaries of one event come weeks or months later, and publication
 *       dates in metadata are often wrong, so far apart in time only needs stronger evidence.
 * </ul>
 *
 * The score is {@code ((1 - w) × words + w × names) × time} with {@code w} the names weight.
 *
 * <p>State lives in a {@link StoryIndex}: in memory ({@link #sitrep()}, {@link
 * #StoryClusterer(Settings)}) or in the store's story tables, where stories persist and grow as
 * articles arrive; both decide alike (ties are broken by term and name text, never by the order
 * things were first seen in), so a stored corpus gets the stories an in-memory run gives it.
 *
 * <p>Candidate stories come from inverted indexes (term → stories, name → stories): the article's
 * {@value #QUERY_TERMS} highest-weighted terms and its names, each list read from its most recent
 * end for at most {@value #POSTING_DEPTH} stories, the {@value #MAX_CANDIDATES} stories with the
 * most hits scored in full. So the work per article does not grow with the number of stories. The
 * plain baseline ({@link Settings#baseline}) instead scores every story by the cosine of one
 * unweighted bag of words against its centroid, as a textbook single-pass clusterer does.
 *
 * <p>An article whose cosine with one of the story's recent articles reaches the duplicate
 * threshold is flagged a near-duplicate of it (a wire copy, or another version of the same text).
 *
 * <p>Threads: a long-running story splits into threads. An article that joins a story opens a new
 * thread when it comes at least {@value #THREAD_GAP_DAYS} days after the story's latest dated
 * report (time: the story went quiet) and no recent article of the latest thread reaches a cosine
 * of {@value #THREAD_SAME} with it (content: a new development, not a late copy or follow-up);
 * otherwise it is in the latest thread. Merges: when an article scores at least the merge
 * threshold ({@link Settings#merge}, default {@value #MERGE}, well above the join threshold)
 * against a second story besides the one it joins, a later report has told the two as one: the
 * younger story is merged into the older, whose id stays, and the younger's id redirects to it;
 * the merge is recorded with its evidence. On the development sets no merge fires at the default
 * (at 0.30 one wrong merge did), so the rule is a safety net for stories that began apart.
 *
 * <p>Not for concurrent use by design (each addition depends on every earlier one): each addition
 * runs atomically in its index ({@link StoryIndex#update}), so sharing an instance, or a stored
 * index between processes, is safe, if serial.
 */
public final class StoryClusterer {
  static final int CENTROID_TERMS = 300;
  static final int ARTICLE_TERMS = 100;
  static final int RECENT_MEMBERS = 30;
  static final int QUERY_TERMS = 15;
  static final int POSTING_DEPTH = 100;
  static final int MAX_CANDIDATES = 30;
  static final int FULL_DAYS = 2;
  static final int FLOOR_DAYS = 30;
  static final int STALE_DAYS = 365;
  static final double STALE_RATIO = 0.5;
  /**
   * Background documents added to every document-frequency count's corpus size (a term or name
   * seen in none of them): see the class comment.
   */
  static final double PRIOR_DOCS = 20;
  /** Default merge threshold; see {@link Settings#merge}. */
  static final double MERGE = 0.40;
  public static final int THREAD_GAP_DAYS = 7;
  static final double THREAD_SAME = 0.35;

  /**
   * How the clusterer decides.
   *
   * @param plain the plain baseline: one bag of words, centroid cosine only, every story scanned
   * @param threshold the score an article needs to join a story
   * @param nameWeight the weight of the names score (0 to 1); 0 for the baseline
   * @param useTime whether publication dates count
   * @param timeFloor the time factor for articles {@value #FLOOR_DAYS} days or more from the
   *     story, in (0, 1]
   * @param undated the time factor when the article or the story has no date, in (0, 1]
   * @param duplicate the cosine from which an article is a near-duplicate of a story's article
   * @param merge the score an article needs against a second story, beside the one it joins,
   *     for the two to merge; above 1, never
   */
  public record Settings(boolean plain, double threshold, double nameWeight, boolean useTime,
      double timeFloor, double undated, double duplicate, double merge) {
    public Settings {
      checkArgument(threshold > 0 && threshold <= 1, "threshold must be in (0, 1]: %s", threshold);
      checkArgument(nameWeight >= 0 && nameWeight <= 1, "names weight must be in [0, 1]: %s",
          nameWeight);
      checkArgument(timeFloor > 0 && timeFloor <= 1, "time floor must be in (0, 1]: %s",
          timeFloor);
      checkArgument(undated > 0 && undated <= 1, "undated factor must be in (0, 1]: %s", undated);
      checkArgument(duplicate > 0 && duplicate <= 1, "duplicate threshold must be in (0, 1]: %s",
          duplicate);
      checkArgument(merge >= threshold, "merge threshold %s is below the join threshold %s",
          merge, threshold);
    }

    /** Sitrep's clusterer: words, names and time, with the defaults tuned on development data. */
    public static Settings sitrep() {
      return new Settings(false, 0.20, 0.20, true, 0.8, 0.9, 0.90, MERGE);
    }

    /** The plain single-pass TF-IDF cosine baseline with one threshold. */
    public static Settings baseline(double threshold) {
      return new Settings(true, threshold, 0, false, 1, 1, 0.90, 2);
    }

    /** A copy with another threshold. */
    public Settings withThreshold(double t) {
      return new Settings(plain, t, nameWeight, useTime, timeFloor, undated, duplicate,
          Math.max(t, merge));
    }

    /** A copy with another names weight. */
    public Settings withNameWeight(double w) {
      return new Settings(plain, threshold, w, useTime, timeFloor, undated, duplicate, merge);
    }

    /** A copy with another time floor. */
    public Settings withTimeFloor(double f) {
      return new Settings(plain, threshold, nameWeight, useTime, f, undated, duplicate, merge);
    }

    /** A copy with another merge threshold (above 1: stories never merge). */
    public Settings withMerge(double m) {
      return new Settings(plain, threshold, nameWeight, useTime, timeFloor, undated, duplicate, m);
    }
  }

  /** The order {@link #addAll} adds articles in: dated first by date, then by id. */
  public static final Comparator<StoryArticle> ORDER = Comparator
      .comparing(StoryArticle::published, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(StoryArticle::id);

  private final Settings settings;
  private final TermVectorizer vectorizer;
  private final StoryIndex index;

  /** A clusterer whose state lives in memory. */
  public StoryClusterer(Settings settings) {
    this(settings, new MemoryIndex());
  }

  /** A clusterer whose state lives in {@code index} (for example the store's story tables). */
  public StoryClusterer(Settings settings, StoryIndex index) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.index = Objects.requireNonNull(index, "index");
    this.vectorizer = new TermVectorizer(!settings.plain());
  }

  /** Sitrep's clusterer with its default settings, in memory. */
  public static StoryClusterer sitrep() {
    return new StoryClusterer(Settings.sitrep());
  }

  public Settings settings() {
    return settings;
  }

  /**
   * Adds every article in {@link #ORDER}, so the stories do not depend on the order the
   * collection happens to be in.
   *
   * @return the memberships, in the order added
   */
  public List<Membership> addAll(Collection<StoryArticle> batch) {
    List<StoryArticle> sorted = new ArrayList<>(batch);
    sorted.sort(ORDER);
    List<Membership> out = new ArrayList<>();
    for (StoryArticle a : sorted) {
      out.add(add(a));
    }
    return out;
  }

  /**
   * Puts one article into a story.
   *
   * @throws IllegalArgumentException if an article with the same id was added before
   */
  public Membership add(StoryArticle article) {
    Membership m = addOrSkip(article, true);
    return m;
  }

  /**
   * Puts one article into a story unless it was added before (by anyone sharing the index: with
   * a stored index, possibly another process), in which case nothing changes.
   *
   * @return its membership, or empty when it was already added
   */
  public Optional<Membership> addNew(StoryArticle article) {
    return Optional.ofNullable(addOrSkip(article, false));
  }

  private Membership addOrSkip(StoryArticle article, boolean strict) {
    // Outside the index's lock: vectorising is the costly part and reads no state.
    Map<String, Double> raw = vectorizer.terms(article.title(), article.text());
    String[] ts = raw.keySet().toArray(String[]::new);
    double[] ws = new double[ts.length];
    for (int i = 0; i < ts.length; i++) {
      ws[i] = raw.get(ts[i]);
    }
    TermVec vec = TermVec.of(ts, ws);
    Map<String, String> names = settings.plain() ? Map.of() : names(article);
    List<LocalDate> stated = settings.useTime() ? StatedDates.of(article) : List.of();
    return index.update(tx -> {
      if (tx.contains(article.id())) {
        checkArgument(!strict, "article %s was already added", article.id());
        return null;
      }
      return add(tx, article, vec, names, stated);
    });
  }

  /** Every story so far, in creation order. */
  public ImmutableList<Story> stories() {
    return index.stories();
  }

  /** The story with this id, or empty. */
  public Optional<Story> story(String id) {
    return index.story(id);
  }

  /** Article id → story id, for every article added, in order of addition. */
  public ImmutableMap<String, String> assignments() {
    List<Membership> all = new ArrayList<>();
    for (Story s : index.stories()) {
      all.addAll(s.members());
    }
    all.sort(Comparator.comparingInt(Membership::seq));
    Map<String, String> out = new LinkedHashMap<>();
    for (Membership m : all) {
      out.put(m.articleId(), m.storyId());
    }
    return ImmutableMap.copyOf(out);
  }

  /** The number of stories so far. */
  public int size() {
    return index.update(StoryIndex.Tx::storyCount);
  }

  // ---- one addition

  /** Document frequencies and IDF as of one addition (the article itself counted). */
  private static final class Dfs {
    final StoryIndex.Tx tx;
    final Map<String, Integer> terms = new HashMap<>();
    final double logArticles;

    /** @param prior background articles (none for the plain baseline, which counts as-is) */
    Dfs(StoryIndex.Tx tx, int articles, double prior) {
      this.tx = tx;
      this.logArticles = Math.log(articles + 1.0 + prior);
    }

    /** Fetches the document frequencies of terms not known yet, in one read. */
    void need(TermVec v) {
      if (!tx.prefetch()) {
        return;
      }
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        if (!terms.containsKey(v.term(i))) {
          missing.add(v.term(i));
        }
      }
      if (!missing.isEmpty()) {
        Map<String, Integer> got = tx.termDf(missing);
        for (String t : missing) {
          terms.put(t, got.getOrDefault(t, 0));
        }
      }
    }

    /** Inverse document frequency, never 0 (a term counted here has df of at least 1). */
    double idf(String term) {
      Integer df = terms.get(term);
      return logArticles - Math.log(Math.max(1, df != null ? df : tx.termDf(term)));
    }
  }

  private Membership add(StoryIndex.Tx tx, StoryArticle article, TermVec vec,
      Map<String, String> names, List<LocalDate> stated) {
    int articles = tx.articles() + 1;
    Dfs dfs = new Dfs(tx, articles, settings.plain() ? 0 : PRIOR_DOCS);
    List<String> terms = new ArrayList<>(vec.size());
    for (int i = 0; i < vec.size(); i++) {
      terms.add(vec.term(i));
    }
    Map<String, Integer> own = tx.termDf(terms);
    for (String t : terms) {
      dfs.terms.put(t, own.getOrDefault(t, 0) + 1);
    }
    Map<String, Integer> nameDf = new HashMap<>();
    if (!names.isEmpty()) {
      Map<String, Integer> got = tx.nameDf(names.keySet());
      for (String k : names.keySet()) {
        nameDf.put(k, got.getOrDefault(k, 0) + 1);
      }
    }
    double aNorm = norm(vec, dfs);
    double nameTotal = 0;
    for (String n : names.keySet()) {
      nameTotal += nameIdf(n, nameDf, articles);
    }
    List<StoryIndex.StoryHead> candidates = settings.plain() ? all(tx)
        : candidates(tx, vec, dfs, names);
    StoryIndex.StoryHead best = null;
    Scores bestScores = null;
    List<Scores> scored = new ArrayList<>();
    for (StoryIndex.StoryHead s : candidates) {
      dfs.need(s.centroid());
      Scores sc = score(tx, s, vec, aNorm, names, nameDf, nameTotal, articles, dfs,
          article.published(), stated);
      scored.add(sc);
      if (bestScores == null || sc.score > bestScores.score
          || (sc.score == bestScores.score && s.ordinal() < best.ordinal())) {
        best = s;
        bestScores = sc;
      }
    }
    int seq = articles;
    boolean joins = best != null && bestScores.score >= settings.threshold();
    StoryIndex.StoryHead story;
    Membership m;
    Set<String> had;
    int thread = 1;
    StoryIndex.Merge merge = null;
    if (joins) {
      String dup = null;
      if (!settings.plain()) {
        List<StoryIndex.MemberVec> recent = tx.recent(best.ordinal(), RECENT_MEMBERS);
        dup = duplicateIn(recent, vec, aNorm, dfs);
        thread = thread(best, recent, article.published(), vec, aNorm, dfs);
        merge = merge(best, bestScores, candidates, scored, article.id());
      }
      m = new Membership(article.id(), best.id(), false, bestScores.score, bestScores.text,
          bestScores.names, bestScores.time, bestScores.shared, dup, seq, thread);
      story = best;
      had = bestScores.storyNames;
    } else {
      int ordinal = tx.storyCount();
      story = new StoryIndex.StoryHead("s-" + article.id(), ordinal, article.title(), null, null,
          TermVec.EMPTY, 0, null);
      m = bestScores == null
          ? new Membership(article.id(), story.id(), true, 0, 0, 0, 1, List.of(), null, seq, 1)
          : new Membership(article.id(), story.id(), true, bestScores.score, bestScores.text,
              bestScores.names, bestScores.time, bestScores.shared, null, seq, 1);
      had = Set.of();
    }
    LocalDate d = article.published();
    LocalDate first = story.first();
    LocalDate last = story.last();
    if (d != null) {
      first = first == null || d.isBefore(first) ? d : first;
      last = last == null || d.isAfter(last) ? d : last;
    }
    TermVec before = story.centroid();
    TermVec centroid = TermVec.add(before, vec).top(CENTROID_TERMS, dfs::idf);
    List<String> entered = new ArrayList<>();
    List<String> newNames = new ArrayList<>();
    List<String> oldNames = new ArrayList<>();
    if (!settings.plain()) {
      for (int i = 0; i < centroid.size(); i++) {
        if (!before.contains(centroid.term(i))) {
          entered.add(centroid.term(i));
        }
      }
      for (String n : names.keySet()) {
        (had.contains(n) ? oldNames : newNames).add(n);
      }
    }
    StoryIndex.StoryHead after = new StoryIndex.StoryHead(story.id(), story.ordinal(),
        story.title(), first, last, centroid, Math.max(story.threads(), thread),
        story.mergedInto());
    TermVec own100 = settings.plain() ? TermVec.EMPTY : vec.top(ARTICLE_TERMS, dfs::idf);
    tx.apply(new StoryIndex.Change(m, article.source(), seq, terms, names.keySet(), after, !joins,
        entered, newNames, oldNames, own100, merge));
    return m;
  }

  private static List<StoryIndex.StoryHead> all(StoryIndex.Tx tx) {
    List<StoryIndex.StoryHead> out = new ArrayList<>();
    for (int i = 0; i < tx.storyCount(); i++) {
      out.add(tx.story(i));
    }
    return out;
  }

  // ---- scoring

  private record Scores(double score, double text, double names, double time,
      List<String> shared, Set<String> storyNames) {}

  /**
   * The article's thread in the story it joins: the story's latest thread, or a new one when the
   * article comes at least {@value #THREAD_GAP_DAYS} days after the story's latest dated report
   * (time says the story went quiet) and no recent article of that thread is close to it in
   * words (cosine below {@value #THREAD_SAME}: content says it is a new development, not a late
   * copy or follow-up of the same report). Undated articles stay in the latest thread.
   */
  private static int thread(StoryIndex.StoryHead s, List<StoryIndex.MemberVec> recent,
      LocalDate date, TermVec a, double aNorm, Dfs dfs) {
    int current = Math.max(1, s.threads());
    if (date == null || s.last() == null
        || ChronoUnit.DAYS.between(s.last(), date) < THREAD_GAP_DAYS) {
      return current;
    }
    for (StoryIndex.MemberVec mv : recent) {
      if (mv.thread() == current) {
        dfs.need(mv.vec());
        if (cosine(a, aNorm, mv.vec(), dfs) >= THREAD_SAME) {
          return current;
        }
      }
    }
    return current + 1;
  }

  /**
   * The merge this article makes: when it scores at least the merge threshold against a second
   * candidate story besides the one it joins (the best other such story, ties to the older), the
   * two are told as one by a later report and merge, the younger story (created later) into the
   * older, whose id stays; the younger's id redirects. Stories already merged are left alone.
   */
  private StoryIndex.Merge merge(StoryIndex.StoryHead best, Scores bestScores,
      List<StoryIndex.StoryHead> candidates, List<Scores> scored, String articleId) {
    if (best.mergedInto() != null || settings.merge() > 1) {
      return null;
    }
    StoryIndex.StoryHead other = null;
    Scores otherScores = null;
    for (int i = 0; i < candidates.size(); i++) {
      StoryIndex.StoryHead s = candidates.get(i);
      Scores sc = scored.get(i);
      if (s == best || s.mergedInto() != null || sc.score < settings.merge()) {
        continue;
      }
      if (other == null || sc.score > otherScores.score
          || (sc.score == otherScores.score && s.ordinal() < other.ordinal())) {
        other = s;
        otherScores = sc;
      }
    }
    if (other == null) {
      return null;
    }
    StoryIndex.StoryHead older = other.ordinal() < best.ordinal() ? other : best;
    StoryIndex.StoryHead younger = older == best ? other : best;
    return new StoryIndex.Merge(younger.id(), older.id(), String.format(java.util.Locale.ROOT,
        "article %s scored %.3f against %s and %.3f against %s", articleId,
        bestScores.score, best.id(), otherScores.score, other.id()));
  }

  /** The recent article closest to {@code a} if at least the duplicate cosine, or null. */
  private String duplicateIn(List<StoryIndex.MemberVec> recent, TermVec a, double aNorm,
      Dfs dfs) {
    String closest = null;
    double closestCos = settings.duplicate();
    for (StoryIndex.MemberVec mv : recent) {
      dfs.need(mv.vec());
      double c = cosine(a, aNorm, mv.vec(), dfs);
      if (c >= closestCos) {
        closestCos = c;
        closest = mv.articleId();
      }
    }
    return closest;
  }

  private Scores score(StoryIndex.Tx tx, StoryIndex.StoryHead s, TermVec a, double aNorm,
      Map<String, String> names, Map<String, Integer> nameDf, double nameTotal, int articles,
      Dfs dfs, LocalDate date, List<LocalDate> stated) {
    double time = 1;
    if (settings.useTime() && (date == null || s.first() == null)) {
      time = settings.undated();
    } else if (settings.useTime()) {
      time = timeFactor(gapDays(s, date), settings.timeFloor());
      for (LocalDate day : stated) {
        time = Math.max(time, timeFactor(gapDays(s, day), settings.timeFloor()));
      }
    }
    double text = cosine(a, aNorm, s.centroid(), dfs);
    if (settings.plain()) {
      return new Scores(text, text, 0, 1, List.of(), Set.of());
    }
    Set<String> in = names.isEmpty() ? Set.of() : tx.namesIn(s.ordinal(), names.keySet());
    double shared = 0;
    List<String> sharedKeys = new ArrayList<>();
    for (String n : names.keySet()) {
      if (in.contains(n)) {
        shared += nameIdf(n, nameDf, articles);
        sharedKeys.add(n);
      }
    }
    double nameScore = nameTotal > 0 ? shared / nameTotal : 0;
    sharedKeys.sort(Comparator.<String>comparingInt(nameDf::get).thenComparing(names::get)
        .thenComparing(Comparator.naturalOrder()));
    List<String> sharedNames = sharedKeys.stream().map(names::get).distinct().limit(12).toList();
    double w = settings.nameWeight();
    double score = ((1 - w) * text + w * nameScore) * time;
    return new Scores(score, text, nameScore, time, sharedNames, in);
  }

  /**
   * The time factor for a gap of {@code gap} days: 1 up to {@value #FULL_DAYS} days, falling
   * linearly to {@code floor} at {@value #FLOOR_DAYS} days, then on with the logarithm of the gap
   * to {@code floor × }{@value #STALE_RATIO} at {@value #STALE_DAYS} days and beyond.
   */
  static double timeFactor(long gap, double floor) {
    if (gap <= FULL_DAYS) {
      return 1;
    }
    if (gap < FLOOR_DAYS) {
      return 1 - (1 - floor) * (gap - FULL_DAYS) / (FLOOR_DAYS - FULL_DAYS);
    }
    double stale = floor * STALE_RATIO;
    double along = Math.min(1, Math.log((double) gap / FLOOR_DAYS)
        / Math.log((double) STALE_DAYS / FLOOR_DAYS));
    return floor - (floor - stale) * along;
  }

  private static long gapDays(StoryIndex.StoryHead s, LocalDate d) {
    if (d.isBefore(s.first())) {
      return ChronoUnit.DAYS.between(d, s.first());
    }
    if (d.isAfter(s.last())) {
      return ChronoUnit.DAYS.between(s.last(), d);
    }
    return 0;
  }

  private static double cosine(TermVec a, double aNorm, TermVec b, Dfs dfs) {
    if (aNorm == 0 || b.size() == 0) {
      return 0;
    }
    double dot = 0;
    double bNorm = 0;
    int i = 0;
    for (int j = 0; j < b.size(); j++) {
      String t = b.term(j);
      double idf = dfs.idf(t);
      double bw = b.weight(j) * idf;
      bNorm += bw * bw;
      while (i < a.size() && a.term(i).compareTo(t) < 0) {
        i++;
      }
      if (i < a.size() && a.term(i).equals(t)) {
        dot += a.weight(i) * idf * bw;
      }
    }
    return bNorm == 0 ? 0 : dot / (aNorm * Math.sqrt(bNorm));
  }

  private static double norm(TermVec v, Dfs dfs) {
    double n = 0;
    for (int i = 0; i < v.size(); i++) {
      double x = v.weight(i) * dfs.idf(v.term(i));
      n += x * x;
    }
    return Math.sqrt(n);
  }

  private static double nameIdf(String key, Map<String, Integer> nameDf, int articles) {
    return Math.log((articles + 1.0 + PRIOR_DOCS) / nameDf.get(key));
  }

  // ---- candidate retrieval

  private static List<StoryIndex.StoryHead> candidates(StoryIndex.Tx tx, TermVec vec, Dfs dfs,
      Map<String, String> names) {
    Map<Integer, Integer> hits = new HashMap<>();
    Integer[] order = new Integer[vec.size()];
    double[] score = new double[vec.size()];
    for (int i = 0; i < vec.size(); i++) {
      order[i] = i;
      score[i] = vec.weight(i) * dfs.idf(vec.term(i));
    }
    java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -score[i])
        .thenComparing(i -> vec.term(i)));
    for (int k = 0; k < Math.min(QUERY_TERMS, order.length); k++) {
      for (int s : tx.termStories(vec.term(order[k]), POSTING_DEPTH)) {
        hits.merge(s, 1, Integer::sum);
      }
    }
    for (String n : names.keySet()) {
      for (int s : tx.nameStories(n, POSTING_DEPTH)) {
        hits.merge(s, 1, Integer::sum);
      }
    }
    List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(hits.entrySet());
    ranked.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.<Integer, Integer>comparingByKey().reversed()));
    List<StoryIndex.StoryHead> out = new ArrayList<>();
    for (int i = 0; i < Math.min(MAX_CANDIDATES, ranked.size()); i++) {
      out.add(tx.story(ranked.get(i).getKey()));
    }
    return out;
  }

  /**
   * The article's name keys (plain keys and skeletons) → the name as the article writes it (the
   * first name giving a key keeps it).
   */
  private static Map<String, String> names(StoryArticle a) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : a.names()) {
      String key = NameKeys.key(name);
      if (key.length() < 2) {
        continue;
      }
      String skeleton = NameKeys.skeleton(key);
      for (String k : skeleton == null ? List.of(key) : List.of(key, skeleton)) {
        out.putIfAbsent(k, name);
      }
    }
    return out;
  }
}
