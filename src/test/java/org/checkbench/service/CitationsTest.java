package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.junit.jupiter.api.Test;

class CitationsTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:30:00Z");

    @Test
    void aFullEntryGivesOutletTitleAuthorDateAddressesAndAccessDate() {
        Evidence entry = Evidence.draft("Grain exports fell in March", EvidenceKind.WEB_PAGE, NOW)
                .withOutlet("Reuters").withAuthor("Anna Li").withPublishedDate(LocalDate.of(2026, 3, 3))
                .withUrl("https://reuters.com/grain").withArchivedUrl("https://archive.ph/Ab1")
                .withAccessedDate(LocalDate.of(2026, 3, 4));
        assertThat(Citations.format(entry)).isEqualTo("Reuters. “Grain exports fell in March.” Anna Li, 3 March 2026."
                + " https://reuters.com/grain (archived: https://archive.ph/Ab1). Accessed 4 March 2026.");
    }

    @Test
    void missingPartsAreLeftOutAndEndingPunctuationIsNotDoubled() {
        Evidence interview = Evidence.draft("Did the border close?", EvidenceKind.INTERVIEW, NOW)
                .withPublishedDate(LocalDate.of(2026, 1, 9));
        assertThat(Citations.format(interview)).isEqualTo("“Did the border close?” 9 January 2026.");
    }

    @Test
    void aTitleThatIsOnlyTheAddressIsNotRepeated() {
        Evidence pasted = Evidence.draft("https://example.org/x", EvidenceKind.WEB_PAGE, NOW)
                .withUrl("https://example.org/x").withAccessedDate(LocalDate.of(2026, 4, 30));
        assertThat(Citations.format(pasted)).isEqualTo("https://example.org/x. Accessed 30 April 2026.");
    }

    @Test
    void theLocatorSaysWhereInTheSource() {
        Evidence book = Evidence.draft("Ukraine: A History", EvidenceKind.BOOK, NOW).withAuthor("Orest Subtelny")
                .withLocator("p. 412");
        assertThat(Citations.format(book)).isEqualTo("“Ukraine: A History.” Orest Subtelny. p. 412.");
    }
}
