package org.checkbench.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextTest {

    private static final String SENTENCE = "The ministry said that 45 missiles were shot down last week. ";

    @Test
    void aHugeParagraphIsShownInLinesOfTheSameLengthAndStoredAsItWas() {
        String stored = "Title\n" + SENTENCE.repeat(2_000) + "\nEnd.";
        DisplayText display = DisplayText.of(stored);
        String shown = display.shown(stored);
        assertThat(shown).hasSameSizeAs(stored);
        assertThat(shown.lines().mapToInt(String::length).max().orElseThrow()).isLessThanOrEqualTo(DisplayText.MAX_LINE);
        assertThat(display.softBreaks()).isGreaterThan(100);
        assertThat(display.stored(shown)).isEqualTo(stored);
        assertThat(display.notice()).contains("shown in lines", "unchanged");
    }

    @Test
    void editsMoveTheSubstitutionsAndADeletedOneIsGone() {
        String stored = "x" + SENTENCE.repeat(200);
        DisplayText display = DisplayText.of(stored);
        StringBuilder shown = new StringBuilder(display.shown(stored));
        StringBuilder truth = new StringBuilder(stored);
        shown.insert(0, "New ");
        truth.insert(0, "New ");
        display.edited(0, 0, 4);
        int firstBreak = shown.indexOf("\n");
        shown.replace(firstBreak - 3, firstBreak + 2, "ZZ");
        truth.replace(firstBreak - 3, firstBreak + 2, "ZZ");
        display.edited(firstBreak - 3, 5, 2);
        assertThat(display.stored(shown.toString())).isEqualTo(truth.toString());
        int second = shown.indexOf("\n");
        assertThat(display.storedPiece(shown.substring(second - 2, second + 3), second - 2))
                .isEqualTo(truth.substring(second - 2, second + 3));
    }

    @Test
    void reorderingControlsAreShownAsAVisibleSignAndKept() {
        String stored = "Attached: report\u202Egnp.exe and more.";
        DisplayText display = DisplayText.of(stored);
        String shown = display.shown(stored);
        assertThat(shown).isEqualTo("Attached: report\u21C6gnp.exe and more.");
        assertThat(display.stored(shown)).isEqualTo(stored);
        assertThat(display.notice()).contains("1 hidden character", "⇆");
        assertThat(DisplayText.of("Plain.").notice()).isNull();
    }
}
