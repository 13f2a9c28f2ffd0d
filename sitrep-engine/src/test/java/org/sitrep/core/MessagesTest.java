package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void oneLineJoinsLinesWithOneSpace() {
    assertThat(Messages.oneLine("  relation \"articles\"\n  does not exist \r\n\tat line 3 "))
        .isEqualTo("relation \"articles\" does not exist at line 3");
    assertThat(Messages.oneLine("a\u2028b\u0085c")).isEqualTo("a b c");
    assertThat(Messages.oneLine(null)).isEmpty();
  }

  @Test
  void quotedInputIsOneShortLineWithoutControlCharacters() {
    assertThat(Messages.quoted("Tue, 18 Mar 2027 0\n9:30:00 GMT"))
        .isEqualTo("Tue, 18 Mar 2027 0 9:30:00 GMT");
    assertThat(Messages.quoted("utf\u00008")).isEqualTo("utf\uFFFD8");
    String quoted = Messages.quoted("x".repeat(79) + "\uD83D\uDE00" + "y".repeat(50));
    assertThat(quoted).hasSize(80).endsWith("x…");
    assertThat(Messages.quoted("short")).isEqualTo("short");
  }
}
