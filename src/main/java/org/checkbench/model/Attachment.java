package org.checkbench.model;

import java.time.Instant;

/**
 * A file attached to an evidence entry (a PDF, a screenshot). The bytes live in the workspace
 * database (ADR 0012); this record is the description, loaded without them.
 */
public record Attachment(long id, long evidenceId, String fileName, String mediaType, long size, String sha256, Instant added) {
}
