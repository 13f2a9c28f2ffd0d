package org.sitrep.stories;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.PlaceOut;
import org.sitrep.core.IsoDays;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;

/**
 * What the clusterer reads of one article.
 *
 * @param id the article's stable id; never blank
 * @param source the outlet, or null when unknown
 * @param title the headline, or null
 * @param text the story text (title excluded where known); never null
 * @param published publication date, or null when unknown
 * @param names proper names of people, organisations and places the article mentions, as written
 *     (one entry per distinct name, any order; the clusterer normalises them)
 */
public record StoryArticle(String id, String source, String title, String text,
    LocalDate published, List<String> names) {

  public StoryArticle {
    checkArgument(id != null && !id.isBlank(), "article id must not be blank");
    Objects.requireNonNull(text, "text");
    names = ImmutableList.copyOf(names);
  }

  /**
   * From Sitrep's analysis: the analysed text (boilerplate, bylines and datelines blanked out by the
   * structure stage are left out), the publication date (stated or inferred), and the names of the
   * article's named persons, organisations and places, plus its resolved places; its outlet is
   * the resolved one ({@link AnalyzedArticle#outlet()}).
   */
  public static StoryArticle from(AnalyzedArticle a) {
    StringBuilder body = new StringBuilder();
    for (AnalyzedArticle.Section s : a.structure()) {
      if (s.type().equals("body") || s.type().equals("standfirst") || s.type().equals("heading")) {
        body.append(a.text(), s.start(), s.end()).append('\n');
      }
    }
    String text = body.length() > 0 ? body.toString() : a.text();
    Set<String> names = new LinkedHashSet<>();
    for (Entity e : a.entities()) {
      if (e.named() && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION
          || e.type() == EntityType.LOCATION)) {
        names.add(e.name());
      }
    }
    for (PlaceOut p : a.places()) {
      names.add(p.resolvedName() != null ? p.resolvedName() : p.name());
    }
    // The resolved outlet (metadata, --source, address or text), not only what the metadata says;
    // rows stored before outlets were resolved carry their metadata source there.
    return new StoryArticle(a.id(), a.outlet(), a.title(), text,
        IsoDays.dayOf(a.published().value()),
        List.copyOf(names));
  }

}
