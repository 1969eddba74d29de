package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WordKeepingLineBreakerTest {

    private static List<String> pieces(String text) {
        WordKeepingLineBreaker breaker = new WordKeepingLineBreaker();
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int last = 0;
        for (int at = breaker.next(); at != BreakIterator.DONE; at = breaker.next()) {
            pieces.add(text.substring(last, at));
            last = at;
        }
        return pieces;
    }

    @Test
    void wordsWithAnApostropheStayWhole() {
        assertThat(pieces("Vladimir Putin’s army, O'Brien’s don’t")).containsExactly(
                "Vladimir ", "Putin’s ", "army, ", "O'Brien’s ", "don’t");
    }

    @Test
    void aClosingQuoteStillEndsAWord() {
        assertThat(pieces("“bright star” network")).containsExactly("“bright ", "star” ", "network");
    }
}
