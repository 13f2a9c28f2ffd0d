package org.sitrep.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.Place;

/**
 * Groups an article's candidate mentions into entities: one entity per name, with short forms
 * (surnames, acronyms, defined aliases and nicknames, a company's name without its legal form) joined to the long name they stand for. Immutable and
 * thread-safe.
 */
final class Grouping {
  private final Lexicon lexicon;
  private final Gazetteer gazetteer;
  private final ActorDictionary actors;

  Grouping(Lexicon lexicon, Gazetteer gazetteer, ActorDictionary actors) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.actors = actors;
  }

  // --- grouping ---------------------------------------------------------------------------------

  Entities group(String text, List<Cand> cands) {
    cands.sort(Comparator.comparingInt((Cand c) -> c.start).thenComparingInt(c -> -c.end));
    // Drop nested duplicates left by rules (keep the outermost).
    List<Cand> flat = new ArrayList<>();
    for (Cand c : cands) {
      if (flat.isEmpty() || c.start >= flat.get(flat.size() - 1).end) {
        flat.add(c);
      }
    }
    Map<String, List<Cand>> byKey = new LinkedHashMap<>();
    Map<String, String> alias = new HashMap<>();
    for (Cand c : flat) {
      String surface = c.name(text);
      String key = c.type + "|" + Names.key(surface);
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      if (c.aliasOf != null) {
        alias.put(key, c.type + "|" + c.aliasOf);
      }
    }
    // Merge short forms into long ones: surnames of persons, acronyms of organisations.
    Map<String, String> parent = new HashMap<>(alias);
    List<String> keys = new ArrayList<>(byKey.keySet());
    for (String k : keys) {
      if (parent.containsKey(k)) {
        continue;
      }
      String name = k.substring(k.indexOf('|') + 1);
      String type = k.substring(0, k.indexOf('|'));
      String surface = byKey.get(k).get(0).name(text);
      String best = null;
      for (String o : keys) {
        if (o.equals(k) || !o.startsWith(type + "|")) {
          continue;
        }
        String oname = o.substring(o.indexOf('|') + 1);
        String osurface = byKey.get(o).get(0).name(text);
        boolean match = switch (type) {
          case "PERSON" -> !oname.equals(name) && oname.split(" ").length > name.split(" ").length
              && Names.surname(osurface).equals(Names.surname(surface));
          case "ORGANIZATION", "LOCATION" -> Names.isAcronym(surface) && oname.contains(" ")
              && Names.initials(osurface).equals(surface.replace(".", ""))
              || oname.startsWith(name + " ")
              && lexicon.companySuffixes.contains(oname.substring(name.length() + 1))
              || type.equals("LOCATION") && oname.startsWith(name + " ")
              && Settlements.isSettlementNoun(lexicon, oname.substring(name.length() + 1));
          default -> false;
        };
        if (match && (best == null || oname.length() > best.length() - type.length() - 1)) {
          best = o;
        }
      }
      if (best == null && type.equals("ORGANIZATION")) {
        best = withCountry(text, k, surface, keys, byKey);
      }
      if (best == null && type.equals("PERSON") && !name.contains(" ")) {
        best = byFirstWord(k, name, keys);
      }
      if (best != null) {
        parent.put(k, best);
      }
    }
    sameReferent(text, byKey, keys, parent);
    Map<String, List<Cand>> merged = new LinkedHashMap<>();
    for (Cand c : flat) {
      String k = c.type + "|" + Names.key(c.name(text));
      String root = k;
      for (int hops = 0; parent.containsKey(root) && byKey.containsKey(parent.get(root))
          && hops < 5; hops++) {
        root = parent.get(root);
      }
      merged.computeIfAbsent(root, r -> new ArrayList<>()).add(c);
    }
    List<Entity> out = new ArrayList<>();
    int n = 0;
    List<List<Cand>> groups = new ArrayList<>(merged.values());
    groups.sort(Comparator.comparingInt(g -> g.get(0).start));
    for (List<Cand> g : groups) {
      g.sort(Comparator.comparingInt(c -> c.start));
      String name = canonical(text, g);
      String subtype = null;
      LinkedHashSet<String> roles = new LinkedHashSet<>();
      List<Mention> mentions = new ArrayList<>();
      for (Cand c : g) {
        if (subtype == null) {
          subtype = c.subtype;
        }
        if (c.role != null) {
          roles.add(c.role.replace('\u00A0', ' ').strip());
        }
        mentions.add(new Mention(c.start, c.end, text.substring(c.start, c.end)));
      }
      if (subtype == null && g.get(0).type == EntityType.ORGANIZATION) {
        subtype = headSubtype(name);
      }
      if (subtype == null && g.get(0).type == EntityType.LOCATION) {
        subtype = placeKind(name);
      }
      out.add(new Entity("e" + ++n, name, g.get(0).type, subtype, List.copyOf(roles), mentions));
    }
    return new Entities(out);
  }

  /**
   * The one longer organisation name that is this name with a country before it: "Air Force" is
   * the "U.S. Air Force" of the same article, "the Army" its "Ruritanian Army". Null when none, or
   * when two such names ("U.S. Air Force", "Russian Air Force") make the short form ambiguous.
   */
  private String withCountry(String text, String k, String surface, List<String> keys,
      Map<String, List<Cand>> byKey) {
    String found = null;
    String foundCountry = null;
    for (String o : keys) {
      if (o.equals(k) || !o.startsWith("ORGANIZATION|")) {
        continue;
      }
      Cand first = byKey.get(o).get(0);
      String osurface = first.name(text).replace('\u00A0', ' ');
      if (!osurface.endsWith(" " + surface)) {
        continue;
      }
      String prefix = osurface.substring(0, osurface.length() - surface.length()).strip();
      String country = gazetteer.country(prefix).map(p -> p.countryCode())
          .or(() -> actors.country(prefix)).orElse(null);
      if (country == null) {
        continue;
      }
      if (foundCountry != null && !foundCountry.equals(country)) {
        return null;
      }
      foundCountry = country;
      found = found == null || o.length() > found.length() ? o : found;
    }
    return found;
  }

  /**
   * A one-word person mention that is the first word of exactly one longer person name: a family
   * name written first ("Park" for "Park Min-jun") or a first name used alone.
   */
  private static String byFirstWord(String k, String name, List<String> keys) {
    String found = null;
    for (String o : keys) {
      if (o.equals(k) || !o.startsWith("PERSON|")) {
        continue;
      }
      String[] words = o.substring(o.indexOf('|') + 1).split(" ");
      if (words.length > 1 && words[0].equals(name)) {
        if (found != null) {
          return null; // two people share it: ambiguous
        }
        found = o;
      }
    }
    return found;
  }

  /**
   * Names that the actor dictionary resolves to one entry ("TTP" and "Tehrik-i-Taliban
   * Pakistan") or the gazetteer to one country ("Kingdom of X" and "X") name one entity; the
   * longest such name becomes the root of the others.
   */
  private void sameReferent(String text, Map<String, List<Cand>> byKey, List<String> keys,
      Map<String, String> parent) {
    Map<String, List<String>> byReferent = new LinkedHashMap<>();
    for (String k : keys) {
      Cand first = byKey.get(k).get(0);
      String surface = first.name(text);
      String referent = null;
      if (first.type == EntityType.ORGANIZATION) {
        referent = actors.lookup(surface, null).map(e -> "actor|" + e.name()).orElse(null);
      } else if (first.type == EntityType.LOCATION) {
        referent = gazetteer.country(surface).map(p -> "country|" + p.countryCode()).orElse(null);
      }
      if (referent != null) {
        byReferent.computeIfAbsent(referent, r -> new ArrayList<>()).add(k);
      }
    }
    for (List<String> same : byReferent.values()) {
      if (same.size() < 2) {
        continue;
      }
      String root = same.get(0);
      for (String k : same) {
        if (k.length() > root.length()) {
          root = k;
        }
      }
      for (String k : same) {
        if (!k.equals(root) && !parent.containsKey(k) && !reaches(parent, root, k)) {
          parent.put(k, root);
        }
      }
    }
  }

  /** Whether following parents from {@code from} reaches {@code to} (no cycles are made). */
  private static boolean reaches(Map<String, String> parent, String from, String to) {
    String r = from;
    for (int hops = 0; r != null && hops < 10; hops++) {
      if (r.equals(to)) {
        return true;
      }
      r = parent.get(r);
    }
    return false;
  }

  /** COUNTRY, REGION or CITY from the gazetteer's most likely reading of the name, else null. */
  private String placeKind(String name) {
    List<Place> places = gazetteer.lookup(name);
    return places.isEmpty() ? null : places.get(0).kind().name();
  }

  /** "Interior Ministry", "Ministry of Defense" → MINISTRY; "Syrian Democratic Forces" → … */
  private String headSubtype(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("ministry of ")) {
      return "MINISTRY";
    }
    String[] words = lower.split("\\s+");
    String sub = lexicon.orgHeads.get(words[words.length - 1]);
    return words.length > 1 ? sub : null;
  }

  /**
   * The longest non-acronym form other than a nickname; for an acronym-only entity, the acronym. Of two forms of one
   * length, the one not in capitals ("Mexico City", not the dateline's "MEXICO CITY").
   */
  private static String canonical(String text, List<Cand> g) {
    String best = null;
    // A nickname names the entity only when the article gives no other name for it.
    boolean named = g.stream().anyMatch(c -> !c.nickname);
    for (Cand c : g) {
      if (named && c.nickname) {
        continue;
      }
      String s = c.name(text).replace('\u00A0', ' ').replaceAll("\\s+", " ")
          .strip();
      if (best == null || (Names.isAcronym(best) && !Names.isAcronym(s))
          || (Names.isAcronym(best) == Names.isAcronym(s) && s.length() > best.length())
          || s.length() == best.length() && allCaps(best) && !allCaps(s)) {
        best = s;
      }
    }
    return best;
  }

  private static boolean allCaps(String s) {
    return s.codePoints().noneMatch(Character::isLowerCase);
  }
}
