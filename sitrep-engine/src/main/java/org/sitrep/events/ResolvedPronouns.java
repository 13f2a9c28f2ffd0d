package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.entities.Entity;
import org.sitrep.reference.Reference;
import org.sitrep.reference.ReferenceKind;
import org.sitrep.reference.References;

/**
 * The personal pronouns "he", "she", "him" and "her" that the article's reference layer resolved
 * to one entity, as mentions of that entity: events read the same resolution as quotes, and read
 * it for every participant slot (a subject, an object, a passive agent, the subject of an
 * embedded clause such as "he said he would resign"), not only where a rule asks for it.
 *
 * <p>Left out, and left to the event rules: possessives ("his party" is not the person); "it",
 * "they" and "them", which a CAMEO coder reads first as the subject of the reporting clause
 * ("Arnor said it would withdraw" is Arnor), and only then as the reference layer resolved them
 * ({@code PhraseActors}); references that stand for several entities ("they" for "X and Y").
 */
final class ResolvedPronouns {
  /** The pronouns read as mentions of their antecedent. */
  private static final Set<String> WORDS = Set.of("he", "she", "him", "her");

  private ResolvedPronouns() {}

  /** The resolved pronouns of {@link #WORDS} as mentions of their one antecedent, in text order. */
  static List<ArticleContext.Located> mentions(References references, Map<String, Entity> byId) {
    List<ArticleContext.Located> out = new ArrayList<>();
    for (Reference r : references.references()) {
      if (r.kind() != ReferenceKind.PRONOUN || r.antecedents().size() != 1
          || !WORDS.contains(r.text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Entity e = byId.get(r.antecedent().entityId());
      if (e != null) {
        out.add(new ArticleContext.Located(r.span().start(), r.span().end(), e));
      }
    }
    return out;
  }
}
