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

    /**
     * Text as a reader's viewer orders it on each line (by position, then Unicode's bidi rules), so
     * right-to-left lines read in logical order; white space folded as in {@link #of}.
     */
    static String inReadingOrder(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("[ \\t]+", " ");
        }
    }

    /** Each page's lines, in reading order; for checks on what ends a page. */
    static java.util.List<java.util.List<String>> linesPerPage(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            java.util.List<java.util.List<String>> pages = new java.util.ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            }
            return pages;
        }
    }

    /** All text, with runs of white space (line wraps included) folded to one space. */
    static String of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
