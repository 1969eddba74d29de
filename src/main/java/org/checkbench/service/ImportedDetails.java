package org.checkbench.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.checkbench.io.ReadDocument;
import org.checkbench.model.Article;

/** What a web page says about itself (byline, date) filled into an imported article's empty details. */
final class ImportedDetails {

    private ImportedDetails() {
    }

    static Article describe(Article article, ReadDocument document) {
        Article result = article;
        if (result.author() == null && document.byline() != null) {
            String byline = document.byline().strip();
            if (byline.toLowerCase(Locale.ROOT).startsWith("by ")) {
                byline = byline.substring(3).strip();
            }
            if (!byline.isEmpty() && byline.length() <= 200) {
                result = result.withAuthor(byline);
            }
        }
        if (result.publishedDate() == null && document.dateline() != null) {
            LocalDate date = parseDate(document.dateline().strip());
            if (date != null) {
                result = result.withPublishedDate(date);
            }
        }
        return result;
    }

    /** ISO dates and date-times ("2025-03-03", "2025-03-03T10:00:00+02:00"); anything else is left alone. */
    static LocalDate parseDate(String text) {
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
