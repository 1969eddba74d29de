package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.junit.jupiter.api.Test;

class EvidenceInputTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:30:00Z");

    private static EvidenceInput input(String title, String url, String archived, String published, String accessed) {
        return new EvidenceInput(title, url, archived, " Reuters ", null, published, accessed, EvidenceKind.WEB_PAGE,
                "", null, null);
    }

    @Test
    void aTitleOrAnAddressIsRequired() {
        assertThat(input("  ", "", null, null, null).problems()).containsOnlyKeys(EvidenceInput.TITLE);
        assertThat(input("Statement", null, null, null, null).problems()).isEmpty();
        assertThat(input(null, "https://mod.gov.ua/1", null, null, null).problems()).isEmpty();
    }

    @Test
    void bothAddressesMustBeHttpOrHttps() {
        var problems = input("T", "javascript:alert(1)", "file:///tmp/x", null, null).problems();
        assertThat(problems).containsOnlyKeys(EvidenceInput.URL, EvidenceInput.ARCHIVED_URL);
        assertThat(problems.get(EvidenceInput.URL)).contains("javascript:");
    }

    @Test
    void datesAreADayAMonthOrAYearInTheLocalesFormatOrIso() {
        PartialDates uk = new PartialDates(java.util.Locale.UK);
        var problems = input("T", null, null, "14.03.2026", "2026-02-30").problems(uk);
        assertThat(problems).containsOnlyKeys(EvidenceInput.PUBLISHED_DATE, EvidenceInput.ACCESSED_DATE);
        assertThat(problems.get(EvidenceInput.PUBLISHED_DATE)).contains("“14.03.2026”", "17/05/2024");
        assertThat(input("T", null, null, "03/2026", "2026").problems(uk)).isEmpty();
        Evidence partial = input("T", null, null, "03/2026", "2026").applyTo(Evidence.draft("",
                org.checkbench.model.EvidenceKind.OTHER, NOW), uk);
        assertThat(partial.published()).isEqualTo(new org.checkbench.model.PartialDate("2026-03"));
        assertThat(partial.accessed()).isEqualTo(new org.checkbench.model.PartialDate("2026"));
        assertThat(EvidenceInput.of(partial, uk).publishedDate()).isEqualTo("03/2026");
    }

    @Test
    void theDraftHasTrimmedFieldsEmptyOnesAsNullAndTheAddressAsTitleWhenThereIsNone() {
        Evidence draft = input("", " https://mod.gov.ua/1 ", null, "2026-03-14", "2026-04-30").toDraft(NOW);
        assertThat(draft.title()).isEqualTo("https://mod.gov.ua/1");
        assertThat(draft.url()).isEqualTo("https://mod.gov.ua/1");
        assertThat(draft.outlet()).isEqualTo("Reuters");
        assertThat(draft.excerpt()).isNull();
        assertThat(draft.publishedDate()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(draft.accessedDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(EvidenceInput.of(draft).problems()).as("an entry round-trips through the form").isEmpty();
    }

    @Test
    void invalidInputIsNeverTurnedIntoAnEntry() {
        assertThatThrownBy(() -> input("T", "file:///x", null, null, null).toDraft(NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file:");
    }
}
