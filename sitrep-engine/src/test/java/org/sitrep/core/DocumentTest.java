package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentTest {
  private static final Layer<String> TEXT = Layer.of("text", String.class);
  private static final Layer<Integer> COUNT = Layer.of("count", Integer.class);
  private static final Layer<Integer> OTHER = Layer.of("other", Integer.class);

  @Test
  void withReturnsANewDocumentAndLeavesTheOriginalUnchanged() {
    Document base = Document.of(TEXT, "hello");
    Document more = base.with(COUNT, 5);

    assertThat(more).isNotSameAs(base);
    assertThat(base.has(COUNT)).isFalse();
    assertThat(more.has(COUNT)).isTrue();
    assertThat(more.get(COUNT)).isEqualTo(5);
    assertThat(more.get(TEXT)).isEqualTo("hello");
  }

  @Test
  void layersKeepInsertionOrderAndCannotBeModified() {
    Document doc = Document.of(TEXT, "a").with(OTHER, 2).with(COUNT, 1);
    assertThat(doc.layers().keySet()).containsExactly(TEXT, OTHER, COUNT);
    assertThatThrownBy(() -> doc.layers().put(Layer.of("x", String.class), "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> doc.layers().remove(TEXT))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsAddingALayerTwice() {
    Document doc = Document.of(TEXT, "a").with(COUNT, 1);
    assertThatThrownBy(() -> doc.with(COUNT, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("layer count is already present");
    assertThat(doc.get(COUNT)).isEqualTo(1);
  }

  @Test
  void missingLayerMessageNamesItAndWhatIsPresent() {
    Document doc = Document.of(TEXT, "a").with(OTHER, 3);
    assertThatThrownBy(() -> doc.get(COUNT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("layer count has not been produced")
        .hasMessageContaining("text")
        .hasMessageContaining("other");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void rejectsAValueOfTheWrongType() {
    // Generics stop this at compile time; the raw-type path is what a careless stage could reach.
    Layer raw = COUNT;
    Document doc = Document.of(TEXT, "a");
    assertThatThrownBy(() -> doc.with(raw, "not a number"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("layer count holds java.lang.String, not a java.lang.Integer");
    assertThatThrownBy(() -> Document.of(raw, "nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a java.lang.Integer");
  }

  @Test
  void rejectsANullValueNamingTheLayer() {
    Document doc = Document.of(TEXT, "a");
    assertThatThrownBy(() -> doc.with(COUNT, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("count");
  }

  @Test
  void layersWithTheSameNameAreDistinctKeys() {
    Layer<String> twin = Layer.of("text", String.class);
    Document doc = Document.of(TEXT, "a").with(twin, "b");
    assertThat(doc.get(TEXT)).isEqualTo("a");
    assertThat(doc.get(twin)).isEqualTo("b");
  }

  @Test
  void layerNameMustNotBeBlank() {
    assertThatThrownBy(() -> Layer.of(" ", String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("layer name must not be blank");
  }
}
