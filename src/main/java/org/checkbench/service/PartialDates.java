package org.checkbench.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.checkbench.model.PartialDate;

/**
 * Evidence dates as people type and read them: in their locale's format ("17/05/2024" in the UK,
 * "5/17/24" in the US, "17.05.2024" in Germany), or only a month ("May 2024", "05/2024") or a year
 * ("2024"). ISO text ("2024-05-17", "2024-05") is always understood too. Stored dates are ISO; one
 * that cannot be read is shown exactly as written.
 */
public final class PartialDates {

    private final Locale locale;
    private final List<DateTimeFormatter> dayFormats = new ArrayList<>();
    private final List<DateTimeFormatter> monthFormats = new ArrayList<>();
    private final DateTimeFormatter dayDisplay;
    private final DateTimeFormatter monthDisplay;

    public PartialDates(Locale locale) {
        this.locale = locale;
        for (FormatStyle style : new FormatStyle[] {FormatStyle.SHORT, FormatStyle.MEDIUM, FormatStyle.LONG}) {
            String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE,
                    locale);
            dayFormats.add(lenientYear(pattern));
        }
        dayFormats.add(DateTimeFormatter.ISO_LOCAL_DATE);
        String shortDay = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        monthFormats.add(lenientYear(monthPatternOf(shortDay)));
        monthFormats.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM uuuu")
                .toFormatter(locale));
        monthFormats.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM uuuu")
                .toFormatter(locale));
        monthFormats.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("LLLL uuuu")
                .toFormatter(locale));
        monthFormats.add(DateTimeFormatter.ofPattern("uuuu-MM", locale));
        dayDisplay = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        monthDisplay = new DateTimeFormatterBuilder().appendText(java.time.temporal.ChronoField.MONTH_OF_YEAR,
                TextStyle.FULL_STANDALONE).appendLiteral(' ').appendPattern("uuuu").toFormatter(locale);
    }

    public static PartialDates forDefaultLocale() {
        return new PartialDates(Locale.getDefault(Locale.Category.FORMAT));
    }

    public Locale locale() {
        return locale;
    }

    /** How a date is shown: "17 May 2024", "May 2024", "2024", or the stored text when unreadable. */
    public String format(PartialDate date) {
        if (date == null) {
            return "";
        }
        return switch (date.precision()) {
            case DAY -> dayDisplay.format(date.day().orElseThrow());
            case MONTH -> monthDisplay.format(date.yearMonth().orElseThrow());
            case YEAR, UNREADABLE -> date.text();
        };
    }

    /** What to put in an entry field: the short form people type back ("17/05/2024", "05/2024"). */
    public String formatForEntry(PartialDate date) {
        if (date == null) {
            return "";
        }
        return switch (date.precision()) {
            case DAY -> dayFormats.get(0).format(date.day().orElseThrow());
            case MONTH -> monthFormats.get(0).format(date.yearMonth().orElseThrow());
            case YEAR, UNREADABLE -> date.text();
        };
    }

    /**
     * Reads what the user typed. Empty for blank text.
     *
     * @throws IllegalArgumentException with a message for the user when the text is no date
     */
    public Optional<PartialDate> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (text.matches("\\d{4}")) {
            return Optional.of(PartialDate.ofYear(Integer.parseInt(text)));
        }
        for (DateTimeFormatter format : dayFormats) {
            try {
                return Optional.of(PartialDate.of(LocalDate.parse(text, format)));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        for (DateTimeFormatter format : monthFormats) {
            try {
                return Optional.of(PartialDate.of(YearMonth.parse(text, format)));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new IllegalArgumentException("\u201C" + text + "\u201D is not a date. Write a day ("
                + formatForEntry(PartialDate.of(EXAMPLE)) + "), a month (" + formatForEntry(PartialDate.of(
                        YearMonth.from(EXAMPLE))) + ") or a year (" + EXAMPLE.getYear() + ").");
    }

    private static final LocalDate EXAMPLE = LocalDate.of(2024, 5, 17);

    /** Accepts two-digit and four-digit years wherever the locale's pattern has a year. */
    private DateTimeFormatter lenientYear(String pattern) {
        String fourDigits = pattern.replaceAll("y+", "uuuu");
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(fourDigits).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);
    }

    /** "dd/MM/y" becomes "MM/y": the day and the separator next to it are dropped. */
    private static String monthPatternOf(String dayPattern) {
        String withoutDay = dayPattern.replaceAll("d+[^\\w']*", "");
        withoutDay = withoutDay.replaceAll("[^\\w']*d+", "");
        return withoutDay.strip();
    }
}
