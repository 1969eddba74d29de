package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.checkbench.model.PartialDate;
import org.junit.jupiter.api.Test;

class PartialDatesTest {

    private final PartialDates uk = new PartialDates(Locale.UK);
    private final PartialDates us = new PartialDates(Locale.US);
    private final PartialDates german = new PartialDates(Locale.GERMANY);

    @Test
    void daysMonthsAndYearsAreReadInTheLocalesFormatAndStoredAsIso() {
        assertThat(uk.parse("17/05/2024")).contains(new PartialDate("2024-05-17"));
        assertThat(us.parse("5/17/2024")).contains(new PartialDate("2024-05-17"));
        assertThat(german.parse("17.05.2024")).contains(new PartialDate("2024-05-17"));
        assertThat(uk.parse("05/2024")).contains(new PartialDate("2024-05"));
        assertThat(us.parse("May 2024")).contains(new PartialDate("2024-05"));
        assertThat(german.parse("Mai 2024")).contains(new PartialDate("2024-05"));
        assertThat(uk.parse("2024")).contains(new PartialDate("2024"));
        assertThat(german.parse(" 2024-05-17 ")).as("ISO is always understood").contains(new PartialDate("2024-05-17"));
        assertThat(uk.parse("  ")).isEmpty();
    }

    @Test
    void datesAreShownInTheLocalesFormatAndUnreadableOnesAsWritten() {
        assertThat(uk.format(new PartialDate("2024-05-17"))).isEqualTo("17 May 2024");
        assertThat(german.format(new PartialDate("2024-05"))).isEqualTo("Mai 2024");
        assertThat(uk.format(new PartialDate("2024"))).isEqualTo("2024");
        assertThat(uk.format(new PartialDate("around 2019"))).isEqualTo("around 2019");
        assertThat(uk.formatForEntry(new PartialDate("2024-05-17"))).isEqualTo("17/05/2024");
        assertThat(uk.parse(uk.formatForEntry(new PartialDate("2024-05")))).contains(new PartialDate("2024-05"));
    }

    @Test
    void whatIsNoDateIsRefusedWithExamplesInTheLocalesFormat() {
        assertThatThrownBy(() -> uk.parse("31/02/2024")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("17/05/2024").hasMessageContaining("05/2024").hasMessageContaining("2024");
        assertThatThrownBy(() -> us.parse("yesterday")).hasMessageContaining("“yesterday” is not a date");
    }

    @Test
    void aPartialDateKnowsTheDaysItCanMean() {
        assertThat(new PartialDate("2024-02").latest()).contains(java.time.LocalDate.of(2024, 2, 29));
        assertThat(new PartialDate("2024").earliest()).contains(java.time.LocalDate.of(2024, 1, 1));
        assertThat(new PartialDate("2024-13").precision()).isEqualTo(PartialDate.Precision.UNREADABLE);
        assertThat(new PartialDate("2024-13").latest()).isEmpty();
    }
}
