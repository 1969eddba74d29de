package org.checkbench.report;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a rendered report back the way a reader's viewer would. */
final class PdfText {

    private PdfText() {
    }

    /** All text, with runs of white space (line wraps included) folded to one space. */
    static String of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
