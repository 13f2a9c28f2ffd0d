package org.sitrep.search;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.sitrep.analysis.AnalyzedArticle.Section;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.core.IsoDays;
import org.sitrep.entities.Entity;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.Revision;

/**
 * A Lucene full-text index of analysed articles, one document per article id holding its latest
 * stored version.
 *
 * <p>Fields: {@code id} (exact, stored); {@code version}, {@code content_hash} and
 * {@code analysis_version} (stored, to tell a stale document from a current one); {@code title}
 * and {@code body} (full text, stored with offsets for highlighting), where the body is the
 * analysed text — the title, standfirst, body, caption and heading sections, without boilerplate,
 * dateline and byline, or the whole text when the article has no sections; {@code entity} (each
 * canonical name and mention form lower-cased, exact) and {@code entity_text} (the same names as
 * words);
 * {@code source} (the article's resolved outlet, lower-cased, exact; the original is stored);
 * {@code schema} (stored: {@link #SCHEMA_VERSION}); {@code published_day} (epoch day,
 * for ranges and sorting, only when the published value starts with a date).
 *
 * <p>Title and body use {@link EnglishAnalyzer}: the coverage is English news, and stemming lets
 * "strikes" find "strike" and "killed" find "kills", which matters more to a reader searching
 * reports than exact forms; phrase queries still match word sequences. Entity names use a plain
 * lower-casing, accent-folding analyzer instead, because stemming names would conflate them.
 *
 * <p>Changes are visible to {@link #search} at once and durable after {@link #commit()} (or
 * {@link #close()}). After a crash the index may lag the store; {@link #reconcile} repairs it.
 *
 * <p>Thread-safe: any number of threads may index and search at once. Only one process may open
 * an index directory at a time; a second one gets a {@link SearchException} saying so.
 */
public final class SearchIndex implements AutoCloseable {
  static final String ID = "id";
  static final String VERSION = "version";
  static final String CONTENT_HASH = "content_hash";
  static final String ANALYSIS_VERSION = "analysis_version";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String ENTITY = "entity";
  static final String ENTITY_TEXT = "entity_text";
  static final String SOURCE = "source";
  static final String SOURCE_VALUE = "source_value";
  static final String PUBLISHED = "published";
  static final String PUBLISHED_DAY = "published_day";
  static final String SCHEMA = "schema";

  /**
   * What a document's fields mean; {@link #reconcile} redoes documents of another schema. 1 (no
   * field): {@code source} held the metadata's source; 2: it holds the resolved outlet.
   */
  static final int SCHEMA_VERSION = 2;

  private static final Set<String> NOT_INDEXED_SECTIONS = Set.of("boilerplate", "dateline", "byline",
      "credit");
  private static final Set<String> STAMP_FIELDS =
      Set.of(ID, VERSION, CONTENT_HASH, ANALYSIS_VERSION, SCHEMA);

  /** Full text stored with offsets, so highlighting need not re-analyse. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private final Path dir;
  private final Analyzer analyzer;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private SearchIndex(Path dir, Analyzer analyzer, FSDirectory directory, IndexWriter writer,
      SearcherManager searchers) {
    this.dir = dir;
    this.analyzer = analyzer;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
  }

  /**
   * Opens the index in {@code indexDir}, creating the directory and an empty index if needed.
   *
   * @throws SearchException when another process holds the index or it cannot be read
   */
  public static SearchIndex open(Path indexDir) {
    Objects.requireNonNull(indexDir, "indexDir");
    Path dir = indexDir.toAbsolutePath().normalize();
    Analyzer analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
        Map.of(ENTITY_TEXT, new NameAnalyzer()));
    FSDirectory directory = null;
    IndexWriter writer = null;
    try {
      directory = FSDirectory.open(dir);
      writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      return new SearchIndex(dir, analyzer, directory, writer, new SearcherManager(writer, null));
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new SearchException("search index " + dir + " is locked by another sitrep process;"
          + " close it first", e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(writer);
      closeQuietly(directory);
      throw new SearchException("cannot open search index " + dir + ": " + e.getMessage()
          + ". If it is damaged, delete the directory; the next reconcile rebuilds it from the"
          + " store", e);
    }
  }

  /**
   * Adds an article, replacing any earlier document with its id.
   *
   * @throws IllegalArgumentException when a section of the article lies outside its text
   */
  public void index(AnalyzedArticle article) {
    Objects.requireNonNull(article, "article");
    Document doc = toDocument(article);
    try {
      writer.updateDocument(new Term(ID, article.id()), doc);
    } catch (IOException | AlreadyClosedException e) {
      throw failure("cannot index article '" + article.id() + "'", e);
    }
  }

