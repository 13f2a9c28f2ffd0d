package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.numbers.NumberMention;
import org.sitrep.time.TimeExpression;

/** Readable assertions over an analysed article, shared by the seed and sample corpus tests. */
final class ArticleAssertions {
  private final AnalyzedArticle a;

  private ArticleAssertions(AnalyzedArticle a) {
    this.a = a;
  }

  static ArticleAssertions of(AnalyzedArticle a) {
    return new ArticleAssertions(a);
  }

  /** The entity of this type with a mention whose text is {@code surface}. */
  Entity entity(EntityType type, String surface) {
    for (Entity e : a.entities()) {
      if (e.type() == type && e.mentions().stream().anyMatch(m -> m.text().equals(surface))) {
        return e;
      }
    }
    return fail("no %s entity mentioned as '%s' in %s; entities: %s", type, surface, a.id(),
        a.entities().stream().map(e -> e.type() + ":" + e.name()).toList());
  }

  /** No entity of any type has a mention with exactly this text. */
  ArticleAssertions noEntity(String surface) {
    assertThat(a.entities().stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
        .as("entities of %s", a.id()).doesNotContain(surface);
    return this;
  }

  /** The value of the time expression whose text contains {@code surface}, at its n-th use. */
  String time(String surface) {
    for (TimeExpression t : a.times()) {
      if (t.text().contains(surface)) {
        return t.value();
      }
    }
    return fail("no time expression '%s' in %s; times: %s", surface, a.id(),
        a.times().stream().map(TimeExpression::text).toList());
  }

  /** The time expression that starts at the n-th occurrence of {@code context} in the text. */
  String timeAfter(String context) {
    int at = a.text().indexOf(context);
    assertThat(at).as("'%s' in %s", context, a.id()).isGreaterThanOrEqualTo(0);
    for (TimeExpression t : a.times()) {
      if (t.start() >= at && t.start() <= at + context.length() + 3) {
        return t.value();
      }
    }
    return fail("no time expression at '%s' in %s", context, a.id());
  }

  NumberMention number(String surface) {
    for (NumberMention n : a.numbers()) {
      if (n.text().equals(surface)) {
        return n;
      }
    }
    return fail("no number '%s' in %s; numbers: %s", surface, a.id(),
        a.numbers().stream().map(NumberMention::text).toList());
  }

  /** The structure type of the section holding the first occurrence of {@code snippet}. */
  String typeOf(String snippet) {
    int at = a.text().indexOf(snippet);
    assertThat(at).as("'%s' in %s", snippet, a.id()).isGreaterThanOrEqualTo(0);
    for (AnalyzedArticle.Section s : a.structure()) {
      if (s.start() <= at && at < s.end()) {
        return s.type();
      }
    }
    return "none";
  }

  /**
   * Nothing is annotated inside boilerplate, bylines or the dateline, except the place a dateline
   * names (where the report was filed, a place mention of its own: {@code
   * entities.DatelinePlaces}) and the dates of the dateline, bylines and publication lines, each
   * marked with the segment it sits in.
   */
  ArticleAssertions nothingFromFurniture() {
    List<AnalyzedArticle.Section> furniture = a.structure().stream()
        .filter(s -> List.of("boilerplate", "byline", "dateline").contains(s.type())).toList();
    for (AnalyzedArticle.Section s : furniture) {
      for (Entity e : a.entities()) {
        if (s.type().equals("dateline") && e.type() == EntityType.LOCATION) {
          continue;
        }
        for (Mention m : e.mentions()) {
          assertThat(m.start() >= s.end() || m.end() <= s.start())
              .as("entity mention '%s' inside %s '%s'", m.text(), s.type(),
                  a.text().substring(s.start(), s.end())).isTrue();
        }
      }
      // The dates of the dateline, bylines and publication lines are times of the article, read
      // and marked as such ({@code time.FurnitureTimes}); no other time lies in furniture.
      TimeExpression.Segment stated = TimeExpression.Segment.ofFurniture(
          org.sitrep.core.StructureType.valueOf(s.type().toUpperCase(java.util.Locale.ROOT)),
          s.note());
      for (TimeExpression t : a.times()) {
        if (t.start() >= s.end() || t.end() <= s.start()) {
          continue;
        }
        assertThat(stated != null && t.segment() == stated && t.start() >= s.start()
            && t.end() <= s.end())
            .as("time '%s' (%s) inside %s '%s'", t.text(), t.segment().label(), s.type(),
                a.text().substring(s.start(), s.end())).isTrue();
      }
      for (NumberMention n : a.numbers()) {
        assertThat(n.start() >= s.end() || n.end() <= s.start())
            .as("number '%s' inside %s", n.text(), s.type()).isTrue();
      }
    }
    return this;
  }

  /** Every annotation's text is exactly the text its span covers. */
  ArticleAssertions spansMatchText() {
    for (Entity e : a.entities()) {
      for (Mention m : e.mentions()) {
        assertThat(a.text().substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    for (TimeExpression t : a.times()) {
      assertThat(a.text().substring(t.start(), t.end())).isEqualTo(t.text());
    }
    for (NumberMention n : a.numbers()) {
      assertThat(a.text().substring(n.start(), n.end())).isEqualTo(n.text());
    }
    return this;
  }
}
