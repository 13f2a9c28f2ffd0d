package org.sitrep.events;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.nlp.Token;

/**
 * A basic Universal Dependencies parse of one sentence over Sitrep's own tokens: for each token the
 * index of its head ({@code -1} for the root) and its relation to it ({@code nsubj}, {@code obj},
 * {@code obl}, {@code nsubj:pass}, …). Immutable.
 */
final class Parse {
  private final ImmutableList<Token> tokens;
  private final int[] heads;
  private final String[] relations;
  private final List<List<Integer>> children;

  private Parse(List<Token> tokens, int[] heads, String[] relations) {
    this.tokens = ImmutableList.copyOf(tokens);
    this.heads = heads.clone();
    this.relations = relations.clone();
    List<List<Integer>> kids = new ArrayList<>();
    for (int i = 0; i < heads.length; i++) {
      kids.add(new ArrayList<>());
    }
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] >= 0) {
        kids.get(heads[i]).add(i);
      }
    }
    this.children = kids.stream().map(ImmutableList::copyOf).map(l -> (List<Integer>) l).toList();
  }

  /**
   * A parse of {@code tokens}.
   *
   * @param heads per token, the 0-based index of its head, or -1 for the root
   * @param relations per token, its relation to its head, lower case
   */
  static Parse of(List<Token> tokens, int[] heads, String[] relations) {
    checkArgument(heads.length == tokens.size() && relations.length == tokens.size(),
        "a parse needs one head and one relation per token: %s tokens, %s heads, %s relations",
        tokens.size(), heads.length, relations.length);
    for (int i = 0; i < heads.length; i++) {
      checkArgument(heads[i] >= -1 && heads[i] < heads.length && heads[i] != i,
          "bad head %s for token %s", heads[i], i);
    }
    return new Parse(tokens, heads, relations);
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  List<Token> tokens() {
    return tokens;
  }

  int head(int i) {
    return heads[i];
  }

  /** The relation without its subtype: {@code nsubj:pass} → {@code nsubj}. */
  String base(int i) {
    String r = relations[i];
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  String relation(int i) {
    return relations[i];
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /** The first child of {@code i} whose full relation is one of {@code rels}, or -1. */
  int child(int i, String... rels) {
    for (int c : children.get(i)) {
      for (String r : rels) {
        if (relations[c].equals(r)) {
          return c;
        }
      }
    }
    return -1;
  }

  String lower(int i) {
    return tokens.get(i).word().toLowerCase(Locale.ROOT);
  }

  String lemma(int i) {
    String l = tokens.get(i).lemma();
    return (l == null || l.isEmpty() ? tokens.get(i).word() : l).toLowerCase(Locale.ROOT);
  }

  /** The preposition or case marker of a nominal ({@code with} in "with Y"), or "". */
  String caseOf(int i) {
    StringBuilder out = new StringBuilder();
    for (int c : children.get(i)) {
      if (relations[c].equals("case")) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(lower(c));
        for (int f : children.get(c)) {
          if (relations[f].equals("fixed")) {
            out.append(' ').append(lower(f));
          }
        }
      }
    }
    return out.toString();
  }

  /** True when {@code ancestor} dominates {@code i} (or is {@code i}). */
  boolean dominates(int ancestor, int i) {
    for (int x = i, steps = 0; x >= 0 && steps <= heads.length; x = heads[x], steps++) {
      if (x == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tokens under {@code i}, in order, not descending into children whose relation's base is
   * in {@code stop}.
   */
  List<Integer> subtree(int i, java.util.Set<String> stop) {
    List<Integer> out = new ArrayList<>();
    collect(i, stop, out, 0);
    out.sort(null);
    return out;
  }

  private void collect(int i, java.util.Set<String> stop, List<Integer> out, int depth) {
    if (depth > heads.length) {
      return;
    }
    out.add(i);
    for (int c : children.get(i)) {
      if (!stop.contains(base(c))) {
        collect(c, stop, out, depth + 1);
      }
    }
  }
}
