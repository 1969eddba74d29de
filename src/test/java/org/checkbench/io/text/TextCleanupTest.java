package org.checkbench.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.checkbench.service.TextCleanup;
import org.junit.jupiter.api.Test;

/** Hard-wrapped e-mail and OCR text: found, joined on request, headers dropped on request. */
class TextCleanupTest {

    private static final String WRAPPED = """
            North Korea has sent about 11,000 soldiers to Russia's Kursk region,
            South Korea's spy agency told lawmakers on Wednesday, adding that some
            of them had already been deployed to the front line and that more
            were expected to follow in the coming weeks, according to officials.

            The agency said the troops were trained in the use of drones and
            artillery. Moscow has not confirmed the deploy-
            ment, and Pyongyang denied it.
            - first point of the list
            - second point of the list
            """;

    @Test
    void wrappedLinesAreRecognisedAndJoinedIntoParagraphs() {
        HardWrap.Analysis analysis = HardWrap.analyse(WRAPPED);
        assertThat(analysis.hardWrapped()).isTrue();
        assertThat(analysis.typicalWidth()).isBetween(60, 75);

        assertThat(HardWrap.join(WRAPPED)).isEqualTo("""
                North Korea has sent about 11,000 soldiers to Russia's Kursk region, South Korea's spy agency told \
                lawmakers on Wednesday, adding that some of them had already been deployed to the front line and \
                that more were expected to follow in the coming weeks, according to officials.

                The agency said the troops were trained in the use of drones and artillery. Moscow has not \
                confirmed the deployment, and Pyongyang denied it.
                - first point of the list
                - second point of the list
                """);
    }

    @Test
    void ordinaryParagraphsAreNotTakenForWrappedText() {
        String article = "A headline\n\nThe first paragraph is one long line that ends with a full stop as"
                + " paragraphs do.\n\nThe second paragraph also ends properly.\n\nShort one.\n\nAnother one here.\n\n"
                + "And the last paragraph of the article.";
        assertThat(HardWrap.analyse(article).hardWrapped()).isFalse();
    }

    @Test
    void repeatedPageHeadersAndNumberedFootersAreFoundAndDroppedOnlyWhenAsked() {
        String[] body = {"The ministry said the budget grew.", "Officials in Seoul disagreed with it.",
            "Kyiv asked for more help.", "Nobody knows the final figure.", "The talks resume on Monday.",
            "A vote is expected in April.", "Critics called the plan vague.", "The minister resigned later."};
        StringBuilder ocr = new StringBuilder();
        for (int page = 1; page <= 4; page++) {
            ocr.append("THE DAILY HERALD — 12 March 2025\n");
            ocr.append(body[page * 2 - 2]).append('\n').append(body[page * 2 - 1]).append('\n');
            ocr.append("Page ").append(page).append(" of 4\n");
        }
        var repeated = RepeatedLines.find(ocr.toString());
        assertThat(repeated).extracting(RepeatedLines.Repeated::pattern)
                .contains("THE DAILY HERALD — # March #", "Page # of #");

        String cleaned = new TextCleanup(false, true).apply(ocr.toString());
        assertThat(cleaned).doesNotContain("DAILY HERALD", "Page 3 of 4").contains("Kyiv asked for more help.")
                .contains("The minister resigned later.");
        assertThat(TextCleanup.NONE.apply(ocr.toString())).isEqualTo(ocr.toString());
    }

    @Test
    void aParagraphTheTextRepeatsIsNotTakenForPageHeaders() {
        String paragraph = "The ministry said on Tuesday that about eleven thousand soldiers had\n"
                + "crossed the border in the first week of the operation and that more\n"
                + "were expected to follow before the end of the month.\n\n";
        String repeated = "Subject: draft for checking\n\n" + paragraph.repeat(6);
        assertThat(RepeatedLines.find(repeated)).isEmpty();
    }
}
