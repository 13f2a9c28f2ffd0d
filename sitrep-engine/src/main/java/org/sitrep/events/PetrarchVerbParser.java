package org.sitrep.events;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.events.PetrarchVerbCoder.Code;
import org.sitrep.events.PetrarchVerbPattern.Word;

/**
 * Reads the lines of a PETRARCH verb dictionary into verb forms and synsets; see {@link
 * PetrarchVerbCoder} for the conventions. One use per instance; not thread-safe.
 */
final class PetrarchVerbParser {
  private static final Pattern BLOCK = Pattern.compile("^---\\s*(.*?)\\s*\\[([^\\]]*)]");
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)]");
  private static final Pattern IRREGULAR = Pattern.compile("\\{([^}]*)}");

  private record Form(Block block, Code code) {}

  private static final class Block {
    final Code code;
    final List<PetrarchVerbPattern> patterns = new ArrayList<>();

    Block(Code code) {
      this.code = code;
    }
  }

  private final Map<String, Form> bases = new LinkedHashMap<>();
  private final Map<String, Form> generated = new LinkedHashMap<>();
  private final Map<String, List<ImmutableList<String>>> synsets = new LinkedHashMap<>();

  void parse(List<String> lines) {
    Block block = null;
    List<ImmutableList<String>> synset = null;
    for (String line : PetrarchLines.content(lines)) {
      if (line.startsWith("---")) {
        Matcher m = BLOCK.matcher(line);
        block = m.find() ? new Block(PetrarchVerbCoder.parseCode(m.group(2))) : null;
        synset = null;
      } else if (line.startsWith("&")) {
        synset = new ArrayList<>();
        synsets.put(synsetName(line.split("\\s+")[0]), synset);
      } else if (synset != null && line.startsWith("+")) {
        synset.add(words(line.substring(1)));
      } else if (block == null) {
        continue;
      } else if (line.startsWith("-")) {
        pattern(block, line.substring(1));
      } else {
        form(block, line.startsWith("+") ? line.substring(1) : line);
      }
    }
  }

  /** Base forms first: a verb's own form beats a form generated from another verb. */
  Map<String, PetrarchVerbHead> forms() {
    Map<String, PetrarchVerbHead> out = new LinkedHashMap<>();
    bases.forEach((k, f) -> out.put(k, new PetrarchVerbHead(f.code(), f.block().patterns)));
    generated.forEach((k, f) -> out.putIfAbsent(k,
        new PetrarchVerbHead(f.code(), f.block().patterns)));
    return out;
  }

  Map<String, ImmutableList<ImmutableList<String>>> synsets() {
    ImmutableMap.Builder<String, ImmutableList<ImmutableList<String>>> out = ImmutableMap.builder();
    synsets.forEach((k, v) -> out.put(k, ImmutableList.copyOf(v)));
    return out.buildKeepingLast();
  }

  private void form(Block block, String line) {
    Matcher code = CODE.matcher(line);
    Code own = code.find() ? PetrarchVerbCoder.parseCode(code.group(1)) : block.code;
    List<String> entries = new ArrayList<>();
    Matcher irregular = IRREGULAR.matcher(line);
    String base = IRREGULAR.matcher(line.replaceAll("\\[[^\\]]*]", "")).replaceAll("").strip();
    entries.add(base);
    boolean hasIrregular = irregular.find();
    if (hasIrregular) {
      for (String f : irregular.group(1).strip().split("\\s+")) {
        if (!f.isEmpty()) {
          entries.add(f.startsWith("+") ? f.substring(1) : f);
        }
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i).toUpperCase(Locale.ROOT);
      List<String> parts = new ArrayList<>(List.of(entry.split("[_\\s]+")));
      parts.removeIf(String::isEmpty);
      if (parts.isEmpty()) {
        continue;
      }
      int head = 0;
      for (int k = 0; k < parts.size(); k++) {
        if (parts.get(k).startsWith("+")) {
          head = k;
        }
      }
      parts.replaceAll(p -> p.startsWith("+") ? p.substring(1) : p);
      String verb = parts.get(head);
      Form form = new Form(block, own);
      if (parts.size() > 1) {
        // The other words of a phrasal verb become a pattern around it, with the entry's code.
        List<Word> pre = new ArrayList<>();
        for (String p : parts.subList(0, head)) {
          pre.add(new Word(p, true));
        }
        List<Word> post = new ArrayList<>();
        for (String p : parts.subList(head + 1, parts.size())) {
          post.add(new Word(p, true));
        }
        block.patterns.add(new PetrarchVerbPattern(pre, !pre.isEmpty(), post, own));
        form = new Form(block, block.code);
      }
      bases.putIfAbsent(verb, form);
      if (i == 0 && !hasIrregular) {
        for (String g : regular(verb)) {
          generated.putIfAbsent(g, form);
        }
      } else if (i == 0) {
        // Listed irregular forms replace the -ed forms but -s and -ing stay regular.
        for (String g : regular(verb)) {
          if (!g.endsWith("ED")) {
            generated.putIfAbsent(g, form);
          }
        }
      }
    }
  }

  private void pattern(Block block, String body) {
    Matcher code = CODE.matcher(body);
    if (!code.find()) {
      return;
    }
    Code c = PetrarchVerbCoder.parseCode(code.group(1));
    String words = body.substring(0, code.start());
    List<Word> pre = new ArrayList<>();
    List<Word> post = new ArrayList<>();
    boolean seenVerb = false;
    boolean verbAdjacent = false;
    boolean afterVerbAdjacent = false;
    for (String chunk : words.strip().split("\\s+")) {
      String[] parts = chunk.split("_", -1);
      for (int k = 0; k < parts.length; k++) {
        String p = parts[k].toUpperCase(Locale.ROOT);
        boolean adjacent = k > 0;
        if (p.equals("*")) {
          seenVerb = true;
          verbAdjacent = adjacent && !pre.isEmpty();
          afterVerbAdjacent = k + 1 < parts.length;
        } else if (p.isEmpty() || p.equals("$") || p.equals("+") || p.equals("%")
            || p.equals("^")) {
          continue;
        } else if (seenVerb) {
          boolean first = post.isEmpty();
          post.add(new Word(p, first ? afterVerbAdjacent && adjacent : adjacent));
        } else {
          pre.add(new Word(p, adjacent));
        }
      }
    }
    if (seenVerb) {
      block.patterns.add(new PetrarchVerbPattern(pre, verbAdjacent, post, c));
    }
  }

  /** A synset's words, upper case; nested {@code &NAME} references kept as such. */
  private static ImmutableList<String> words(String member) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String w : member.strip().toUpperCase(Locale.ROOT).split("[_\\s]+")) {
      if (!w.isEmpty()) {
        out.add(w.startsWith("&") ? "&" + synsetName(w) : w);
      }
    }
    return out.build();
  }

  private static String synsetName(String ref) {
    return ref.replaceAll("^&|_+$", "").toUpperCase(Locale.ROOT);
  }

  /** Regular inflections; over-generation is harmless as they are only looked up. */
  static List<String> regular(String base) {
    List<String> out = new ArrayList<>();
    int n = base.length();
    char last = n == 0 ? ' ' : base.charAt(n - 1);
    boolean vowelBefore = n >= 2 && "AEIOU".indexOf(base.charAt(n - 2)) >= 0;
    out.add(base + "S");
    out.add(base + "ES");
    if (last == 'E') {
      out.add(base + "D");
      out.add(base.substring(0, n - 1) + "ING");
    } else {
      out.add(base + "ED");
    }
    out.add(base + "ING");
    if (last == 'Y' && !vowelBefore) {
      out.add(base.substring(0, n - 1) + "IES");
      out.add(base.substring(0, n - 1) + "IED");
    }
    if ("AEIOUYWX".indexOf(last) < 0 && vowelBefore) {
      out.add(base + last + "ED");
      out.add(base + last + "ING");
    }
    return out;
  }
}
