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

    @Test
    void strayPunctuationAtTheEndIsLeftOut() {
        int start = TEXT.indexOf("60 billion");
        int end = TEXT.indexOf("($") + 2;
        assertThat(snapped(start, end)).as("issue 14: “rubles ($”").isEqualTo("60 billion rubles");
    }

    @Test
    void aSentencesOwnFullStopStaysWithIt() {
        String text = "The traps of the Internet. More follows";
        int[] range = WordSnap.snap(text, 0, text.indexOf('.') + 2);
        assertThat(text.substring(range[0], range[1])).isEqualTo("The traps of the Internet.");
    }

    @Test
    void aSelectionStartingAtTheEndOfTheLastParagraphStartsAtTheNextWord() {
        String text = "He said so.\n\nI vaguely remember the figure…";
        int[] range = WordSnap.snap(text, text.indexOf('.'), text.length());
        assertThat(text.substring(range[0], range[1])).as("issue 14: “. ¶¶ I vaguely…”")
                .isEqualTo("I vaguely remember the figure");
    }

    @Test
    void signsAndUnitsOfNumbersStayWithThem() {
        String text = "prices rose 12.5% to $1,000 in May.";
        int start = text.indexOf("12");
        assertThat(text.substring(WordSnap.snap(text, start - 1, text.indexOf(" in"))[0],
                WordSnap.snap(text, start - 1, text.indexOf(" in"))[1])).isEqualTo("12.5% to $1,000");
    }

    @Test
    void anUnclosedBracketOrQuoteAtTheStartIsLeftOut() {
        String text = "he called it “a fair deal” (twice";
        int[] range = WordSnap.snap(text, text.indexOf("(") , text.length());
        assertThat(text.substring(range[0], range[1])).isEqualTo("twice");
        int[] quoted = WordSnap.snap(text, text.indexOf("“"), text.indexOf("”") + 1);
        assertThat(text.substring(quoted[0], quoted[1])).isEqualTo("“a fair deal”");
    }

    @Test
    void onlyPunctuationGivesAnEmptyRange() {
        int[] range = WordSnap.snap("so . , ; it", 2, 9);
        assertThat(range[0]).isEqualTo(range[1]);
    }
}
