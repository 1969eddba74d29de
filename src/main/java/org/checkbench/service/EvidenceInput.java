package org.checkbench.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;

/**
 * The evidence form's fields as typed, checked before anything is stored. Kept apart from the
 * dialog so the rules (title or address required, http/https only, ISO dates) are tested without
 * a screen and are the same wherever entries are made.
 */
public record EvidenceInput(String title, String url, String archivedUrl, String outlet, String author,
        String publishedDate, String accessedDate, EvidenceKind kind, String excerpt, String locator,
        String reliabilityNote) {

    public static final String TITLE = "title";
    public static final String URL = "url";
    public static final String ARCHIVED_URL = "archivedUrl";
    public static final String PUBLISHED_DATE = "publishedDate";
    public static final String ACCESSED_DATE = "accessedDate";

    /** The form's starting values for an existing entry (or a draft). */
    public static EvidenceInput of(Evidence evidence) {
        return new EvidenceInput(evidence.title(), evidence.url(), evidence.archivedUrl(), evidence.outlet(),
                evidence.author(), text(evidence.publishedDate()), text(evidence.accessedDate()), evidence.kind(),
                evidence.excerpt(), evidence.locator(), evidence.reliabilityNote());
    }

    /** Field name to message, in form order; empty when the input can be saved. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(title) && blank(url)) {
            problems.put(TITLE, "Give a title or a web address (or both).");
        }
        if (!blank(url)) {
            WebAddress.problemWith(url).ifPresent(p -> problems.put(URL, p));
        }
        if (!blank(archivedUrl)) {
            WebAddress.problemWith(archivedUrl).ifPresent(p -> problems.put(ARCHIVED_URL, p));
        }
        dateProblem(publishedDate).ifPresent(p -> problems.put(PUBLISHED_DATE, p));
        dateProblem(accessedDate).ifPresent(p -> problems.put(ACCESSED_DATE, p));
        return problems;
    }

    /**
     * The entry to store: {@code base}'s id and times with these fields. A missing title becomes the
     * address, so every entry has something to show in lists.
     *
     * @throws IllegalArgumentException when {@link #problems()} is not empty
     */
    public Evidence applyTo(Evidence base) {
        Map<String, String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems.values()));
        }
        String storedTitle = blank(title) ? url.strip() : title.strip();
        return base.withTitle(storedTitle).withUrl(orNull(url)).withArchivedUrl(orNull(archivedUrl))
                .withOutlet(orNull(outlet)).withAuthor(orNull(author)).withPublishedDate(date(publishedDate))
                .withAccessedDate(date(accessedDate)).withKind(kind == null ? EvidenceKind.OTHER : kind)
                .withExcerpt(orNull(excerpt)).withLocator(orNull(locator)).withReliabilityNote(orNull(reliabilityNote));
    }

    /** A new entry from the form. */
    public Evidence toDraft(Instant now) {
        return applyTo(Evidence.draft("", kind == null ? EvidenceKind.OTHER : kind, now));
    }

    private static java.util.Optional<String> dateProblem(String text) {
        if (blank(text)) {
            return java.util.Optional.empty();
        }
        try {
            LocalDate.parse(text.strip());
            return java.util.Optional.empty();
        } catch (DateTimeParseException e) {
            return java.util.Optional.of("“" + text.strip() + "” is not a date: write it as year-month-day, e.g. 2026-03-14.");
        }
    }

    private static LocalDate date(String text) {
        return blank(text) ? null : LocalDate.parse(text.strip());
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String orNull(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
