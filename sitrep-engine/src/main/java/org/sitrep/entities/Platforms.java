package org.sitrep.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Online platforms (platforms.txt) are organisations: "posted on Reddit" is no place and "streamed
 * on Twitch" no untagged word. A capitalised one- or two-token name on the list becomes an
 * organisation unless a longer mention covers it ("Google Maps" stays whatever the tagger said);
 * a place or person reading of exactly that name is overruled. Stateless and thread-safe.
 */
final class Platforms {
  private final Set<String> names;

  Platforms(Lexicon lexicon) {
    this.names = lexicon.platforms;
  }

  void apply(String text, Sentence s, List<Cand> cands) {
    List<Token> tk = s.tokens();
    for (int i = 0; i < tk.size(); i++) {
      if (!tk.get(i).capitalised()) {
        continue;
      }
      for (int len = 2; len >= 1; len--) {
        if (i + len > tk.size()) {
          continue;
        }
        int from = tk.get(i).start();
        int to = tk.get(i + len - 1).end();
        if (!names.contains(text.substring(from, to).toLowerCase(Locale.ROOT))) {
          continue;
        }
        boolean longer = cands.stream().anyMatch(c -> c.overlaps(from, to)
            && (c.start < from || c.end > to));
        if (!longer) {
          NameChains.put(cands, new Cand(from, to, EntityType.ORGANIZATION, null, true));
        }
        break;
      }
    }
  }
}
