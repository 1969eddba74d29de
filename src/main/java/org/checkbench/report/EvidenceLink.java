package org.checkbench.report;

import java.util.List;
import java.util.Objects;

/**
 * One piece of evidence linked to one claim. The same source linked to several claims appears as
 * several links with the same {@code sourceId}; the Sources section lists it once.
 *
 * @param sourceId    stable id of the source (e.g. the evidence row id); blank means "derive one
 *                    from the URL or the title"
 * @param stance      how the evidence bears on the claim
 * @param published   free text date of the source
 * @param url         live URL; only http(s) and mailto become clickable links
 * @param archivedUrl archived copy (Wayback Machine, archive.today, ...)
 * @param accessed    when the checker looked at it, free text
 * @param locator     where in the source: page, timestamp, paragraph
 * @param excerpt     the quoted passage
 * @param linkNote    the checker's note on this link
 * @param kind        what sort of source ("Web page", "Interview"), may be blank
 * @param reliability the checker's note on how far the source can be trusted, may be blank
 * @param attachments files kept with the source
 */
public record EvidenceLink(
        String sourceId,
        Stance stance,
        String title,
        String outlet,
        String author,
        String published,
        String url,
        String archivedUrl,
        String accessed,
        String locator,
        String excerpt,
        String linkNote,
        String kind,
        String reliability,
        List<Attachment> attachments) {

    /** A link without kind, reliability note or attachments (the renderer's tests and benchmarks). */
    public EvidenceLink(String sourceId, Stance stance, String title, String outlet, String author, String published,
            String url, String archivedUrl, String accessed, String locator, String excerpt, String linkNote) {
        this(sourceId, stance, title, outlet, author, published, url, archivedUrl, accessed, locator, excerpt,
                linkNote, "", "", List.of());
    }

    /**
     * A file kept with a source.
     *
     * @param content the bytes when the report embeds the file, else null
     */
    public record Attachment(String fileName, String mediaType, long size, String sha256, byte[] content) {
        public Attachment {
            fileName = Text.orEmpty(fileName);
            mediaType = Text.orEmpty(mediaType);
            sha256 = Text.orEmpty(sha256);
        }
    }

    public enum Stance {
        SUPPORTS("Supports"), REFUTES("Refutes"), CONTEXT("Context");

        private final String label;

        Stance(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public EvidenceLink {
        Objects.requireNonNull(stance, "stance");
        sourceId = Text.orEmpty(sourceId);
        title = Text.orEmpty(title);
        outlet = Text.orEmpty(outlet);
        author = Text.orEmpty(author);
        published = Text.orEmpty(published);
        url = Text.orEmpty(url);
        archivedUrl = Text.orEmpty(archivedUrl);
        accessed = Text.orEmpty(accessed);
        locator = Text.orEmpty(locator);
        excerpt = Text.orEmpty(excerpt);
        linkNote = Text.orEmpty(linkNote);
        kind = Text.orEmpty(kind);
        reliability = Text.orEmpty(reliability);
        attachments = List.copyOf(attachments);
    }

    /** The key the Sources section groups links by. */
    public String sourceKey() {
        if (!sourceId.isBlank()) {
            return "id:" + sourceId;
        }
        if (!url.isBlank()) {
            return "url:" + url.strip();
        }
        return "title:" + title.strip() + "|" + outlet.strip() + "|" + author.strip() + "|" + published.strip();
    }
}
