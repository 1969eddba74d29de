package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the speed work (issue 12 and 18, ADRs 0084–0089) changed in the PDF must not change what a
 * reader or a validator sees: the warm-up report renders every script, the empty artifacts are gone
 * while every drawn one stays, and the report stays PDF/UA and PDF/A.
 */
class ReportSpeedChangesTest {

    @TempDir
    Path folder;

    @Test
    void theWarmUpReportDrawsEveryScriptItCarries() throws Exception {
        CheckReport report = ReportWarmUp.sampleReport();
        RenderedReport rendered = new ReportRenderer().render(report, ReportOptions.everything(),
                folder.resolve("warm-up.pdf"), ReportProgressListener.NONE);

        assertThat(rendered.missingGlyphs()).isEmpty();
        assertThat(rendered.pageCount()).isGreaterThan(3);
        String text = PdfText.of(rendered.file());
        assertThat(text).contains("\u0423 \u041A\u0438\u0454\u0432\u0456", "\uAE40\uC815\uC740",
                "[" + report.claims().size() + "]");
        assertThat(report.articleText()).contains("\uD83D\uDC4D"); // the emoji line too
    }

    @Test
    void theWarmUpRunsOnTheCallingThreadWithoutWritingAFile() {
        ReportWarmUp.runNow();
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void whatComesAfterTheBackgroundWarmUpRunsOnItsThreadOnceItIsDone() throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        String[] ranOn = {null};
        // Its thread, not startInBackground: that runs once per process, and a window test in this
        // JVM may have started it already.
        ReportWarmUp.warmUpThread(() -> {
            ranOn[0] = Thread.currentThread().getName();
            done.countDown();
        }).start();

        assertThat(done.await(3, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(ranOn[0]).isEqualTo("report-warm-up");
    }

    @Test
    void emptyArtifactPairsAreRemovedAndDrawnOnesKept() {
        String content = "q\n/Artifact /Prop1 BDC\nEMC\n/Artifact /Prop2 BDC\n0 0 1 rg\n1 1 5 5 re\nf\nEMC\n"
                + "/Artifact /Prop3 BDC\n/Artifact /Prop4 BDC\nEMC\nEMC\n/P <</MCID 0>> BDC\nBT\nET\nEMC\nQ\n";
        List<String> removed = new ArrayList<>();

        String result = new String(PdfFinishing.withoutEmptyArtifacts(content.getBytes(StandardCharsets.US_ASCII),
                removed), StandardCharsets.US_ASCII);

        assertThat(result).isEqualTo("q\n/Artifact /Prop2 BDC\n0 0 1 rg\n1 1 5 5 re\nf\nEMC\n"
                + "/P <</MCID 0>> BDC\nBT\nET\nEMC\nQ\n");
        assertThat(removed).containsExactlyInAnyOrder("Prop1", "Prop3", "Prop4");
    }

    @Test
    void aPagesContentIsDeflatedByteForByteAsPdfboxDeflatesIt() throws Exception {
        byte[] content = ("q\n" + "BT /F1 9.5 Tf 72 700 Td (Confirmed) Tj ET\n".repeat(800) + "Q\n")
                .getBytes(StandardCharsets.US_ASCII);
        COSStream pdfboxs = new COSStream();
        try (java.io.OutputStream out = pdfboxs.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content);
        }
        PDPage page = pageWithUncompressedContent(content);

        PdfFinishing.dropEmptyArtifacts(page);

        COSStream ours = (COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        assertThat(ours.getItem(COSName.FILTER)).isEqualTo(COSName.FLATE_DECODE);
        assertThat(ours.getLength()).isEqualTo(pdfboxs.getLength()).isLessThan(content.length / 4);
        try (InputStream raw = ours.createRawInputStream(); InputStream expected = pdfboxs.createRawInputStream()) {
            assertThat(raw.readAllBytes()).isEqualTo(expected.readAllBytes());
        }
    }

    @Test
    void aPageWhoseLengthIsShortOfItsContentKeepsAllOfIt() throws Exception {
        byte[] content = "q\n1 0 0 1 72 700 cm\n0 0 1 rg\n0 0 10 10 re\nf\nQ\n".getBytes(StandardCharsets.US_ASCII);
        PDPage page = pageWithUncompressedContent(content);
        page.getCOSObject().getCOSStream(COSName.CONTENTS).setInt(COSName.LENGTH, 7);

        PdfFinishing.dropEmptyArtifacts(page);

        try (InputStream in = page.getContents()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    /** As openhtmltopdf hands a drawn page over in test mode (ADR 0163). */
    private static PDPage pageWithUncompressedContent(byte[] content) throws java.io.IOException {
        COSStream stream = new COSStream();
        try (java.io.OutputStream out = stream.createOutputStream()) {
            out.write(content);
        }
        PDPage page = new PDPage();
        page.getCOSObject().setItem(COSName.CONTENTS, stream);
        return page;
    }

    @Test
    void aRenderedReportHasNoEmptyArtifactAndNoPropertyItDoesNotUse() throws Exception {
        RenderedReport rendered = new ReportRenderer().render(TestReports.signedOff(false), ReportOptions.everything(),
                folder.resolve("report.pdf"), ReportProgressListener.NONE);

        try (PDDocument document = Loader.loadPDF(rendered.file().toFile())) {
            int drawnArtifacts = 0;
            for (PDPage page : document.getPages()) {
                String content;
                try (InputStream in = page.getContents()) {
                    content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
                assertThat(content).doesNotContainPattern("/Artifact /Prop\\d+ BDC\nEMC\n");
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                if (properties != null) {
                    for (COSName name : properties.keySet()) {
                        assertThat(content).as("page uses %s", name.getName()).contains("/" + name.getName() + " BDC");
                        drawnArtifacts++;
                    }
                }
            }
            assertThat(drawnArtifacts).as("backgrounds and borders that are drawn stay marked as artifacts")
                    .isPositive();
        }
        List<PdfValidator.Verdict> verdicts = PdfValidator.validate(rendered.file());
        assertThat(verdicts).extracting(PdfValidator.Verdict::profile).containsExactly("2a", "ua1");
        assertThat(verdicts).allSatisfy(v -> assertThat(v.compliant()).as(v.toString()).isTrue());
    }

    @Test
    void theDomHandedToTheRendererDoesNotKeepJsoupsTreeAlive() throws Exception {
        org.jsoup.nodes.Document html = new ReportDocument(TestReports.signedOff(false), ReportOptions.everything(),
                ReportFonts.get()).build();
        java.lang.ref.WeakReference<org.jsoup.nodes.Document> jsoupTree = new java.lang.ref.WeakReference<>(html);
        org.w3c.dom.Document dom = RendererTree.of(html);
        html = null;

        for (int i = 0; i < 20 && jsoupTree.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }

        assertThat(jsoupTree.get()).as("jsoup's tree, once converted").isNull();
        assertThat(dom.getElementsByTagName("div").getLength()).isPositive();
        assertThat(dom.getDocumentElement().getUserData(org.jsoup.helper.W3CDom.SourceProperty)).isNull();
    }

    @Test
    void renderingInMemoryGivesTheSamePagesAsTheFile() throws Exception {
        CheckReport report = TestReports.signedOff(false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int pages = ReportRenderer.renderInMemory(report, ReportOptions.everything(), bytes);
        RenderedReport file = new ReportRenderer().render(report, ReportOptions.everything(),
                folder.resolve("file.pdf"), ReportProgressListener.NONE);

        assertThat(pages).isEqualTo(file.pageCount());
        try (PDDocument document = Loader.loadPDF(bytes.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages);
        }
    }
}
