package org.checkbench.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.checkbench.io.ReadDocument;
import org.checkbench.io.text.HardWrap;
import org.checkbench.io.text.RepeatedLines;

/**
 * A file read and understood, not stored yet: its document, its original bytes (kept with the
 * revision), and what the checker may want done to the text first.
 *
 * @param wrap whether the text looks hard-wrapped (e-mail, OCR)
 * @param repeatedLines page headers or footers found on every page, most frequent first
 */
public record ImportedFile(Path file, byte[] bytes, ReadDocument document, HardWrap.Analysis wrap,
                           List<RepeatedLines.Repeated> repeatedLines) {

    public ImportedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(document, "document");
        repeatedLines = List.copyOf(repeatedLines);
    }

    public String fileName() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** True when there is something to ask the checker before storing the text. */
    public boolean hasCleanupOffer() {
        return wrap.hardWrapped() || !repeatedLines.isEmpty();
    }
}
