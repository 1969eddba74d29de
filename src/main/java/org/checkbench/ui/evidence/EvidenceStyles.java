package org.checkbench.ui.evidence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.checkbench.model.PartialDate;
import org.checkbench.model.Stance;
import org.checkbench.service.PartialDates;

/**
 * How stances look. Colour alone would fail colour-blind checkers and grey-scale printouts, so
 * every stance also has its own symbol and word.
 */
final class EvidenceStyles {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private EvidenceStyles() {
    }

    static String symbol(Stance stance) {
        return switch (stance) {
            case SUPPORTS -> "✔";
            case REFUTES -> "✘";
            case CONTEXT -> "◆";
        };
    }

    /** The symbol and word, as badges and menus show them. */
    static String stanceText(Stance stance) {
        return symbol(stance) + " " + stance.label();
    }

    static String styleClass(Stance stance) {
        return "stance-" + stance.name().toLowerCase(Locale.ROOT);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A day, a month or a year in the user's locale; a date that cannot be read, as written. */
    static String date(PartialDate date) {
        return PartialDates.forDefaultLocale().format(date);
    }
}
