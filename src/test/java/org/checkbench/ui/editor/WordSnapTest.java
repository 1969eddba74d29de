package org.checkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordSnapTest {

    private static final String TEXT = "Russia plans to invest nearly 60 billion rubles ($660 million) in the TSPU’s mandate.";

    private static String snapped(int start, int end) {
        int[] range = WordSnap.snap(TEXT, start, end);
        return TEXT.substring(range[0], range[1]);
    }

    @Test
    void aSelectionStartingAndEndingMidWordGrowsToWholeWords() {
        int start = TEXT.indexOf("vest");
        int end = TEXT.indexOf("illion") + 2;
        assertThat(snapped(start, end)).isEqualTo("invest nearly 60 billion");
    }

    @Test
    void surroundingSpacesAreTrimmed() {
        int start = TEXT.indexOf(" nearly") ;
        assertThat(snapped(start, start + " nearly ".length())).isEqualTo("nearly");
    }

    @Test
    void apostrophesStayInsideWords() {
        int start = TEXT.indexOf("SPU");
        assertThat(snapped(start, start + 2)).isEqualTo("TSPU’s");
    }

    @Test
    void punctuationAtTheEdgeIsKeptAsSelected() {
        int start = TEXT.indexOf("($660");
        int end = TEXT.indexOf("million)") + "million)".length();
        assertThat(snapped(start, end)).isEqualTo("($660 million)");
    }

    @Test
    void onlySpacesGiveAnEmptyRange() {
        int[] range = WordSnap.snap("a    b", 1, 5);
        assertThat(range[0]).isEqualTo(range[1]);
    }
}
