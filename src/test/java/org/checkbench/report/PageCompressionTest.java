package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.junit.jupiter.api.Test;

/**
 * The pages' trimming and deflating on a second thread (ADR 0166) leaves each page as the drawing
 * thread did before: content without the empty artifacts, Flate-compressed, and the removed
 * artifacts' property lists gone while the drawn ones stay.
 */
class PageCompressionTest {

    private static final String DRAWN = "q\n/Artifact /Prop1 BDC\nEMC\n/Artifact /Prop2 BDC\n0 0 1 rg\n"
            + "1 1 5 5 re\nf\nEMC\nQ\n";

    @Test
    void eachPageComesBackTrimmedAndCompressedWithItsEmptyArtifactsPropertyListsGone() throws Exception {
        COSStream[] streams = new COSStream[3];
        COSDictionary[] properties = new COSDictionary[3];
        try (PageCompression compression = new PageCompression()) {
            for (int page = 0; page < streams.length; page++) {
                streams[page] = uncompressed(DRAWN + "% page " + page + "\n");
                properties[page] = new COSDictionary();
                properties[page].setItem(COSName.getPDFName("Prop1"), new COSDictionary());
                properties[page].setItem(COSName.getPDFName("Prop2"), new COSDictionary());
                byte[] content;
                try (InputStream in = streams[page].createInputStream()) {
                    content = in.readAllBytes();
                }
                compression.trimAndCompress(streams[page], content, properties[page]);
            }
            compression.finish();
        }

        for (int page = 0; page < streams.length; page++) {
            assertThat(streams[page].getFilters()).isEqualTo(COSName.FLATE_DECODE);
            try (InputStream in = streams[page].createInputStream()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo(
                        "q\n/Artifact /Prop2 BDC\n0 0 1 rg\n1 1 5 5 re\nf\nEMC\nQ\n% page " + page + "\n");
            }
            assertThat(properties[page].keySet()).containsExactly(COSName.getPDFName("Prop2"));
        }
    }

    @Test
    void anInterruptWhileWaitingForThePagesIsACancel() throws Exception {
        try (PageCompression compression = new PageCompression()) {
            COSStream stream = uncompressed(DRAWN);
            compression.trimAndCompress(stream, DRAWN.getBytes(StandardCharsets.US_ASCII), null);
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(compression::finish).isInstanceOf(CancellationException.class);
            } finally {
                Thread.interrupted();
            }
        }
    }

    private static COSStream uncompressed(String content) throws Exception {
        COSStream stream = new COSStream();
        try (OutputStream out = stream.createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }
}
