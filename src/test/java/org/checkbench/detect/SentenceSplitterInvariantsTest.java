package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Random texts built from the pieces that trip splitters; the span invariants must always hold. */
class SentenceSplitterInvariantsTest {

    private static final String[] PIECES = {
        "word", "Maj.", "U.S.", "Jan.", "Inc.", "$660", "1.5", "3.2%", "“", "”", "\"", "'", "(", ")", ".", ". .",
        "?", "!", "…", "...", "“.", "said", "The", "he", "\n", "\r\n", "\t", "  ", " ", "😀", "김정은", ",", "-",
        "\u00A0", "\uFEFF", "W."};

    @RepeatedTest(200)
    void spansAreOrderedTrimmedInsideTheTextAndHoldALetterOrDigit(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        StringBuilder builder = new StringBuilder();
        int pieces = random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
            builder.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextBoolean()) {
                builder.append(' ');
            }
        }
        String text = builder.toString();

        List<SentenceSpan> spans = new SentenceSplitter().split(text);

        java.util.BitSet joined = HardWrap.joinedBreaks(text);
        int previousEnd = 0;
        for (SentenceSpan span : spans) {
            assertThat(span.start()).as("ordered, no overlap in %s", text).isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.end()).isGreaterThan(span.start()).isLessThanOrEqualTo(text.length());
            String unit = span.of(text);
            assertThat(unit).as("trimmed").isEqualTo(unit.strip());
            assertThat(unit.codePoints().anyMatch(Character::isLetterOrDigit)).as("has a letter or digit: %s", unit).isTrue();
            for (int i = span.start(); i < span.end(); i++) {
                assertThat(HardWrap.isBreak(text.charAt(i)) && !joined.get(i))
                        .as("no line break inside but those that wrap a paragraph: %s", unit).isFalse();
            }
            previousEnd = span.end();
        }
        String outside = removeSpans(text, spans);
        assertThat(outside.codePoints().noneMatch(Character::isLetterOrDigit))
                .as("every letter and digit belongs to a unit: %s", text).isTrue();
    }

    private static String removeSpans(String text, List<SentenceSpan> spans) {
        StringBuilder outside = new StringBuilder();
        int position = 0;
        for (SentenceSpan span : spans) {
            outside.append(text, position, span.start());
            position = span.end();
        }
        return outside.append(text.substring(position)).toString();
    }
}
