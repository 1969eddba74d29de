package org.checkbench.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextSearchTest {

    private static final String TEXT = "Starlink satellites. STARLINK terminals; starlinks? Київ and київ.";

    private static List<String> found(String phrase, boolean matchCase, boolean wholeWords) {
        return TextSearch.of(phrase, matchCase, wholeWords).findAll(TEXT).stream()
                .map(m -> TEXT.substring(m.start(), m.end())).toList();
    }

    @Test
    void ignoresCaseUnlessAsked() {
        assertThat(found("starlink", false, false)).containsExactly("Starlink", "STARLINK", "starlink");
        assertThat(found("starlink", true, false)).containsExactly("starlink");
    }

    @Test
    void wholeWordsLeavesOutLongerWords() {
        assertThat(found("starlink", false, true)).containsExactly("Starlink", "STARLINK");
    }

    @Test
    void caseIsFoldedBeyondAscii() {
        assertThat(found("КИЇВ", false, true)).containsExactly("Київ", "київ");
    }

    @Test
    void thePhraseIsTakenLiterally() {
        assertThat(TextSearch.of("s?", true, false).findAll(TEXT)).hasSize(1);
        assertThat(found("", false, false)).isEmpty();
    }

    @Test
    void matchesAtTellsWhetherASelectionIsAnOccurrence() {
        TextSearch search = TextSearch.of("starlink", false, true);
        int at = TEXT.indexOf("STARLINK");
        assertThat(search.matchesAt(TEXT, at, at + 8)).isTrue();
        assertThat(search.matchesAt(TEXT, TEXT.indexOf("starlinks"), TEXT.indexOf("starlinks") + 8)).isFalse();
    }
}
