package org.checkbench.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Trims and deflates the drawn pages' content on a thread of its own while openhtmltopdf draws the
 * next pages (ADR 0166): the render is otherwise one thread, and this was about a tenth of its
 * time (zlib a twelfth). The drawing thread hands over the page's content as bytes and later puts
 * the result into the page's stream and its property lists itself, so only that thread ever
 * touches PDFBox's objects; the other thread only turns bytes into bytes, with PDFBox's own Flate
 * filter at PDFBox's level, so the stream holds exactly what {@code createOutputStream(FlateDecode)}
 * would have written.
 *
 * <p>Pages are put back as soon as their bytes are ready (checked each time a page is handed over),
 * so at most the few pages in flight wait with their content uncompressed. One instance per
 * render; {@link #close} stops its thread, also when the render fails or is cancelled.
 */
final class PageCompression implements AutoCloseable {

    private record Pending(COSStream stream, COSDictionary properties, Future<Trimmed> trimmed) {
    }

    /** A page's content without its empty artifacts, deflated, and the names of their property lists. */
    private record Trimmed(byte[] deflated, List<String> removed) {
    }

    private final Filter flate;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        Thread compressing = new Thread(work, "report-page-deflate");
        compressing.setDaemon(true);
        return compressing;
    });
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();

    PageCompression() throws IOException {
        flate = FilterFactory.INSTANCE.getFilter(COSName.FLATE_DECODE);
    }

    /**
     * Takes the empty artifacts out of {@code content} ({@link PdfFinishing#withoutEmptyArtifacts},
     * when the page has {@code properties}) and deflates it for {@code stream}, on the other
     * thread; call on the drawing thread, which later puts the result back and removes the
     * artifacts' property lists from {@code properties}.
     */
    void trimAndCompress(COSStream stream, byte[] content, COSDictionary properties) throws IOException {
        pending.add(new Pending(stream, properties, thread.submit(() -> {
            List<String> removed = new ArrayList<>();
            byte[] trimmed = properties == null ? content : PdfFinishing.withoutEmptyArtifacts(content, removed);
            return new Trimmed(deflate(trimmed), removed);
        })));
        putBack(false);
    }

    /**
     * Waits for every page handed over and puts its content back; call before saving. A cancel
     * (the drawing thread interrupted) stops here, as between the renderer's stages.
     */
    void finish() throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("The report export was cancelled.");
        }
        putBack(true);
    }

    private byte[] deflate(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, content.length / 3));
        flate.encode(new ByteArrayInputStream(content), out, new COSDictionary(), 0);
        return out.toByteArray();
    }

    /** Puts back, in page order, the pages whose bytes are ready (all of them when {@code wait}). */
    private void putBack(boolean wait) throws IOException {
        while (!pending.isEmpty() && (wait || pending.peek().trimmed().isDone())) {
            Pending page = pending.poll();
            Trimmed trimmed;
            try {
                trimmed = page.trimmed().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // as the renderer's own checks between stages do
                throw new CancellationException("The report export was cancelled.");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
            // What createOutputStream(FlateDecode) does: the filter first, then the bytes (and the
            // length, when the stream is closed).
            page.stream().setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream raw = page.stream().createRawOutputStream()) {
                raw.write(trimmed.deflated());
            }
            if (page.properties() != null) {
                PdfFinishing.removeProperties(page.properties(), trimmed.removed());
            }
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
