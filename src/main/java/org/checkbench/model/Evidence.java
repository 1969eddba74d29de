package org.checkbench.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A source in the workspace's library. One entry can back many claims in many articles.
 *
 * @param archivedUrl an archived copy (Wayback Machine, archive.today) next to the live URL
 * @param outlet outlet or publisher
 * @param published when the source was published: a day, a month or only a year (citations often
 *        give no more), may be null
 * @param accessed when the checker looked at it (for web pages), may be null
 * @param locator where in the source: page, timestamp, paragraph
 * @param reliabilityNote why the source can (or cannot quite) be trusted
 */
public record Evidence(
        long id,
        String title,
        String url,
        String archivedUrl,
        String outlet,
        String author,
        PartialDate published,
        PartialDate accessed,
        EvidenceKind kind,
        String excerpt,
        String locator,
        String reliabilityNote,
        Instant created,
        Instant updated) {

    public Evidence {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    /** The constructor before dates could be partial; kept so older callers compile. */
    public Evidence(long id, String title, String url, String archivedUrl, String outlet, String author,
            LocalDate publishedDate, LocalDate accessedDate, EvidenceKind kind, String excerpt, String locator,
            String reliabilityNote, Instant created, Instant updated) {
        this(id, title, url, archivedUrl, outlet, author, PartialDate.ofNullable(publishedDate),
                PartialDate.ofNullable(accessedDate), kind, excerpt, locator, reliabilityNote, created, updated);
    }

    /** The publication day when a whole day is known; null for none, a month or a year only. */
    public LocalDate publishedDate() {
        return published == null ? null : published.day().orElse(null);
    }

    /** The access day when a whole day is known, else null. */
    public LocalDate accessedDate() {
        return accessed == null ? null : accessed.day().orElse(null);
    }

    /** A new, unsaved entry with only a title and kind; fill the rest with the {@code with} methods. */
    public static Evidence draft(String title, EvidenceKind kind, Instant now) {
        return new Evidence(0, title, null, null, null, null, (PartialDate) null, null, kind, null, null, null, now, now);
    }

    public Evidence withId(long v) {
        return new Evidence(v, title, url, archivedUrl, outlet, author, published, accessed, kind, excerpt, locator, reliabilityNote, created, updated);
    }

    public Evidence withTitle(String v) {
        return new Evidence(id, v, url, archivedUrl, outlet, author, published, accessed, kind, excerpt, locator, reliabilityNote, created, updated);
    }

    public Evidence withUrl(String v) {
        return new Evidence(id, title, v, archivedUrl, outlet, author, published, accessed, kind, excerpt, locator, reliabilityNote, created, updated);
    }

    public Evidence withArchivedUrl(String v) {
        return new Evidence(id, title, url, v, outlet, author, published, accessed, kind, excerpt, locator, reliabilityNote, created, updated);
    }

    public Evidence withOutlet(String v) {
        return new Evidence(id, title, url, archivedUrl, v, author, published, accessed, kind, excerpt, locator, reliabilityNote, created, updated);
    }

    public Evidence withAuthor(String v) {
        return new Evidence(id, title, url, archivedUrl, outlet, v, published, accessed, kind, excerpt, locator, reliabilityNote, created, updated);
    }

    public Evidence withPublishedDate(LocalDate v) {
        return withPublished(PartialDate.ofNullable(v));
    }

    public Evidence withPublished(PartialDate v) {
        return new Evidence(id, title, url, archivedUrl, outlet, author, v, accessed, kind, excerpt, locator, reliabilityNote, created, updated);
    }

    public Evidence withAccessedDate(LocalDate v) {
        return withAccessed(PartialDate.ofNullable(v));
    }

    public Evidence withAccessed(PartialDate v) {
        return new Evidence(id, title, url, archivedUrl, outlet, author, published, v, kind, excerpt, locator, reliabilityNote, created, updated);
    }

    public Evidence withKind(EvidenceKind v) {
        return new Evidence(id, title, url, archivedUrl, outlet, author, published, accessed, v, excerpt, locator, reliabilityNote, created, updated);
    }

    public Evidence withExcerpt(String v) {
        return new Evidence(id, title, url, archivedUrl, outlet, author, published, accessed, kind, v, locator, reliabilityNote, created, updated);
    }

    public Evidence withLocator(String v) {
        return new Evidence(id, title, url, archivedUrl, outlet, author, published, accessed, kind, excerpt, v, reliabilityNote, created, updated);
    }

    public Evidence withReliabilityNote(String v) {
        return new Evidence(id, title, url, archivedUrl, outlet, author, published, accessed, kind, excerpt, locator, v, created, updated);
    }

    public Evidence withUpdated(Instant v) {
        return new Evidence(id, title, url, archivedUrl, outlet, author, published, accessed, kind, excerpt, locator, reliabilityNote, created, v);
    }
}
