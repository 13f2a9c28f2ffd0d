package org.sitrep.entities;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * One entity of an article: all its mentions grouped under a canonical name.
 *
 * @param id article-local id, {@code e1}, {@code e2}, … in order of first mention
 * @param name canonical name: the longest full form the article uses ("Amina Okafor" for
 *     "Okafor"; "Rapid Response Units" for "RRU" when the text defines it)
 * @param type coarse class
 * @param subtype finer class where known ({@code COUNTRY}, {@code CITY}, {@code NEIGHBORHOOD},
 *     {@code REGION}, {@code MINISTRY}, {@code SECURITY_FORCE}, {@code ARMED_GROUP},
 *     {@code NATIONALITY}, …); null when unknown
 * @param roles titles and roles the text gives the entity ("US Special Envoy for Syria"), distinct,
 *     in order of first use
 * @param mentions every mention, in text order
 */
public record Entity(String id, String name, EntityType type, String subtype, List<String> roles,
    List<Mention> mentions) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    roles = ImmutableList.copyOf(roles);
    mentions = ImmutableList.copyOf(mentions);
  }

  /**
   * Whether a proper name names the entity in at least one mention, as opposed to an entity known
   * only by a description that the entities stage types because actors need it ("the Syrian defense
   * ministry", "U.S. troops": a nationality or country before a lower-case institution noun). Named
   * entity scores count only named entities, as annotators of named entities do.
   */
  public boolean named() {
    for (Mention m : mentions) {
      if (isProperName(m.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a mention's head, its last word, is capitalised or a number ("Brigade 55"); in a
   * hyphenated last word the part after a lower-case particle counts ("Ansar al-Sharia").
   */
  static boolean isProperName(String mention) {
    String s = mention.strip();
    int last = Math.max(s.lastIndexOf(' '), s.lastIndexOf('\n')) + 1;
    int hyphen = s.indexOf('-', last);
    if (hyphen > last && hyphen + 1 < s.length()
        && Character.isLowerCase(s.codePointAt(last))) {
      last = hyphen + 1;
    }
    return last < s.length() && (Character.isUpperCase(s.codePointAt(last))
        || Character.isDigit(s.codePointAt(last)) || Character.isTitleCase(s.codePointAt(last)));
  }
}
