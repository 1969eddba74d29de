package org.checkbench.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WordTokensTest {

    private static List<String> keys(String text) {
        WordTokens tokens = WordTokens.of(text);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            keys.add(tokens.key(i));
        }
        return keys;
    }

    @Test
    void numbersContractionsAndHyphenatedWordsAreOneWordEach() {
        assertThat(keys("Kyiv’s 11,000 troops (3.5%) don't COVID-19 well-known."))
                .containsExactly("Kyiv's", "11,000", "troops", "(", "3.5", "%", ")", "don't", "COVID-19", "well-known", ".");
    }

    @Test
    void typographicVariantsOfAMarkCompareEqualAndSpacingIsNoToken() {
        assertThat(keys("He said “yes” – then…")).isEqualTo(keys("He  said \"yes\" - then..."));
        assertThat(keys("Київ, 김정은 🚀")).containsExactly("Київ", ",", "김정은", "🚀");
    }

    @Test
    void sentencesAndLinesAreSegmentsAndOffsetsAreUtf16() {
        String text = "Kyiv said 11,000. “Moscow denied it.” Seoul agreed\nNew line 🚀 here";
        WordTokens tokens = WordTokens.of(text);
        assertThat(tokens.segmentCount()).isEqualTo(4);
        assertThat(text.substring(tokens.start(tokens.segmentStart(1)), tokens.end(tokens.segmentEnd(1) - 1)))
                .isEqualTo("“Moscow denied it.”");
        assertThat(tokens.startsParagraph(3)).isTrue();
        assertThat(tokens.startsParagraph(1)).isFalse();
        int rocket = tokens.tokenAtOrAfter(text.indexOf('🚀'));
        assertThat(tokens.end(rocket) - tokens.start(rocket)).isEqualTo(2);
        assertThat(tokens.tokenEndBefore(text.indexOf(" here"))).isEqualTo(rocket + 1);
    }
}
