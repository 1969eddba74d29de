package org.checkbench.io.bundle;

import java.util.List;

import org.checkbench.model.Attachment;
import org.checkbench.model.Evidence;

/** An evidence entry in a bundle with its attached files' descriptions (bytes under files/SHA-256). */
public record BundledEvidence(Evidence evidence, List<Attachment> attachments) {

    public BundledEvidence {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
