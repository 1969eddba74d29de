package org.checkbench.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A piece of writing under check: a newsroom draft or a published article or speech.
 *
 * @param id database id, 0 before the article is stored
 * @param title shown in lists and reports
 * @param outlet publication or programme, may be null
 * @param author may be null
 * @param url where the published version lives, may be null
 * @param publishedDate may be null (drafts are not published yet)
 * @param language BCP 47 tag such as "en" or "uk", may be null when unknown
 * @param scaleId id of the {@link VerdictScale} its claims are rated on
 * @param currentText the text as the checker sees it now; claim anchors are offsets into it
 * @param created when the article entered the workspace
 * @param updated last change to any of these fields
 */
public record Article(
        long id,
        String title,
        String outlet,
        String author,
        String url,
        LocalDate publishedDate,
        String language,
        String scaleId,
        String currentText,
        Instant created,
        Instant updated) {

    public Article {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scaleId, "scaleId");
        Objects.requireNonNull(currentText, "currentText");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    public Article withId(long newId) {
        return new Article(newId, title, outlet, author, url, publishedDate, language, scaleId, currentText, created, updated);
    }

    public Article withTitle(String newTitle) {
        return new Article(id, newTitle, outlet, author, url, publishedDate, language, scaleId, currentText, created, updated);
    }

    public Article withOutlet(String newOutlet) {
        return new Article(id, title, newOutlet, author, url, publishedDate, language, scaleId, currentText, created, updated);
    }

    public Article withAuthor(String newAuthor) {
        return new Article(id, title, outlet, newAuthor, url, publishedDate, language, scaleId, currentText, created, updated);
    }

    public Article withUrl(String newUrl) {
        return new Article(id, title, outlet, author, newUrl, publishedDate, language, scaleId, currentText, created, updated);
    }

    public Article withPublishedDate(LocalDate newDate) {
        return new Article(id, title, outlet, author, url, newDate, language, scaleId, currentText, created, updated);
    }

    public Article withLanguage(String newLanguage) {
        return new Article(id, title, outlet, author, url, publishedDate, newLanguage, scaleId, currentText, created, updated);
    }

    public Article withScaleId(String newScaleId) {
        return new Article(id, title, outlet, author, url, publishedDate, language, newScaleId, currentText, created, updated);
    }

    public Article withCurrentText(String newText) {
        return new Article(id, title, outlet, author, url, publishedDate, language, scaleId, newText, created, updated);
    }

    public Article withUpdated(Instant newUpdated) {
        return new Article(id, title, outlet, author, url, publishedDate, language, scaleId, currentText, created, newUpdated);
    }
}