  private static Document toDocument(AnalyzedArticle a) {
    Document doc = new Document();
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    doc.add(new StoredField(VERSION, a.version()));
    doc.add(new StoredField(CONTENT_HASH, String.valueOf(a.contentHash())));
    doc.add(new StoredField(ANALYSIS_VERSION, String.valueOf(a.analysisVersion())));
    if (a.title() != null) {
      doc.add(new Field(TITLE, a.title(), TEXT_WITH_OFFSETS));
    }
    doc.add(new Field(BODY, analysedText(a), TEXT_WITH_OFFSETS));
    Set<String> names = new LinkedHashSet<>();
    for (Entity e : a.entities()) {
      names.add(e.name());
      // Every form the article uses is a name to search by: "RRU" finds the article that only
      // ever writes the acronym as well as the one that spells it out.
      e.mentions().forEach(m -> names.add(m.text().replaceAll("\\s+", " ").strip()));
    }
    for (String name : names) {
      doc.add(new StringField(ENTITY, name.toLowerCase(Locale.ROOT), Field.Store.NO));
      doc.add(new TextField(ENTITY_TEXT, name, Field.Store.NO));
    }
    if (a.outlet() != null) {
      doc.add(new StringField(SOURCE, a.outlet().toLowerCase(Locale.ROOT), Field.Store.NO));
      doc.add(new StoredField(SOURCE_VALUE, a.outlet()));
    }
    doc.add(new StoredField(SCHEMA, SCHEMA_VERSION));
    String published = a.published().value();
    if (published != null) {
      doc.add(new StoredField(PUBLISHED, published));
      LocalDate day = IsoDays.dayOf(published);
      if (day != null) {
        doc.add(new LongPoint(PUBLISHED_DAY, day.toEpochDay()));
        doc.add(new NumericDocValuesField(PUBLISHED_DAY, day.toEpochDay()));
      }
    }
    return doc;
  }

