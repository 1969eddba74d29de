package org.checkbench.model;

import java.util.List;
import java.util.Objects;

/**
 * The file a revision was imported from, kept with it for the record and for writing the draft
 * back in its own format: name, format, size, checksum and what the import noticed (tracked
 * changes accepted, comments left out). The bytes are loaded apart.
 *
 * @param format a {@code DocumentFormat} name ("DOCX", "HTML", ...)
 */
public record RevisionSource(long revisionId, String fileName, String format, String mediaType, long size,
                             String sha256, List<String> notices) {

    public RevisionSource {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        notices = List.copyOf(notices);
    }
}
