package org.checkbench.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.checkbench.model.CarriedClaim;
import org.checkbench.model.CarriedClaim.Outcome;
import org.checkbench.model.CarriedClaim.Place;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimOrigin;
import org.checkbench.model.TextAnchor;
import org.junit.jupiter.api.Test;

/** Carrying one claim through drafts a writer really sends. */
class ClaimCarrierTest {

    private static Claim claim(String text, String words) {
        int start = text.indexOf(words);
        assertThat(start).as("the claim's words are in the text").isGreaterThanOrEqualTo(0);
        return new Claim(1, 1, TextAnchor.of(text, start, start + words.length(), 1), ClaimOrigin.MANUAL, "confirmed",
                "", "", "", Instant.EPOCH, Instant.EPOCH, false, false);
    }

    private static CarriedClaim carry(String before, String after, Claim claim) {
        return ClaimCarrier.carry(before, after, List.of(claim)).claims().get(0);
    }

    private static final String DRAFT = "Seoul's spy agency said that 11,000 troops arrived in Kursk last week. "
            + "Moscow denied it.\n\nThe Pentagon confirmed the figure on Tuesday. Analysts were cautious.";

    @Test
    void aClaimWhoseWordsStayedIsUnchangedWhereverItWent() {
        String after = "A new opening paragraph came first.\n\nThe Pentagon confirmed the figure on Tuesday. "
                + "Analysts were cautious.\n\nSeoul's spy agency said that 11,000 troops arrived in Kursk last week. "
                + "Moscow denied it.";
        CarriedClaim carried = carry(DRAFT, after, claim(DRAFT, "11,000 troops arrived in Kursk"));
        assertThat(carried.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(after.substring(carried.newStart(), carried.newEnd())).isEqualTo("11,000 troops arrived in Kursk");
        assertThat(carried.similarity()).isEqualTo(1.0);
    }

    @Test
    void spacingAndTypographicQuotesAreNotChangedWords() {
        String before = "He said \"we counted  11,000 troops\" - and left.";
        String after = "He said “we counted 11,000 troops” – and left.";
        CarriedClaim carried = carry(before, after, claim(before, "\"we counted  11,000 troops\""));
        assertThat(carried.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(carried.newQuote()).isEqualTo("“we counted 11,000 troops”");
    }

    @Test
    void aChangedFigureIsFoundWithItsNewWordsAndTheOldOnesKept() {
        String after = DRAFT.replace("11,000 troops arrived", "12,500 soldiers arrived");
        CarriedClaim carried = carry(DRAFT, after,
                claim(DRAFT, "Seoul's spy agency said that 11,000 troops arrived in Kursk last week."));
        assertThat(carried.outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(carried.newQuote()).isEqualTo("Seoul's spy agency said that 12,500 soldiers arrived in Kursk last week.");
        assertThat(carried.oldQuote()).contains("11,000 troops");
        assertThat(carried.similarity()).isBetween(0.8, 0.99);
    }

    @Test
    void aRewordedFirstWordIsTakenInButNotAWordWrittenBeforeTheClaim() {
        String before = "Officials said 11,000 troops arrived.";
        String after = "Officials said that 12,000 troops arrived.";
        CarriedClaim carried = carry(before, after, claim(before, "11,000 troops arrived"));
        assertThat(carried.outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(carried.newQuote()).isEqualTo("12,000 troops arrived");
    }

    @Test
    void aDeletedSentenceIsOrphanedEvenWhenANewSentenceInItsPlaceSharesItsFrame() {
        String before = "Intro.\n\nThe ministry said 11,000 troops arrived in Kursk last week. Moscow denied it.";
        String after = "Intro.\n\nThe ministry said 400 tanks were counted in Odesa on Friday. Moscow denied it.";
        CarriedClaim carried = carry(before, after, claim(before, "The ministry said 11,000 troops arrived in Kursk last week."));
        assertThat(carried.outcome()).isEqualTo(Outcome.ORPHANED);
        assertThat(carried.newQuote()).isNull();
    }

    @Test
    void twoEquallyGoodPlacesOrphanTheClaimWithBothAsCandidates() {
        String before = "Report A. Reporters were not allowed into the area. Report B.";
        String after = "Report C. Reporters were not allowed into the area. Report D. "
                + "Reporters were not allowed into the area. Report E.";
        CarriedClaim carried = carry(before, after, claim(before, "Reporters were not allowed into the area."));
        assertThat(carried.outcome()).isEqualTo(Outcome.ORPHANED);
        assertThat(carried.candidates()).extracting(p -> after.substring(p.start(), p.end()))
                .containsOnly("Reporters were not allowed into the area.").hasSize(2);
    }

    @Test
    void anOrphanIsFoundAgainOnlyWhereItsExactWordsAreNewInTheDraft() {
        String before = "Intro. Moscow denied it. End.";
        Claim orphan = claim("Kyiv said 11,000 troops arrived.", "11,000 troops arrived").withOrphaned(true);
        String after = "Intro. Moscow denied it. Kyiv now says 11,000 troops arrived after all. End.";
        CarriedClaim found = carry(before, after, orphan);
        assertThat(found.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(after.substring(found.newStart(), found.newEnd())).isEqualTo("11,000 troops arrived");

        String twice = after + " Again: 11,000 troops arrived.";
        CarriedClaim ambiguous = carry(before, twice, orphan);
        assertThat(ambiguous.outcome()).isEqualTo(Outcome.ORPHANED);
        assertThat(ambiguous.candidates()).hasSize(2).allSatisfy(
                (Place p) -> assertThat(twice.substring(p.start(), p.end())).isEqualTo("11,000 troops arrived"));
    }
}
