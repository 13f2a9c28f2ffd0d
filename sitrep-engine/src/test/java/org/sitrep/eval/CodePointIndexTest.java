package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodePointIndexTest {

  @Test
  void offsetsAfterAnEmojiShiftByOne() {
    String text = "\uD83D\uDE00 Paris"; // U+1F600 takes two UTF-16 units
    CodePointIndex index = CodePointIndex.of(text);
    assertThat(index.codePoints()).isEqualTo(7);
    assertThat(index.toUtf16(0)).isZero();
    assertThat(index.toUtf16(1)).isEqualTo(2);
    assertThat(text.substring(index.toUtf16(2), index.toUtf16(7))).isEqualTo("Paris");
  }

  @Test
  void bmpTextMapsToItself() {
    CodePointIndex index = CodePointIndex.of("Zürich");
    assertThat(index.toUtf16(6)).isEqualTo(6);
  }

  @Test
  void rejectsOffsetsOutsideTheText() {
    CodePointIndex index = CodePointIndex.of("\uD83D\uDE00a");
    assertThatThrownBy(() -> index.toUtf16(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 code points");
    assertThatThrownBy(() -> index.toUtf16(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
