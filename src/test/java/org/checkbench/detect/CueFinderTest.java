package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueFinderTest {

    private static java.util.Set<Cue> cues(String sentence) {
        return SentenceFeatures.of(sentence).cues();
    }

    @Test
    void statisticWithDateSourceAndChange() {
        assertThat(cues("Unemployment fell to 3.2% in March 2024, according to the Labor Department."))
                .contains(Cue.NUMBER, Cue.STATISTIC, Cue.DATE, Cue.NAMED_SOURCE, Cue.CHANGE, Cue.NAMED_ENTITY)
                .doesNotContain(Cue.OPINION, Cue.QUESTION);
    }

    @Test
    void moneyComparisonAndCause() {
        assertThat(cues("Prices rose faster than wages because the budget cut $3 billion."))
                .contains(Cue.MONEY, Cue.COMPARISON, Cue.CAUSAL_CLAIM, Cue.CHANGE, Cue.NUMBER);
    }

    @Test
    void opinionPredictionQuestionAndQuotation() {
        assertThat(cues("I think we should do better.")).containsExactly(Cue.OPINION);
        assertThat(cues("We will win this election.")).containsExactly(Cue.PREDICTION);
        assertThat(cues("Why did you vote for it?")).containsExactly(Cue.QUESTION);
        assertThat(cues("“We are ready,” he said.")).contains(Cue.QUOTATION);
    }

    @Test
    void verbsThatLookLikeMonthsAreNotDates() {
        assertThat(cues("They march on and may win.")).doesNotContain(Cue.DATE);
        assertThat(cues("The vote is on May 5 in the capital.")).contains(Cue.DATE, Cue.NUMBER);
    }

    @Test
    void yearsAreDatesNotCounts() {
        assertThat(cues("The law was passed in 1996.")).contains(Cue.DATE).doesNotContain(Cue.NUMBER);
    }

    @Test
    void tokensKeepNumbersAndApostrophesTogether() {
        assertThat(Tokenizer.tokens("Putin’s army spent $1.5 billion, 11,000 troops; don't."))
                .containsExactly("Putin's", "army", "spent", "$", "1.5", "billion", "11,000", "troops", "don't");
    }
}
