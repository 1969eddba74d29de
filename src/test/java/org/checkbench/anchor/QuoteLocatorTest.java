package org.checkbench.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import org.checkbench.model.TextAnchor;
import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

    @Test
    void findsTheClaimInANewDraftByItsWordsAndContext() {
        String draft1 = "Intro. The army has 20,000 troops. Later: the army has 20,000 troops, he said.";
        int start = draft1.lastIndexOf("the army has");
        TextAnchor quote = TextAnchor.of(draft1, start, start + "the army has 20,000 troops".length(), 1);

        String draft2 = "New lede here. Intro. The army has 20,000 troops. Later: the army has 20,000 troops, he said.";
        Span found = QuoteLocator.locate(draft2, quote, start).orElseThrow();

        assertThat(found.start()).isEqualTo(draft2.lastIndexOf("the army has"));
        assertThat(draft2.substring(found.start(), found.end())).isEqualTo(quote.exact());
    }

    @Test
    void contextDecidesBetweenRepeatedPhrasesEvenFarFromTheOldPosition() {
        String text = "Kyiv said no. Moscow said yes. Kyiv said no.";
        TextAnchor secondOne = new TextAnchor(0, 12, "Kyiv said no", "Moscow said yes. ", ".", 1);
        Span found = QuoteLocator.locate(text, secondOne, 0).orElseThrow();
        assertThat(found.start()).isEqualTo(text.lastIndexOf("Kyiv said no"));
    }

    @Test
    void wordsThatAreGoneAreNotFound() {
        TextAnchor quote = new TextAnchor(0, 17, "60 billion rubles", "invest nearly ", " ($660 million)", 1);
        assertThat(QuoteLocator.locate("Russia plans to invest more in the TSPU.", quote, 0)).isEmpty();
    }
}
