package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Thursday, February 23, 2006;DATELINE",
        "Updated 6:42 p.m. ET, Sunday;DATELINE",
        "Posted Oct. 12, 2023 at 5:00 AM;DATELINE",
        "2024-11-05 14:03 UTC;DATELINE",
        "SPRINGFIELD, Ill. (AP) —;DATELINE",
        "By Maria Okafor, Health Correspondent;BYLINE",
        "By Priya Raman | Education reporter;BYLINE",
        "By Jonas Lindqvist and Emily Tran;BYLINE",
        "Contact the reporter at news@example.org;BYLINE",
        "Photo: Kwame Boateng for the Tribune;PHOTO_CREDIT",
        "Photo credit: Emily Tran / Staff photographer;PHOTO_CREDIT",
        "Illustration courtesy of NASA/JPL-Caltech;PHOTO_CREDIT",
        "Mikhail Metzel / Getty Images;PHOTO_CREDIT",
        "P. 6(e);FRAGMENT",
        "Staff report;FRAGMENT",
        "DETROIT —;DATELINE",
        "II.;FRAGMENT",
    })
    void newsroomFurnitureIsNotText(String unit, UnitKind expected) {
        assertThat(UnitKind.of(unit)).isEqualTo(expected);
        assertThat(expected.reason()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Iodine deficiency can lead to brain damage.",
        "Mexico never paid.",
        "By 2030, half of all new cars sold in Norway will be electric, the ministry said.",
        "By the end of March, 4,000 workers had lost their jobs.",
        "On Thursday, February 23, 2006, the council voted 7-2 to close the plant.",
        "Photos of the flood were shared 2 million times, the company said.",
        "The traps of the Internet.",
        "North Korean leader Kim Jong Un supervises artillery firing exercises in North Korea",
    })
    void sentencesAndCaptionsAreText(String unit) {
        assertThat(UnitKind.of(unit)).isEqualTo(UnitKind.TEXT);
        assertThat(UnitKind.TEXT.reason()).isNull();
    }
}
