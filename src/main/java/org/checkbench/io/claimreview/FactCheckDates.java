package org.checkbench.io.claimreview;

import java.util.regex.Pattern;

/** Dates of fact-checks: ISO dates, or date-times of which the date is kept. */
final class FactCheckDates {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");

    private FactCheckDates() {
    }

    static boolean isIsoDate(String value) {
        return ISO.matcher(value.strip()).matches() && validDay(value.strip().substring(0, 10));
    }

    /** "2020-10-12T09:00:00Z" becomes "2020-10-12"; null stays null. */
    static String datePart(String value) {
        return value == null ? null : value.strip().substring(0, Math.min(10, value.strip().length()));
    }

    private static boolean validDay(String day) {
        try {
            java.time.LocalDate.parse(day);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
