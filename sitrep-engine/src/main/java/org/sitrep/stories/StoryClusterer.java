package org.sitrep.stories;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

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
 *       far; against the story's centroid (the sum of its articles' term weights, its
 *       {@value #CENTROID_TERMS} heaviest terms kept). (Taking the closest single article instead
 *       when it is closer chained distinct events of one conflict together on development data.)
 *   <li><b>Names</b>: the share of the article's name weight (each name weighted by its rarity
 *       among articles, like IDF) that the story also names, names compared by {@link NameKeys}
 *       (case, diacritics, hyphens and transliteration variants ignored). Outlets that describe
 *       one event in opposite words ("terrorist group" / "security forces") still name the same
 *       neighbourhoods, people and towns.
 *   <li><b>Time</b>: a factor that is 1 while the article is within {@value #FULL_DAYS} days of
 *       the story's reports and falls linearly to the time floor at {@value #FLOOR_DAYS} days and
 *       beyond. When either side is undated the factor is the undated factor, a little under 1:
 *       without a date nothing confirms that two reports on one subject are about the same days,
 *       so it takes a little more evidence in words and names than a match within days. A floor, not a cut:
 *       follow-ups and anniversaries of one event come weeks or months later, and publication
 *       dates in metadata are often wrong, so far apart in time only needs stronger evidence.
 * </ul>
 *
 * The score is {@code ((1 - w) × words + w × names) × time} with {@code w} the names weight.
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
 * <p>Not for concurrent use by design (each addition depends on every earlier one); the methods
 * are synchronized so that sharing an instance is safe, if serial.
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
   */
  public record Settings(boolean plain, double threshold, double nameWeight, boolean useTime,
      double timeFloor, double undated, double duplicate) {
    public Settings {
      checkArgument(threshold > 0 && threshold <= 1, "threshold must be in (0, 1]: %s", threshold);
      checkArgument(nameWeight >= 0 && nameWeight <= 1, "names weight must be in [0, 1]: %s",
          nameWeight);
      checkArgument(timeFloor > 0 && timeFloor <= 1, "time floor must be in (0, 1]: %s",
          timeFloor);
      checkArgument(undated > 0 && undated <= 1, "undated factor must be in (0, 1]: %s", undated);
      checkArgument(duplicate > 0 && duplicate <= 1, "duplicate threshold must be in (0, 1]: %s",
          duplicate);
    }

    /** Sitrep's clusterer: words, names and time, with the defaults tuned on development data. */
    public static Settings sitrep() {
      return new Settings(false, 0.18, 0.20, true, 0.8, 0.9, 0.90);
    }

    /** The plain single-pass TF-IDF cosine baseline with one threshold. */
    public static Settings baseline(double threshold) {
      return new Settings(true, threshold, 0, false, 1, 1, 0.90);
    }

    /** A copy with another threshold. */
    public Settings withThreshold(double t) {
      return new Settings(plain, t, nameWeight, useTime, timeFloor, undated, duplicate);
    }

    /** A copy with another names weight. */
    public Settings withNameWeight(double w) {
      return new Settings(plain, threshold, w, useTime, timeFloor, undated, duplicate);
    }

    /** A copy with another time floor. */
    public Settings withTimeFloor(double f) {
      return new Settings(plain, threshold, nameWeight, useTime, f, undated, duplicate);
    }
  }

  /** The order {@link #addAll} adds articles in: dated first by date, then by id. */
  public static final Comparator<StoryArticle> ORDER = Comparator
      .comparing(StoryArticle::published, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(StoryArticle::id);

  private final Settings settings;
  private final TermVectorizer vectorizer;
  private final Map<String, Integer> termIds = new HashMap<>();
  private int[] termDf = new int[1024];
  /** ln of each term's document frequency, kept with it so IDF costs a subtraction. */
  private double[] termLogDf = new double[1024];
  /** ln(articles + 1), updated with each addition. */
  private double logArticles;
  private final Map<String, Integer> nameIds = new HashMap<>();
  private int[] nameDf = new int[1024];
  private int articles;
  private final List<StoryState> stories = new ArrayList<>();
  private final List<IntList> termPostings = new ArrayList<>();
  private final List<IntList> namePostings = new ArrayList<>();
  private final Map<String, String> storyOf = new LinkedHashMap<>();

  public StoryClusterer(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.vectorizer = new TermVectorizer(!settings.plain());
  }

  /** Sitrep's clusterer with its default settings. */
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
  public synchronized List<Membership> addAll(Collection<StoryArticle> batch) {
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
  public synchronized Membership add(StoryArticle article) {
    checkArgument(!storyOf.containsKey(article.id()), "article %s was already added", article.id());
    articles++;
    logArticles = Math.log(articles + 1.0);
    Vec vec = vectorize(article);
    Map<Integer, String> names = settings.plain() ? Map.of() : names(article);

    List<StoryState> candidates = settings.plain() ? stories : candidates(vec, names, article);
    double aNorm = norm(vec);
    double nameTotal = 0;
    for (int n : names.keySet()) {
      nameTotal += nameIdf(n);
    }
    StoryState best = null;
    Scores bestScores = null;
    for (StoryState s : candidates) {
      Scores sc = score(s, vec, aNorm, names, nameTotal, article.published());
      if (bestScores == null || sc.score > bestScores.score
          || (sc.score == bestScores.score && s.ordinal < best.ordinal)) {
        best = s;
        bestScores = sc;
      }
    }
    Membership m;
    if (best != null && bestScores.score >= settings.threshold()) {
      String dup = settings.plain() ? null : duplicateIn(best, vec, aNorm);
      m = new Membership(article.id(), best.id, false, bestScores.score, bestScores.text,
          bestScores.names, bestScores.time, bestScores.shared, dup);
      join(best, article, vec, names, m);
    } else {
      StoryState s = new StoryState("s-" + article.id(), stories.size(), article.title());
      stories.add(s);
      m = bestScores == null
          ? new Membership(article.id(), s.id, true, 0, 0, 0, 1, List.of(), null)
          : new Membership(article.id(), s.id, true, bestScores.score, bestScores.text,
              bestScores.names, bestScores.time, bestScores.shared, null);
      join(s, article, vec, names, m);
    }
    storyOf.put(article.id(), m.storyId());
    return m;
  }

  /** Every story so far, in creation order. */
  public synchronized ImmutableList<Story> stories() {
    ImmutableList.Builder<Story> out = ImmutableList.builder();
    for (StoryState s : stories) {
      out.add(new Story(s.id, s.ordinal, s.title, s.members, s.first, s.last,
          new TreeSet<>(s.outlets)));
    }
    return out.build();
  }

  /** Article id → story id, for every article added, in order of addition. */
  public synchronized ImmutableMap<String, String> assignments() {
    return ImmutableMap.copyOf(storyOf);
  }

  /** The number of stories so far. */
  public synchronized int size() {
    return stories.size();
  }

  // ---- scoring

  private record Scores(double score, double text, double names, double time,
      List<String> shared) {}

  /** The story's recent article closest to {@code a} if at least the duplicate cosine, or null. */
  private String duplicateIn(StoryState s, Vec a, double aNorm) {
    String closest = null;
    double closestCos = settings.duplicate();
    for (int i = Math.max(0, s.memberVecs.size() - RECENT_MEMBERS); i < s.memberVecs.size(); i++) {
      double c = cosine(a, aNorm, s.memberVecs.get(i));
      if (c >= closestCos) {
        closestCos = c;
        closest = s.members.get(i).articleId();
      }
    }
    return closest;
  }

  private Scores score(StoryState s, Vec a, double aNorm, Map<Integer, String> names,
      double nameTotal, LocalDate date) {
    double time = 1;
    if (settings.useTime() && (date == null || s.first == null)) {
      time = settings.undated();
    } else if (settings.useTime()) {
      long gap = gapDays(s, date);
      double floor = settings.timeFloor();
      time = gap <= FULL_DAYS ? 1 : gap >= FLOOR_DAYS ? floor
          : 1 - (1 - floor) * (gap - FULL_DAYS) / (FLOOR_DAYS - FULL_DAYS);
    }
    double text = cosine(a, aNorm, s.centroid);
    if (settings.plain()) {
      return new Scores(text, text, 0, 1, List.of());
    }
    double shared = 0;
    List<Integer> sharedIds = new ArrayList<>();
    for (int n : names.keySet()) {
      if (s.names.containsKey(n)) {
        shared += nameIdf(n);
        sharedIds.add(n);
      }
    }
    double nameScore = nameTotal > 0 ? shared / nameTotal : 0;
    sharedIds.sort(Comparator.<Integer>comparingInt(n -> nameDf[n]).thenComparing(names::get));
    List<String> sharedNames = sharedIds.stream().map(names::get).distinct().limit(12).toList();
    double w = settings.nameWeight();
    double score = ((1 - w) * text + w * nameScore) * time;
    return new Scores(score, text, nameScore, time, sharedNames);
  }

  private static long gapDays(StoryState s, LocalDate d) {
    if (d.isBefore(s.first)) {
      return ChronoUnit.DAYS.between(d, s.first);
    }
    if (d.isAfter(s.last)) {
      return ChronoUnit.DAYS.between(s.last, d);
    }
    return 0;
  }

  private double cosine(Vec a, double aNorm, Vec b) {
    if (aNorm == 0 || b.size == 0) {
      return 0;
    }
    double dot = 0;
    double bNorm = 0;
    int i = 0;
    for (int j = 0; j < b.size; j++) {
      int t = b.ids[j];
      double idf = idf(t);
      double bw = b.w[j] * idf;
      bNorm += bw * bw;
      while (i < a.size && a.ids[i] < t) {
        i++;
      }
      if (i < a.size && a.ids[i] == t) {
        dot += a.w[i] * idf * bw;
      }
    }
    return bNorm == 0 ? 0 : dot / (aNorm * Math.sqrt(bNorm));
  }

  private double norm(Vec v) {
    double n = 0;
    for (int i = 0; i < v.size; i++) {
      double x = v.w[i] * idf(v.ids[i]);
      n += x * x;
    }
    return Math.sqrt(n);
  }

  /** Inverse document frequency over the articles added so far, never 0. */
  private double idf(int term) {
    return logArticles - termLogDf[term];
  }

  private double nameIdf(int name) {
    return Math.log((articles + 1.0) / nameDf[name]);
  }

  // ---- candidate retrieval

  private List<StoryState> candidates(Vec vec, Map<Integer, String> names, StoryArticle article) {
    Map<Integer, Integer> hits = new HashMap<>();
    Integer[] order = new Integer[vec.size];
    for (int i = 0; i < vec.size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -vec.w[i] * idf(vec.ids[i]))
        .thenComparingInt(i -> vec.ids[i]));
    for (int k = 0; k < Math.min(QUERY_TERMS, order.length); k++) {
      int t = vec.ids[order[k]];
      if (t < termPostings.size()) {
        collect(termPostings.get(t), hits);
      }
    }
    for (int n : names.keySet()) {
      if (n < namePostings.size()) {
        collect(namePostings.get(n), hits);
      }
    }
    List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(hits.entrySet());
    ranked.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.<Integer, Integer>comparingByKey().reversed()));
    List<StoryState> out = new ArrayList<>();
    for (int i = 0; i < Math.min(MAX_CANDIDATES, ranked.size()); i++) {
      out.add(stories.get(ranked.get(i).getKey()));
    }
    return out;
  }

  private static void collect(IntList posting, Map<Integer, Integer> hits) {
    Set<Integer> seen = new HashSet<>();
    for (int i = posting.size - 1; i >= 0 && seen.size() < POSTING_DEPTH; i--) {
      int s = posting.values[i];
      if (seen.add(s)) {
        hits.merge(s, 1, Integer::sum);
      }
    }
  }

  // ---- state updates

  private Vec vectorize(StoryArticle a) {
    Map<String, Double> terms = vectorizer.terms(a.title(), a.text());
    int[] ids = new int[terms.size()];
    double[] w = new double[terms.size()];
    int k = 0;
    for (Map.Entry<String, Double> e : terms.entrySet()) {
      int id = termIds.computeIfAbsent(e.getKey(), t -> termIds.size());
      if (id >= termDf.length) {
        termDf = Arrays.copyOf(termDf, termDf.length * 2);
        termLogDf = Arrays.copyOf(termLogDf, termLogDf.length * 2);
      }
      termDf[id]++;
      termLogDf[id] = Math.log(termDf[id]);
      ids[k] = id;
      w[k++] = e.getValue();
    }
    return Vec.sorted(ids, w, ids.length);
  }

  /** The article's name ids (plain keys and skeletons) → the name as the article writes it. */
  private Map<Integer, String> names(StoryArticle a) {
    Map<Integer, String> out = new LinkedHashMap<>();
    for (String name : a.names()) {
      String key = NameKeys.key(name);
      if (key.length() < 2) {
        continue;
      }
      String skeleton = NameKeys.skeleton(key);
      for (String k : skeleton == null ? List.of(key) : List.of(key, skeleton)) {
        int id = nameIds.computeIfAbsent(k, x -> nameIds.size());
        if (id >= nameDf.length) {
          nameDf = Arrays.copyOf(nameDf, nameDf.length * 2);
        }
        if (!out.containsKey(id)) {
          nameDf[id]++;
          out.put(id, name);
        }
      }
    }
    return out;
  }

  private void join(StoryState s, StoryArticle a, Vec vec, Map<Integer, String> names,
      Membership m) {
    s.members.add(m);
    if (a.source() != null) {
      s.outlets.add(a.source());
    }
    LocalDate d = a.published();
    if (d != null) {
      s.first = s.first == null || d.isBefore(s.first) ? d : s.first;
      s.last = s.last == null || d.isAfter(s.last) ? d : s.last;
    }
    Vec before = s.centroid;
    s.centroid = Vec.add(before, vec).top(CENTROID_TERMS, this::idf);
    if (settings.plain()) {
      return;
    }
    s.memberVecs.add(vec.top(ARTICLE_TERMS, this::idf));
    for (int i = 0; i < s.centroid.size; i++) {
      int t = s.centroid.ids[i];
      if (!before.contains(t)) {
        posting(termPostings, t).add(s.ordinal);
      }
    }
    for (int n : names.keySet()) {
      if (s.names.merge(n, 1, Integer::sum) == 1) {
        posting(namePostings, n).add(s.ordinal);
      }
    }
  }

  private static IntList posting(List<IntList> postings, int id) {
    while (postings.size() <= id) {
      postings.add(new IntList());
    }
    return postings.get(id);
  }

  /** One story's mutable state. */
  private static final class StoryState {
    final String id;
    final int ordinal;
    final String title;
    final List<Membership> members = new ArrayList<>();
    final List<Vec> memberVecs = new ArrayList<>();
    final Set<String> outlets = new TreeSet<>();
    final Map<Integer, Integer> names = new HashMap<>();
    Vec centroid = Vec.EMPTY;
    LocalDate first;
    LocalDate last;

    StoryState(String id, int ordinal, String title) {
      this.id = id;
      this.ordinal = ordinal;
      this.title = title;
    }
  }

  /** A growable list of ints (story ordinals), cheaper than a list of boxed integers. */
  static final class IntList {
    int[] values = new int[4];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
  }

  /** A sparse vector of raw term weights, sorted by term id; IDF is applied when comparing. */
  static final class Vec {
    static final Vec EMPTY = new Vec(new int[0], new double[0], 0);
    final int[] ids;
    final double[] w;
    final int size;

    private Vec(int[] ids, double[] w, int size) {
      this.ids = ids;
      this.w = w;
      this.size = size;
    }

    static Vec sorted(int[] ids, double[] w, int size) {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparingInt(i -> ids[i]));
      int[] sIds = new int[size];
      double[] sW = new double[size];
      for (int i = 0; i < size; i++) {
        sIds[i] = ids[order[i]];
        sW[i] = w[order[i]];
      }
      return new Vec(sIds, sW, size);
    }

    boolean contains(int id) {
      return Arrays.binarySearch(ids, 0, size, id) >= 0;
    }

    static Vec add(Vec a, Vec b) {
      int[] ids = new int[a.size + b.size];
      double[] w = new double[a.size + b.size];
      int i = 0;
      int j = 0;
      int k = 0;
      while (i < a.size || j < b.size) {
        if (j >= b.size || (i < a.size && a.ids[i] < b.ids[j])) {
          ids[k] = a.ids[i];
          w[k++] = a.w[i++];
        } else if (i >= a.size || b.ids[j] < a.ids[i]) {
          ids[k] = b.ids[j];
          w[k++] = b.w[j++];
        } else {
          ids[k] = a.ids[i];
          w[k++] = a.w[i++] + b.w[j++];
        }
      }
      return new Vec(ids, w, k);
    }

    /** The {@code n} terms of highest weight × IDF (ties by id), or this when it has no more. */
    Vec top(int n, java.util.function.IntToDoubleFunction idf) {
      if (size <= n) {
        return size == ids.length ? this : new Vec(Arrays.copyOf(ids, size),
            Arrays.copyOf(w, size), size);
      }
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -w[i] * idf.applyAsDouble(ids[i]))
          .thenComparingInt(i -> ids[i]));
      int[] kept = new int[n];
      double[] keptW = new double[n];
      for (int i = 0; i < n; i++) {
        kept[i] = ids[order[i]];
        keptW[i] = w[order[i]];
      }
      return sorted(kept, keptW, n);
    }
  }
}
