package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> units(String text) {
        return splitter.split(text).stream().map(span -> span.of(text)).toList();
    }

    static String sampleArticle() throws IOException {
        try (InputStream in = SentenceSplitterTest.class.getResourceAsStream(
                "/org/checkbench/samples/north-korean-troops-in-russia.txt")) {
            assertThat(in).as("sample article on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyLineOfTheSampleIsOneUnitIncludingCaptionsAndStrayPunctuation() throws IOException {
        String sample = sampleArticle();
        List<String> lines = sample.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();

        assertThat(units(sample)).containsExactlyElementsOf(lines).hasSize(41);
    }

    /** A long article's split offers places to wait or stop (ADR 0114) and gives the same sentences. */
    @Test
    void aLongSplitCallsItsCheckpointEveryFewHundredLinesAndGivesTheSameUnits() throws IOException {
        String sample = sampleArticle();
        String text = (sample + "\n").repeat(60);
        long lines = text.chars().filter(c -> c == '\n').count();
        int[] checkpoints = {0};

        List<SentenceSpan> withCheckpoints = splitter.split(text, () -> checkpoints[0]++);

        assertThat(withCheckpoints).isEqualTo(splitter.split(text));
        assertThat(lines).isGreaterThan(2L * SentenceSplitter.LINES_BETWEEN_CHECKPOINTS);
        assertThat(checkpoints[0]).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(
                (int) (lines / SentenceSplitter.LINES_BETWEEN_CHECKPOINTS) + 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> splitter.split(text, () -> {
            throw new IllegalStateException("stopped");
        })).hasMessage("stopped");
    }

    @Test
    void sampleHardCasesComeOutAsTheseExactUnits() throws IOException {
        List<String> units = units(sampleArticle());

        assertThat(units).contains(
                // a stray “. after the closing quote stays with its sentence
                "A shocking report by Financial Times columnist Gideon Rachman revealed that Kim Jong Un’s troops"
                        + " were “gorging themselves on pornography” in their barracks, and had never enjoyed such"
                        + " unlimited access to the web, according to a “generally reliable source.” “.",
                // Maj. and U.S. do not end the sentence; the closing quote does
                "Maj. Charlie Dietz, a spokesman for the U.S. Department of Defense, said he was unable to verify"
                        + " “any North Korean Internet habits or virtual extracurricular activities in Russia.”",
                // captions without final punctuation
                "North Korean leader Kim Jong Un supervises artillery firing exercises in North Korea",
                "Russian soldier captured in Kursk tells his Ukrainian captors about his experiences working with"
                        + " North Korean troops",
                "Vladimir Putin greets North Korean Foreign Minister Choe Son Hui in the Kremlin",
                // doubled punctuation
                "Meanwhile, Ukrainian officials stated earlier this week that kyiv forces had clashed with North"
                        + " Korean troops for the first time as Kim Jong Un’s soldiers fought alongside their Russian"
                        + " counterparts to repel Ukraine’s incursion into the Kursk region. .",
                // currency and numbers in brackets
                "It was revealed earlier this year that Russia plans to invest nearly 60 billion rubles ($660 million)"
                        + " over the next five years to expand the TSPU’s mandate and give it additional capabilities"
                        + " as the Kremlin seeks to further shape the narrative in around the war in Ukraine.",
                // trailing spaces at the end of the file are trimmed away
                "Lavrov said Russia was “deeply grateful” for North Korea’s “principled stance” on Ukraine.");
    }

    @Test
    void sampleSentencesRunTogetherInOneParagraphStillSplit() {
        String paragraph = "according to a “generally reliable source.” “. Just as the arrival of Elon Musk’s"
                + " Starlink satellites transformed the lives of tribes, Pyongyang’s military was immediately hooked."
                + " Maj. Charlie Dietz, a spokesman for the U.S. Department of Defense, said he was unable to verify"
                + " “any activities in Russia.” “As for Internet access, it’s best to direct that question to"
                + " Moscow,” Dietz said. “At this time, our focus remains on supporting Ukraine,” he concluded."
                + " They clashed in the Kursk region. . Ukrainian leader Volodymyr Zelensky accuses the West.";

        assertThat(units(paragraph)).containsExactly(
                "according to a “generally reliable source.” “.",
                "Just as the arrival of Elon Musk’s Starlink satellites transformed the lives of tribes,"
                        + " Pyongyang’s military was immediately hooked.",
                "Maj. Charlie Dietz, a spokesman for the U.S. Department of Defense, said he was unable to verify"
                        + " “any activities in Russia.”",
                "“As for Internet access, it’s best to direct that question to Moscow,” Dietz said.",
                "“At this time, our focus remains on supporting Ukraine,” he concluded.",
                "They clashed in the Kursk region. .",
                "Ukrainian leader Volodymyr Zelensky accuses the West.");
    }

    @Test
    void abbreviationsNumbersAndInitialsDoNotEndSentences() {
        String text = "Dr. Kim met Mr. Lee on Jan. 5 at 3.30 p.m. and paid $1.5 million, up 3.2% on 2023."
                + " George W. Bush visited the U.S. Capitol. He left the U.S. The next day he flew home."
                + " Acme Inc. said no. We asked why!! Really?! “Why?” he asked.";

        assertThat(units(text)).containsExactly(
                "Dr. Kim met Mr. Lee on Jan. 5 at 3.30 p.m. and paid $1.5 million, up 3.2% on 2023.",
                "George W. Bush visited the U.S. Capitol.",
                "He left the U.S.",
                "The next day he flew home.",
                "Acme Inc. said no.",
                "We asked why!!",
                "Really?!",
                "“Why?” he asked.");
    }

    @Test
    void aQuotationEndingInAStopOrQuestionMarkFollowedByItsAttributionStaysOneSentence() {
        String text = "“Where are the troops?” Zelensky asked. “We will win.” Maj. Dietz told reporters."
                + " “It is over.” Then the line went dead. “Why?” The answer never came.";

        assertThat(units(text)).containsExactly(
                "“Where are the troops?” Zelensky asked.",
                "“We will win.” Maj. Dietz told reporters.",
                "“It is over.”",
                "Then the line went dead.",
                "“Why?”",
                "The answer never came.");
    }

    @Test
    void lineBreaksEndUnitsAndSpansAreTrimmedOffsetsIntoTheOriginal() {
        String text = "  Headline without a stop\r\n\r\nPhoto: a caption\n\tFirst sentence. Second one…  \n* * *\n";

        List<SentenceSpan> spans = splitter.split(text);

        assertThat(spans).extracting(span -> span.of(text)).containsExactly(
                "Headline without a stop", "Photo: a caption", "First sentence.", "Second one…");
        assertThat(spans.get(0)).isEqualTo(new SentenceSpan(2, 25));
    }

    @Test
    void offsetsCountUtf16CodeUnitsAroundCharactersOutsideTheBasicPlane() {
        String text = "Emoji 😀 first. 김정은 said 😀😀 twice.";

        List<SentenceSpan> spans = splitter.split(text);

        assertThat(spans).containsExactly(new SentenceSpan(0, 15), new SentenceSpan(16, text.length()));
        assertThat(spans.get(1).of(text)).isEqualTo("김정은 said 😀😀 twice.");
    }

    @Test
    void emptyAndBlankTextGiveNoUnits() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \n\t\r\n ")).isEmpty();
    }
}
