package dev.statuskit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DetailsTest {

  @Test
  void controlCharactersBecomeSingleSpaces() {
    assertThat(Details.clean("No order 42.\r\nInjected:\u0000\u0085 yes\u2028", 100)).isEqualTo("No order 42. Injected: yes");
  }

  @Test
  void nothingPrintableIsNoDetail() {
    assertThat(Details.clean(" \r\n\t", 100)).isNull();
    assertThat(Details.clean(null, 100)).isNull();
  }

  @Test
  void longTextIsCutWithAnEllipsis() {
    assertThat(Details.clean("abcdefghijklmnopqrstuvwxyz", 16)).isEqualTo("abcdefghijklmno\u2026").hasSize(16);
  }

  @Test
  void cutNeverSplitsASurrogatePair() {
    String text = "a".repeat(14) + "\uD83D\uDE00" + "tail";
    assertThat(Details.clean(text, 16)).isEqualTo("a".repeat(14) + "\u2026");
  }

  @Test
  void textAtTheLimitIsKept() {
    assertThat(Details.clean("x".repeat(16), 16)).isEqualTo("x".repeat(16));
  }
}