  /** The analysed sections' text in text order, one per line; the whole text when none. */
  static String analysedText(AnalyzedArticle a) {
    String text = a.text();
    if (a.structure().isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    for (Section s : a.structure()) {
      checkArgument(s.start() >= 0 && s.start() <= s.end() && s.end() <= text.length(),
          "article '%s': %s section [%s,%s) lies outside its text of length %s", a.id(), s.type(),
          s.start(), s.end(), text.length());
      if (!NOT_INDEXED_SECTIONS.contains(s.type())) {
        out.append(text, s.start(), s.end()).append('\n');
      }
    }
    return out.toString();
  }

  /** Makes every change so far durable. */
  public void commit() {
    try {
      writer.commit();
    } catch (IOException | AlreadyClosedException e) {
      throw failure("cannot commit", e);
    }
  }

  /**
   * Runs a query.
   *
   * @throws IllegalArgumentException when the free text is not valid query syntax; the message
   *     says where and how to quote
   */
  public SearchResults search(SearchQuery q) {
    Objects.requireNonNull(q, "query");
    Query text = q.text() == null ? null : parse(q.text());
    Query query = build(q, text);
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = text != null
            ? searcher.search(query, q.limit())
            : searcher.search(query, q.limit(), newestFirst());
        long total = searcher.count(query);
        int[] docIds = new int[top.scoreDocs.length];
        for (int i = 0; i < docIds.length; i++) {
          docIds[i] = top.scoreDocs[i].doc;
        }
        List<List<String>> snippets = new Snippets(searcher, analyzer)
            .of(BODY, text == null ? new MatchNoDocsQuery() : text, docIds);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
          ScoreDoc sd = top.scoreDocs[i];
          Document d = stored.document(sd.doc);
          hits.add(new SearchHit(d.get(ID), d.getField(VERSION).numericValue().intValue(),
              d.get(TITLE), d.get(SOURCE_VALUE), d.get(PUBLISHED),
              Float.isNaN(sd.score) ? 0f : sd.score, snippets.get(i)));
        }
        return new SearchResults(total, hits);
      } finally {
        searchers.release(searcher);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException("search text '" + q.text() + "' expands to too many"
          + " words; make wildcards or fuzzy terms more specific", e);
    } catch (IOException | AlreadyClosedException e) {
      throw failure("cannot search", e);
    }
  }

  private static Sort newestFirst() {
    SortField day = new SortField(PUBLISHED_DAY, SortField.Type.LONG, true);
    day.setMissingValue(Long.MIN_VALUE);
    return new Sort(day, SortField.FIELD_DOC);
  }

  private Query parse(String text) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, BODY}, analyzer,
        Map.of(TITLE, 2f, BODY, 1f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      Query parsed = parser.parse(text);
      // Text of stop words only ("the") parses to nothing; it matches nothing.
      return parsed == null ? new MatchNoDocsQuery() : parsed;
    } catch (ParseException | RuntimeException e) {
      String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      throw new IllegalArgumentException("cannot parse search text '" + text + "': " + why
          + ". Put a backslash before the characters + - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /"
          + " when you mean them literally, or quote a phrase", e);
    }
  }

  private Query build(SearchQuery q, Query text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (text != null) {
      b.add(text, Occur.MUST);
      any = true;
    }
    if (q.entity() != null) {
      b.add(entityQuery(q.entity()), Occur.FILTER);
      any = true;
    }
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(PUBLISHED_DAY, from, to), Occur.FILTER);
      any = true;
    }
    if (q.source() != null) {
      b.add(new TermQuery(new Term(SOURCE, q.source().toLowerCase(Locale.ROOT))), Occur.FILTER);
      any = true;
    }
    if (!any) {
      return new MatchAllDocsQuery();
    }
    if (text == null) {
      // Only filters: every match scores the same, and hits are sorted by date instead.
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return b.build();
  }

  /** The exact canonical name, or its words as a phrase within one entity's name. */
  private Query entityQuery(String entity) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(ENTITY, entity.toLowerCase(Locale.ROOT))), Occur.SHOULD);
    List<String> words = words(entity);
    if (!words.isEmpty()) {
      b.add(new PhraseQuery(ENTITY_TEXT, words.toArray(String[]::new)), Occur.SHOULD);
    }
    return b.build();
  }

  private List<String> words(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(ENTITY_TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new IllegalStateException("analysing a string cannot fail", e);
    }
    return out;
  }

  /**
   * Makes the index agree with the store's latest versions: indexes articles that are missing or
   * whose indexed version, content hash, analysis version or index schema differs from the store's, deletes
   * documents whose id the store lacks, and commits.
   *
   * @return how many documents were added, replaced or deleted
   */
  public int reconcile(ArticleStore store) {
    Objects.requireNonNull(store, "store");
    Map<String, Revision> wanted = store.latestRevisions();
    Map<String, Revision> indexed = indexedRevisions();
    int changed = 0;
    try {
      for (Map.Entry<String, Revision> e : wanted.entrySet()) {
        if (!e.getValue().equals(indexed.get(e.getKey()))) {
          var article = store.load(e.getKey());
          if (article.isPresent()) {
            index(article.get());
            changed++;
          }
        }
      }
      for (String id : indexed.keySet()) {
        if (!wanted.containsKey(id)) {
          writer.deleteDocuments(new Term(ID, id));
          changed++;
        }
      }
      writer.commit();
    } catch (IOException | AlreadyClosedException e) {
      throw failure("cannot reconcile with the store", e);
    }
    return changed;
  }

  /** What each live document holds; an id indexed twice maps to null so that it is redone. */
  private Map<String, Revision> indexedRevisions() {
    Map<String, Revision> out = new HashMap<>();
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      try {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          Bits live = leaf.reader().getLiveDocs();
          StoredFields stored = leaf.reader().storedFields();
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            if (live != null && !live.get(doc)) {
              continue;
            }
            Document d = stored.document(doc, STAMP_FIELDS);
            Revision r = new Revision(d.getField(VERSION).numericValue().intValue(),
                d.get(CONTENT_HASH), d.get(ANALYSIS_VERSION));
            String id = d.get(ID);
            IndexableField schema = d.getField(SCHEMA);
            boolean current = schema != null && schema.numericValue().intValue() == SCHEMA_VERSION;
            out.put(id, out.containsKey(id) || !current ? null : r);
          }
        }
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException | AlreadyClosedException e) {
      throw failure("cannot read the index", e);
    }
    return out;
  }

  /** The number of documents in the index, including changes not yet committed. */
  public int size() {
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException | AlreadyClosedException e) {
      throw failure("cannot read the index", e);
    }
  }

  /** Commits pending changes and releases the index. */
  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw failure("cannot close", e);
    }
  }

  private SearchException failure(String what, Exception e) {
    String why = e instanceof AlreadyClosedException ? "the index is closed" : e.getMessage();
    return new SearchException(what + " in search index " + dir + ": " + why, e);
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception ignored) {
      // Already failing; the original error is the one to report.
    }
  }
}
