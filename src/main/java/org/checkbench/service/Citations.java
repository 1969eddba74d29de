package org.checkbench.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.checkbench.model.Evidence;
import org.checkbench.model.PartialDate;

/**
 * A citation a checker pastes into a report or an email: outlet, title, date, address and when it
 * was looked at. Missing parts are left out rather than shown empty.
 */
public final class Citations {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Citations() {
    }

    /** e.g. {@code Reuters. “Grain exports fell.” Anna Li, 3 March 2026. https://… (archived: https://…). Accessed 4 March 2026.} */
    public static String format(Evidence evidence) {
        List<String> parts = new ArrayList<>();
        if (present(evidence.outlet())) {
            parts.add(sentence(evidence.outlet().strip()));
        }
        String title = evidence.title().strip();
        if (!title.isEmpty() && !title.equals(strip(evidence.url()))) {
            parts.add("“" + sentence(title) + "”");
        }
        List<String> byline = new ArrayList<>();
        if (present(evidence.author())) {
            byline.add(evidence.author().strip());
        }
        if (evidence.published() != null) {
            byline.add(date(evidence.published()));
        }
        if (!byline.isEmpty()) {
            parts.add(sentence(String.join(", ", byline)));
        }
        if (present(evidence.url())) {
            String where = evidence.url().strip();
            if (present(evidence.archivedUrl())) {
                where += " (archived: " + evidence.archivedUrl().strip() + ")";
            }
            parts.add(where + ".");
        } else if (present(evidence.archivedUrl())) {
            parts.add("Archived: " + evidence.archivedUrl().strip() + ".");
        }
        if (present(evidence.locator())) {
            parts.add(sentence(evidence.locator().strip()));
        }
        if (evidence.accessed() != null) {
            parts.add("Accessed " + date(evidence.accessed()) + ".");
        }
        return String.join(" ", parts);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "4 November 2024", "November 2024", "2024", or an unreadable date as written. */
    static String date(PartialDate date) {
        return switch (date.precision()) {
            case DAY -> date(date.day().orElseThrow());
            case MONTH -> MONTH.format(date.yearMonth().orElseThrow());
            case YEAR, UNREADABLE -> date.text();
        };
    }

    // A part that already ends in a full stop, question or exclamation mark gets no second one.
    private static String sentence(String text) {
        return text.matches(".*[.!?]$") ? text : text + ".";
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
