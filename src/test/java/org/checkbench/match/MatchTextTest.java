package org.checkbench.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchTextTest {

    @Test
    void aTweetLosesLinksAndDateButKeepsItsAuthorInFront() {
        String tweet = "Clinton Foundation Honors Wife of Palestinian Terrorist https://t.co/JUpxDiDpuh"
                + " pic.twitter.com/abc123 — ARnews 1936 (@ARnews1936) September 20, 2016";
        assertThat(MatchText.clean(tweet)).isEqualTo("ARnews 1936: Clinton Foundation Honors Wife of Palestinian Terrorist");
    }

    @Test
    void hashtagsAndHandlesBecomeWords() {
        assertThat(MatchText.clean("How are butterflies surviving the #AustralianFires? asks @CenterForBioDiv"))
                .isEqualTo("How are butterflies surviving the Australian Fires? asks Center For Bio Div");
    }

    @Test
    void anOrdinaryClaimIsLeftAsItIs() {
        String claim = "Unemployment fell to 3.5% in 2019 - the lowest in 50 years.";
        assertThat(MatchText.clean(claim)).isEqualTo(claim);
    }

    @Test
    void wordsAreLowerCaseLettersAndDigits() {
        assertThat(MatchText.words("Київ's 3.5% rise, (@CNN)")).containsExactly("київ", "s", "3", "5", "rise", "cnn");
    }
}
