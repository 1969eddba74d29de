package org.checkbench.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as citations give it: a whole day, a month of a year, or only a year. Stored as its ISO
 * text ("2024-05-17", "2024-05", "2024"). Text that is none of these (written by hand into the
 * database, or by a newer version) is kept exactly as it was and shown as written: reading it never
 * fails.
 *
 * @param text the stored text, stripped; never blank
 */
public record PartialDate(String text) {

    /** How much of the date is known. */
    public enum Precision { DAY, MONTH, YEAR, UNREADABLE }

    public PartialDate {
        Objects.requireNonNull(text, "text");
        text = text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a date needs some text; use null for no date");
        }
    }

    public static PartialDate of(LocalDate day) {
        return new PartialDate(day.toString());
    }

    public static PartialDate of(YearMonth month) {
        return new PartialDate(month.toString());
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(Year.of(year).toString());
    }

    /** Null for null or blank text, otherwise the date (possibly unreadable, never an exception). */
    public static PartialDate fromStored(String text) {
        return text == null || text.isBlank() ? null : new PartialDate(text);
    }

    /** Null when there is no date; for records that still hold a {@link LocalDate}. */
    public static PartialDate ofNullable(LocalDate day) {
        return day == null ? null : of(day);
    }

    public Precision precision() {
        if (text.matches("\\d{4}")) {
            return Precision.YEAR;
        }
        if (text.matches("\\d{4}-\\d{2}") && yearMonth().isPresent()) {
            return Precision.MONTH;
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}") && day().isPresent()) {
            return Precision.DAY;
        }
        return Precision.UNREADABLE;
    }

    public boolean isReadable() {
        return precision() != Precision.UNREADABLE;
    }

    /** The day, when a whole day is known. */
    public Optional<LocalDate> day() {
        try {
            return text.length() == 10 ? Optional.of(LocalDate.parse(text)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The month, when at least a month is known (also for a whole day). */
    public Optional<YearMonth> yearMonth() {
        try {
            if (text.length() == 7) {
                return Optional.of(YearMonth.parse(text));
            }
            return day().map(YearMonth::from);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The first day the date can mean ("2024-05" from 1 May 2024); empty when unreadable. */
    public Optional<LocalDate> earliest() {
        return switch (precision()) {
            case DAY -> day();
            case MONTH -> yearMonth().map(m -> m.atDay(1));
            case YEAR -> Optional.of(LocalDate.of(Integer.parseInt(text), 1, 1));
            case UNREADABLE -> Optional.empty();
        };
    }

    /** The last day the date can mean ("2024-05" until 31 May 2024); empty when unreadable. */
    public Optional<LocalDate> latest() {
        return switch (precision()) {
            case DAY -> day();
            case MONTH -> yearMonth().map(YearMonth::atEndOfMonth);
            case YEAR -> Optional.of(LocalDate.of(Integer.parseInt(text), 12, 31));
            case UNREADABLE -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
