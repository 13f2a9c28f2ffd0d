package org.sitrep.entities;

import java.util.List;
import java.util.Locale;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * A title written before a surname alone is part of that form of the name: "Mr. Roe", "Gen.
 * Roe", "President Roe" are how the article names the person after introducing "Jane Roe", and a
 * reader lists them as her aliases (news annotation such as MEANTIME keeps the title inside such
 * a name, "Senator Roe"). Before a full name ("President Jane Roe") the title stays a role outside
 * the name. The mention then spans title and surname, while {@link Cand#nameStart} keeps where the
 * name proper starts, so grouping still joins "Mr. Roe" to "Jane Roe" by the surname and the
 * canonical name never carries the title.
 *
 * <p>A title is an honorific or a run of capitalised role words on the same line, directly before
 * the one-word person mention, with no capitalised word before the run ("Ruritanian President
 * Roe" keeps its country in the role, not in the name). Stateless and thread-safe.
 */
final class TitledNames {
  private final Lexicon lexicon;

  TitledNames(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  void apply(String text, NlpAnalysis nlp, List<Cand> cands) {
    for (Sentence s : nlp.sentences()) {
      List<Token> tk = s.tokens();
      for (int i = 1; i < tk.size(); i++) {
        Token name = tk.get(i);
        Cand c = personAt(cands, name);
        if (c == null) {
          continue;
        }
        int from = i;
        while (from > 0 && isTitle(tk.get(from - 1))
            && sameLine(text, tk.get(from - 1).end(), tk.get(from).start())) {
          from--;
        }
        if (from == i || from > 0 && tk.get(from - 1).capitalised()
            && !tk.get(from - 1).pos().equals("DT")) {
          continue;
        }
        int titleStart = tk.get(from).start();
        int titleEnd = tk.get(i - 1).end();
        if (cands.stream().anyMatch(o -> o != c && o.overlaps(titleStart, titleEnd))) {
          continue; // the title word is itself a name ("General Motors"), leave both alone
        }
        c.nameStart = c.start;
        c.start = titleStart;
      }
    }
  }

  /** The one-word person candidate that is exactly this token, not already titled. */
  private static Cand personAt(List<Cand> cands, Token t) {
    for (Cand c : cands) {
      if (c.type == EntityType.PERSON && c.start == t.start() && c.end == t.end()
          && c.nameStart < 0) {
        return c;
      }
    }
    return null;
  }

  private boolean isTitle(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return t.capitalised() && (lexicon.honorifics.contains(w) || lexicon.roles.contains(w));
  }

  private static boolean sameLine(String text, int from, int to) {
    return text.substring(from, to).indexOf('\n') < 0;
  }
}
