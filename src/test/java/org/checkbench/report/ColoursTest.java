package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColoursTest {

    @Test
    void acceptsSixAndThreeDigitHexAndRejectsAnythingElse() {
        assertThat(Colours.safe("#C62828")).isEqualTo("#c62828");
        assertThat(Colours.safe(" #abc ")).isEqualTo("#aabbcc");
        assertThat(Colours.safe("red")).isEqualTo(Colours.FALLBACK);
        assertThat(Colours.safe("#12345;x")).isEqualTo(Colours.FALLBACK);
        assertThat(Colours.safe(null)).isEqualTo(Colours.FALLBACK);
    }

    @Test
    void textOnAColourIsWhiteOnDarkAndDarkOnLight() {
        assertThat(Colours.textOn("#1a237e")).isEqualTo("#ffffff");
        assertThat(Colours.textOn("#ffeb3b")).isEqualTo("#1a1a1a");
    }

    @Test
    void tintMixesWithWhite() {
        assertThat(Colours.tint("#000000", 0.0)).isEqualTo("#ffffff");
        assertThat(Colours.tint("#000000", 1.0)).isEqualTo("#000000");
        assertThat(Colours.tint("#ff0000", 0.5)).isEqualTo("#ff8080");
    }
}
