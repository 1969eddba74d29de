package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ModelTrainerTest {

    /** Check-worthy rows mention an amount; the others are opinions. The trainer must learn that. */
    private static List<LabelledSentence> syntheticRows() {
        String[] subjects = {"The city", "Our state", "The army", "The company", "The school board", "Congress"};
        List<LabelledSentence> rows = new ArrayList<>();
        int id = 0;
        for (int round = 0; round < 40; round++) {
            for (String subject : subjects) {
                rows.add(new LabelledSentence(String.valueOf(id++), true,
                        subject + " spent " + (round * 7 + 3) + " million dollars in " + (1990 + round) + "."));
                rows.add(new LabelledSentence(String.valueOf(id++), false,
                        "I think " + subject.toLowerCase() + " should be more careful and honest."));
                rows.add(new LabelledSentence(String.valueOf(id++), false,
                        "We need to believe in " + subject.toLowerCase() + " again."));
            }
        }
        return rows;
    }

    @Test
    void learnsASeparableRuleAndPicksAThresholdOnHeldOutRows() {
        ModelTrainer.Result result = ModelTrainer.train(syntheticRows(), ModelTrainer.Settings.defaults());

        assertThat(result.heldOutRows()).isPositive();
        assertThat(result.trainingRows() + result.heldOutRows()).isEqualTo(720);
        assertThat(result.heldOut().f1()).isGreaterThan(0.95);
        Detector detector = new Detector(new SentenceSplitter(), result.model());
        assertThat(detector.score("The council spent 12 million dollars in 2001.").score()).isGreaterThan(0.8);
        assertThat(detector.score("I think the council should be more careful.").score()).isLessThan(0.2);
    }

    @Test
    void trainingIsReproducibleAndTheFileRoundTrips() throws IOException {
        CheckWorthinessModel first = ModelTrainer.train(syntheticRows(), ModelTrainer.Settings.defaults()).model();
        CheckWorthinessModel second = ModelTrainer.train(syntheticRows(), ModelTrainer.Settings.defaults()).model();

        String firstFile = write(first);
        assertThat(write(second)).isEqualTo(firstFile);

        CheckWorthinessModel reread = CheckWorthinessModel.read(
                new ByteArrayInputStream(firstFile.getBytes(StandardCharsets.UTF_8)));
        assertThat(write(reread)).isEqualTo(firstFile);
        assertThat(reread.threshold()).isEqualTo(first.threshold(), org.assertj.core.data.Offset.offset(0.005));
    }

    @Test
    void shippedWeightsLoadAndKnowTheCues() {
        CheckWorthinessModel shipped = CheckWorthinessModel.shipped();

        assertThat(shipped.featureCount()).isGreaterThan(1000);
        assertThat(shipped.weight("cue:NUMBER")).isPositive();
        assertThat(shipped.weight("cue:QUESTION")).isNegative();
    }

    @Test
    void aModelFileWithoutThresholdIsRefused() {
        byte[] broken = "bias\t0.1\nw:tax\t0.5\n".getBytes(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatIOException()
                .isThrownBy(() -> CheckWorthinessModel.read(new ByteArrayInputStream(broken)))
                .withMessageContaining("threshold");
    }

    private static String write(CheckWorthinessModel model) throws IOException {
        StringWriter out = new StringWriter();
        model.write(out);
        return out.toString();
    }
}
