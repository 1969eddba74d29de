package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

class HardWrapTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private static final String WRAPPED = String.join("\n",
            "GRAND JURY MATERIALS",
            "",
            "The court held that the disclosure of matters occurring before the grand",
            "jury is governed by Rule 6(e) of the Federal Rules of Criminal Procedure,",
            "as amended in 1977. The rule does not bar a witness from disclosing his own",
            "testimony. The notes of the advisory committee on Rule 6(e) of the rules,",
            "published in 1977, explain the change.",
            "",
            "Prosecutors disclosed the transcripts to 14 state agencies between 2019 and",
            "2021, according to the inspector general's report.");

    @Test
    void sentencesOfHardWrappedTextAreReadAcrossTheirLineBreaks() {
        List<String> units = texts(WRAPPED, splitter.split(WRAPPED));

        assertThat(units).containsExactly(
                "GRAND JURY MATERIALS",
                "The court held that the disclosure of matters occurring before the grand\njury is governed by Rule"
                        + " 6(e) of the Federal Rules of Criminal Procedure,\nas amended in 1977.",
                "The rule does not bar a witness from disclosing his own\ntestimony.",
                "The notes of the advisory committee on Rule 6(e) of the rules,\npublished in 1977, explain the change.",
                "Prosecutors disclosed the transcripts to 14 state agencies between 2019 and\n2021, according to the"
                        + " inspector general's report.");
    }

    @Test
    void windowsLineEndsAreJoinedAsWell() {
        String crlf = WRAPPED.replace("\n", "\r\n");

        assertThat(texts(crlf, splitter.split(crlf))).hasSize(5)
                .contains("The rule does not bar a witness from disclosing his own\r\ntestimony.");
    }

    @Test
    void textWithParagraphsOnOneLineKeepsEveryLineBreak() throws IOException {
        String sample = SentenceSplitterTest.sampleArticle();

        assertThat(HardWrap.joinedBreaks(sample).isEmpty()).isTrue();
        assertThat(HardWrap.joinedBreaks("Headline\nCaption of a photo\nA sentence.\nAnother one.").isEmpty()).isTrue();
    }

    @Test
    void shortLinesOfAPoemOrListAreNotJoined() {
        String list = "Milk\nEggs\nBread\nButter\nFlour\nSugar\n";

        assertThat(HardWrap.joinedBreaks(list).isEmpty()).isTrue();
        assertThat(splitter.split(list)).hasSize(6);
    }

    private static List<String> texts(String text, List<SentenceSpan> spans) {
        return spans.stream().map(s -> s.of(text)).toList();
    }
}
