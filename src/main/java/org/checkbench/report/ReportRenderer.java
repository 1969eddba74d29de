package org.checkbench.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.checkbench.io.IoErrors;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.extend.NamespaceHandler;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

/**
 * Renders a {@link CheckReport} to a PDF file. Safe to call from any background thread (each call
 * builds its own document and renderer; the bundled fonts are shared read-only). Interrupting the
 * thread cancels the render between stages with a {@link CancellationException}.
 *
 * <p>The PDF is written to a hidden temporary file in the destination folder and moved into place
 * only when complete, so a failure never leaves half a report and never damages an existing file.
 */
public final class ReportRenderer {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Lists the characters of the printed text that no bundled font can draw, without rendering;
     * for a dialog that wants to warn before the user commits to the export.
     */
    public List<MissingGlyph> checkGlyphs(CheckReport report, ReportOptions options) {
        ReportDocument document = new ReportDocument(report, options, ReportFonts.get());
        document.build();
        return document.missingGlyphs();
    }

    /**
     * Renders the report and writes it to {@code destination}, replacing a file already there.
     * Rendering goes on when some characters cannot be drawn: they are shown as U+FFFD, listed on
     * the cover, and returned in {@link RenderedReport#missingGlyphs()} for the caller to show.
     *
     * @throws ReportWriteException when the destination cannot be written; the message is for the user
     */
    public RenderedReport render(CheckReport report, ReportOptions options, Path destination,
            ReportProgressListener listener) throws ReportWriteException {
        Path target = destination.toAbsolutePath().normalize();
        Path folder = checkDestination(target);

        listener.progress(0.0, "Loading fonts");
        LibraryLogging.quietenOnce();
        ReportFonts fonts = ReportFonts.get();
        stopIfCancelled();

        listener.progress(0.1, "Preparing the report");
        ReportDocument document = new ReportDocument(report, options, fonts);

        // Drawn in memory first (a 400-page report is a few MB): the hidden file beside the
        // destination then exists only for the milliseconds of writing it, so a killed export
        // leaves nothing behind; one left by an older crash is removed below.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        int pages;
        try {
            pages = writePdf(document, folder, fonts, pdf, options.embedAttachments()
                    ? PdfFinishing.attachmentsOf(document.shownClaims()) : List.of(), new ReportNamespaceHandler(),
                    listener);
        } catch (IOException e) {
            throw new ReportWriteException("Could not draw the report: " + describe(e) + ".", e);
        }
        // A cancel that arrived while drawing: the older report, if any, stays as it was.
        stopIfCancelled();
        removeStaleTemporaryFiles(folder, target);
        Path temporary = createTemporaryFile(folder, target);
        try {
            listener.progress(0.95, "Saving");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                pdf.writeTo(out);
            } catch (IOException e) {
                throw new ReportWriteException("Could not write the report to " + folder + ": " + describe(e)
                        + ". " + (IoErrors.isDiskFull(e) ? IoErrors.DISK_FULL_ADVICE
                                : "Check that you may write there, or choose another folder.")
                        + (Files.exists(target) ? " The report already there was not changed." : ""), e);
            }
            moveIntoPlace(temporary, target);
            listener.progress(1.0, "Done");
            return new RenderedReport(target, pages, document.missingGlyphs());
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Renders into {@code out} with no file and no progress (the warm-up, {@link ReportWarmUp}).
     *
     * @return the number of pages
     */
    static int renderInMemory(CheckReport report, ReportOptions options, OutputStream out) throws IOException {
        LibraryLogging.quietenOnce();
        return renderInMemory(report, options, out, ReportFonts.get());
    }

    /** {@link #renderInMemory(CheckReport, ReportOptions, OutputStream)} with the given fonts (tests). */
    static int renderInMemory(CheckReport report, ReportOptions options, OutputStream out, ReportFonts fonts)
            throws IOException {
        return renderInMemory(report, options, out, fonts, new ReportNamespaceHandler());
    }

    /** With another namespace handler: the tests compare the report's user-agent sheet with the library's. */
    static int renderInMemory(CheckReport report, ReportOptions options, OutputStream out, ReportFonts fonts,
            NamespaceHandler namespaceHandler) throws IOException {
        ReportDocument document = new ReportDocument(report, options, fonts);
        return writePdf(document, Path.of(System.getProperty("java.io.tmpdir")), fonts, out, List.of(),
                namespaceHandler, ReportProgressListener.NONE);
    }

    private static int writePdf(ReportDocument report, Path folder, ReportFonts fonts, OutputStream out,
            List<EvidenceLink.Attachment> embedded, NamespaceHandler namespaceHandler, ReportProgressListener listener)
            throws IOException {
        PdfFinishing.TrimmingPages trimming = new PdfFinishing.TrimmingPages();
        try (PDDocument document = new PDDocument()) {
            int pages = drawPages(report, folder, fonts, document, trimming, embedded.isEmpty(), out, namespaceHandler,
                    listener);
            // The HTML, the renderer and its layout boxes are garbage from here on (closing the
            // renderer leaves the document open): the save needs the heap for the PDF's own objects
            // (ADR 0088), and they are made in a method of their own so that no local of this frame
            // keeps them (ADR 0162).
            trimming.finish();
            PdfFinishing.describeLinks(document);
            PdfFinishing.inlineSmallDictionaries(document);
            PdfFinishing.embed(document, embedded);
            stopIfCancelled();
            listener.progress(0.85, "Writing the file");
            document.save(out);
            return pages;
        }
    }

    /**
     * Builds the HTML, lays it out and draws it into {@code document}; returns the number of pages.
     * Returning drops the W3C tree, the builder and the renderer with its layout boxes and tagging
     * tree (about 100 MB on the 500-claim report): a method that runs once per report is
     * interpreted, and an interpreted frame keeps every object a local ever held until it returns,
     * so the save would otherwise run with all of it still in the heap.
     */
    private static int drawPages(ReportDocument report, Path folder, ReportFonts fonts, PDDocument document,
            PdfFinishing.TrimmingPages trimming, boolean nothingEmbedded, OutputStream out,
            NamespaceHandler namespaceHandler, ReportProgressListener listener) throws IOException {
        org.w3c.dom.Document dom = RendererTree.of(report.build());
        stopIfCancelled();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useNamespaceHandler(namespaceHandler);
        builder.useUnicodeLineBreaker(new WordKeepingLineBreaker());
        // Arabic and Hebrew: ICU splits the text into directional runs, reorders and shapes them.
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
        // Tagged (PDF/UA) and archival (PDF/A-2a; 3a when files are embedded, ADR 0081).
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(nothingEmbedded ? PdfAConformance.PDFA_2_A : PdfAConformance.PDFA_3_A);
        builder.useColorProfile(PdfFinishing.srgbProfile());
        builder.withW3cDocument(dom, folder.toUri().toString());
        builder.withProducer("Checkbench");
        builder.toStream(out);
        builder.usePageSupplier(trimming);
        // In openhtmltopdf 1.1.31 "test mode" does one thing: page content streams are written
        // uncompressed. The trimming above rewrites every page's content anyway and compresses it
        // then, so each page is deflated once instead of deflated, inflated and deflated (ADR 0163).
        builder.testMode(true);
        builder.usePDDocument(document);
        Map<PDFont, GlyphWidths> loadedFonts = fonts.registerWith(builder, document);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            // Line breaking measures text from a width table instead of through PDFBox (ADR 0160).
            renderer.getSharedContext().setTextRenderer(new MeasuringTextRenderer(loadedFonts));
            listener.progress(0.2, "Laying out pages");
            renderer.layout();
            int pages = renderer.getRootBox().getLayer().getPages().size();
            stopIfCancelled();
            listener.progress(0.6, "Drawing pages");
            renderer.createPDFWithoutClosing();
            return pages;
        }
    }

