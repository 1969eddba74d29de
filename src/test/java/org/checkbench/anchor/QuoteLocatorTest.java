package org.checkbench.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

    @Test
    void findsTheClaimInANewDraftByItsWordsAndContext() {
        String draft1 = "Intro. The army has 20,000 troops. Later: the army has 20,000 troops, he said.";
        int start = draft1.lastIndexOf("the army has");
        TextQuote quote = TextQuote.of(draft1, start, start + "the army has 20,000 troops".length());

        String draft2 = "New lede here. Intro. The army has 20,000 troops. Later: the army has 20,000 troops, he said.";
        Span found = QuoteLocator.locate(draft2, quote, start).orElseThrow();

        assertThat(found.start()).isEqualTo(draft2.lastIndexOf("the army has"));
        assertThat(draft2.substring(found.start(), found.end())).isEqualTo(quote.exact());
    }

    @Test
    void contextDecidesBetweenRepeatedPhrasesEvenFarFromTheOldPosition() {
        String text = "Kyiv said no. Moscow said yes. Kyiv said no.";
        TextQuote secondOne = new TextQuote("Kyiv said no", "Moscow said yes. ", ".");
        Span found = QuoteLocator.locate(text, secondOne, 0).orElseThrow();
        assertThat(found.start()).isEqualTo(text.lastIndexOf("Kyiv said no"));
    }

    @Test
    void wordsThatAreGoneAreNotFound() {
        TextQuote quote = new TextQuote("60 billion rubles", "invest nearly ", " ($660 million)");
        assertThat(QuoteLocator.locate("Russia plans to invest more in the TSPU.", quote, 0)).isEmpty();
    }

    @Test
    void contextNeverSplitsASurrogatePair() {
        String text = "😀".repeat(20) + "claim" + "😀".repeat(20);
        int start = text.indexOf("claim");
        TextQuote quote = TextQuote.of(text, start, start + 5);
        assertThat(Character.isLowSurrogate(quote.prefix().charAt(0))).isFalse();
        assertThat(Character.isHighSurrogate(quote.suffix().charAt(quote.suffix().length() - 1))).isFalse();
        assertThat(quote.exact()).isEqualTo("claim");
    }
}
