package org.checkbench.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.checkbench.io.ReadDocument;
import org.checkbench.io.text.HardWrap;
import org.checkbench.io.text.RepeatedLines;
import org.checkbench.model.text.DecodedText;

/**
 * A file read and understood, not stored yet: its document, its original bytes (kept with the
 * revision), and what the checker may want done to the text first.
 *
 * @param wrap whether the text looks hard-wrapped (e-mail, OCR)
 * @param repeatedLines page headers or footers found on every page, most frequent first
 * @param decoding how a text file's bytes were decoded (a guess, replaced bytes); null for the
 *     document formats, whose readers know their encoding
 */
public record ImportedFile(Path file, byte[] bytes, ReadDocument document, HardWrap.Analysis wrap,
                           List<RepeatedLines.Repeated> repeatedLines, DecodedText decoding) {

    public ImportedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(document, "document");
        repeatedLines = List.copyOf(repeatedLines);
    }

    public String fileName() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** A line found on every page (an OCR header or footer): one of its forms and how often it came. */
    public record RepeatedLine(String example, int count) {
    }

    /** True when most lines end mid-sentence at similar widths (e-mail, OCR). */
    public boolean hardWrapped() {
        return wrap.hardWrapped();
    }

    /** The width the lines are wrapped at, in characters, for the offer's wording. */
    public int typicalLineWidth() {
        return wrap.typicalWidth();
    }

    /** What the reader noticed (tracked changes accepted, comments left out, ...), for the checker. */
    public List<String> notices() {
        return document.notices();
    }

    /** The repeated page headers and footers, most frequent first. */
    public List<RepeatedLine> repeatedHeaders() {
        return repeatedLines.stream().map(r -> new RepeatedLine(r.example(), r.count())).toList();
    }

    /** True when there is something to ask the checker before storing the text. */
    public boolean hasCleanupOffer() {
        return wrap.hardWrapped() || !repeatedLines.isEmpty();
    }
}
