package org.checkbench.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.PartialDate;

/**
 * The evidence form's fields as typed, checked before anything is stored. Kept apart from the
 * dialog so the rules (title or address required, http/https only, dates) are tested without a
 * screen and are the same wherever entries are made. Dates may be a day, a month or a year, typed in
 * the user's locale format or as ISO ({@link PartialDates}).
 */
public record EvidenceInput(String title, String url, String archivedUrl, String outlet, String author,
        String publishedDate, String accessedDate, EvidenceKind kind, String excerpt, String locator,
        String reliabilityNote) {

    public static final String TITLE = "title";
    public static final String URL = "url";
    public static final String ARCHIVED_URL = "archivedUrl";
    public static final String PUBLISHED_DATE = "publishedDate";
    public static final String ACCESSED_DATE = "accessedDate";

    /** The form's starting values for an existing entry (or a draft), dates as ISO text. */
    public static EvidenceInput of(Evidence evidence) {
        return new EvidenceInput(evidence.title(), evidence.url(), evidence.archivedUrl(), evidence.outlet(),
                evidence.author(), text(evidence.published()), text(evidence.accessed()), evidence.kind(),
                evidence.excerpt(), evidence.locator(), evidence.reliabilityNote());
    }

    /** The form's starting values, dates written the way the user types them. */
    public static EvidenceInput of(Evidence evidence, PartialDates dates) {
        return new EvidenceInput(evidence.title(), evidence.url(), evidence.archivedUrl(), evidence.outlet(),
                evidence.author(), dates.formatForEntry(evidence.published()),
                dates.formatForEntry(evidence.accessed()), evidence.kind(), evidence.excerpt(), evidence.locator(),
                evidence.reliabilityNote());
    }

    /** {@link #problems(PartialDates)} in the user's locale. */
    public Map<String, String> problems() {
        return problems(PartialDates.forDefaultLocale());
    }

    /** Field name to message, in form order; empty when the input can be saved. */
    public Map<String, String> problems(PartialDates dates) {
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
        dateProblem(dates, publishedDate).ifPresent(p -> problems.put(PUBLISHED_DATE, p));
        dateProblem(dates, accessedDate).ifPresent(p -> problems.put(ACCESSED_DATE, p));
        return problems;
    }

    /**
     * The entry to store: {@code base}'s id and times with these fields. A missing title becomes the
     * address, so every entry has something to show in lists.
     *
     * @throws IllegalArgumentException when {@link #problems()} is not empty
     */
    public Evidence applyTo(Evidence base) {
        return applyTo(base, PartialDates.forDefaultLocale());
    }

    /** {@link #applyTo(Evidence)} with dates read in the given locale's format. */
    public Evidence applyTo(Evidence base, PartialDates dates) {
        Map<String, String> problems = problems(dates);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems.values()));
        }
        String storedTitle = blank(title) ? url.strip() : title.strip();
        return base.withTitle(storedTitle).withUrl(orNull(url)).withArchivedUrl(orNull(archivedUrl))
                .withOutlet(orNull(outlet)).withAuthor(orNull(author)).withPublished(dates.parse(publishedDate).orElse(null))
                .withAccessed(dates.parse(accessedDate).orElse(null)).withKind(kind == null ? EvidenceKind.OTHER : kind)
                .withExcerpt(orNull(excerpt)).withLocator(orNull(locator)).withReliabilityNote(orNull(reliabilityNote));
    }

    /** A new entry from the form. */
    public Evidence toDraft(Instant now) {
        return applyTo(Evidence.draft("", kind == null ? EvidenceKind.OTHER : kind, now));
    }

    private static java.util.Optional<String> dateProblem(PartialDates dates, String text) {
        try {
            dates.parse(text);
            return java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of(e.getMessage());
        }
    }

    private static String text(PartialDate date) {
        return date == null ? "" : date.text();
    }

    private static String orNull(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