    /** Fails early, before any work, with a message that says what to do. */
    private static Path checkDestination(Path target) throws ReportWriteException {
        Path folder = target.getParent();
        if (folder == null) {
            throw new ReportWriteException("\"" + target + "\" is not a file name. Choose a file name such as report.pdf.");
        }
        if (Files.isDirectory(target)) {
            throw new ReportWriteException(target + " is a folder. Choose a file name inside it, such as "
                    + target.resolve("report.pdf") + ".");
        }
        if (!Files.exists(folder)) {
            Path existing = folder.getParent();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null && !Files.isDirectory(existing)) {
                throw new ReportWriteException("Cannot save the report in " + folder + ": " + existing
                        + " is a file, not a folder. Choose another folder.");
            }
            throw new ReportWriteException("Cannot save the report: the folder " + folder
                    + " does not exist. Create it first or choose another folder.");
        }
        if (!Files.isDirectory(folder)) {
            throw new ReportWriteException("Cannot save the report in " + folder
                    + ": it is a file, not a folder. Choose another folder.");
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            throw new ReportWriteException("Cannot replace " + target
                    + ": the file is read-only. Choose another file name or make the file writable.");
        }
        return folder;
    }

    /**
     * Hidden {@code .NAME-*.part} files of this destination older than a minute: no export writes
     * one for that long (see {@link #render}), so they were left by a crash or a kill.
     */
    static void removeStaleTemporaryFiles(Path folder, Path target) {
        String prefix = "." + target.getFileName() + "-";
        long cutoff = System.currentTimeMillis() - STALE_AFTER_MS;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".part")
                    && name.substring(prefix.length(), name.length() - 5).matches("[0-9a-z]+");
        })) {
            for (Path part : parts) {
                if (Files.isRegularFile(part) && Files.getLastModifiedTime(part).toMillis() < cutoff) {
                    deleteQuietly(part);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Tidying up only; the export itself goes on.
        }
    }

    static final long STALE_AFTER_MS = 60_000;

    static String temporaryName(Path target) {
        return "." + target.getFileName() + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part";
    }

    private static Path createTemporaryFile(Path folder, Path target) throws ReportWriteException {
        try {
            // Not Files.createTempFile: its owner-only permissions would stick to the finished report.
            String name = temporaryName(target);
            return Files.createFile(folder.resolve(name));
        } catch (AccessDeniedException e) {
            throw new ReportWriteException("Cannot save the report in " + folder
                    + ": you do not have permission to write there. Choose a folder you can write to,"
                    + " such as your Documents folder.", e);
        } catch (IOException e) {
            throw new ReportWriteException("Cannot save the report in " + folder + ": " + describe(e)
                    + ". Choose another folder.", e);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws ReportWriteException {
        try {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ReportWriteException("The report was rendered but could not be saved as " + target + ": "
                    + describe(e) + ". Close the file if another program has it open, or choose another name.", e);
        }
    }

    private static void stopIfCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("The report export was cancelled.");
        }
    }

    private static String describe(IOException e) {
        return IoErrors.describe(e);
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Best effort: a leftover hidden .part file is harmless, a masked exception is not.
        }
    }
}
