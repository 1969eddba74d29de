package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;

/**
 * The speed work of ADRs 0160 and 0161 must give the renderer the same answers as before: text is
 * measured to the same width as openhtmltopdf measures it through PDFBox, a page's property lists
 * are found and named as PDFBox names them, and empty artifacts go however deeply they nest.
 */
class ReportMeasuringTest {

    private PDDocument document;

    @BeforeEach
    void openDocument() {
        document = new PDDocument();
    }

    @AfterEach
    void closeDocument() throws Exception {
        document.close();
    }

    private PDFont load(String file) throws Exception {
        try (InputStream in = ReportFonts.class.getResourceAsStream("/org/checkbench/fonts/" + file)) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            ttf.setEnableGsub(false);
            return PDType0Font.load(document, ttf, true);
        }
    }

    @Test
    void runsTheFirstFontCanDrawAreDrawnWithoutPdfboxsCheck() {
        // openhtmltopdf keeps the device's current font in a private field (ADR 0165): if an upgrade
        // renames it, every run is drawn the slow way again, and this says so.
        assertThat(MeasuringTextRenderer.drawsDirectly()).isTrue();
    }

    @Test
    void textIsMeasuredToTheWidthOpenhtmltopdfMeasuresThroughPdfbox() throws Exception {
        PDFont dejaVu = load("DejaVuSans.ttf");
        PDFont dejaVuBold = load("DejaVuSans-Bold.ttf");
        PDFont nanum = load("NanumGothic.ttf");
        PDFont emoji = load("NotoEmoji-Regular.ttf");
        Map<PDFont, GlyphWidths> tables = Map.of(dejaVu, new GlyphWidths(), dejaVuBold, new GlyphWidths(),
                nanum, new GlyphWidths(), emoji, new GlyphWidths());
        MeasuringTextRenderer measuring = new MeasuringTextRenderer(tables);
        PdfBoxTextRenderer pdfbox = new PdfBoxTextRenderer();
        measuring.setup(null, new ICUBidiReorderer());
        pdfbox.setup(null, new ICUBidiReorderer());
        List<String> texts = List.of("Confirmed", "The minister said on Tuesday that 11,000 soldiers",
                "\u201CNot one more\u201D \u2014 a quote\u2019s marks", "https://example.org/sources/17?x=1&y=2",
                "\u0423 \u041A\u0438\u0454\u0432\u0456 \u0437\u0430\u044F\u0432\u0438\u043B\u0438",
                "\u039F \u03C5\u03C0\u03BF\u03C5\u03C1\u03B3\u03CC\u03C2", "\u05D4\u05E9\u05E8 \u05D0\u05DE\u05E8",
                "\uFE8E\uFEDF\uFEEE\uFEB0\uFEF3\uFEAE", "", " ", "x");
        List<String> korean = List.of("\uAE40\uC815\uC740 \uC704\uC6D0\uC7A5\uC740", "\uBD80\uB300 12");
        List<String> emojiTexts = List.of("\uD83D\uDC4D", "\uD83C\uDDFA\uD83C\uDDE6");

        int compared = 0;
        for (float size : new float[] {6.5f, 8.5f, 9.5f, 10.5f, 14f, 22f}) {
            compared += compare(measuring, pdfbox, dejaVu, size, texts);
            compared += compare(measuring, pdfbox, dejaVuBold, size, texts);
            compared += compare(measuring, pdfbox, nanum, size, korean);
            compared += compare(measuring, pdfbox, emoji, size, emojiTexts);
        }
        assertThat(compared).isEqualTo(6 * (2 * texts.size() + korean.size() + emojiTexts.size()));
    }

    private static int compare(MeasuringTextRenderer measuring, PdfBoxTextRenderer pdfbox, PDFont font, float size,
            List<String> texts) {
        PdfBoxFSFont fsFont = new PdfBoxFSFont(List.of(new FontDescription(font, IdentValue.NORMAL, 400)), size);
        for (String text : texts) {
            assertThat(measuring.getWidth(null, fsFont, text)).as("%s at %s pt", text, size)
                    .isEqualTo(pdfbox.getWidth(null, fsFont, text));
        }
        return texts.size();
    }

    @Test
    void thePrintableStringIsTheOneOpenhtmltopdfMakes() {
        // Tab and line feed (controls), soft hyphen and zero-width joiner (format), a private-use and
        // an unassigned code point, a lone surrogate, then text that is printable as it is.
        List<String> strings = java.util.Arrays.asList(null, "", "Confirmed", "a\tb\nc", "co\u00ADoperate",
                "\uD83D\uDC4D\u200D\uD83D\uDE80", "x\uE000y", "x\u0378y", "x\uD800y", "\u0645\u0631\u062D\u0628\u0627",
                "\uAE40\uC815\uC740 \uD83C\uDDFA\uD83C\uDDE6");
        for (String string : strings) {
            assertThat(MeasuringTextRenderer.printable(string)).as("%s", string)
                    .isEqualTo(com.openhtmltopdf.extend.TextRenderer.getEffectivePrintableString(string));
        }
        assertThat(MeasuringTextRenderer.printable("co\u00ADop")).as("the soft hyphen goes").isEqualTo("coop");
        String printable = "Confirmed";
        assertThat(MeasuringTextRenderer.printable(printable)).isSameAs(printable);
    }

    @Test
    void aCharacterTheFontCannotDrawIsMissingNotZeroWide() throws Exception {
        PDFont dejaVu = load("DejaVuSans.ttf");
        GlyphWidths widths = new GlyphWidths();

        assertThat(widths.width(dejaVu, '\uAE40')).isEqualTo(GlyphWidths.MISSING);
        assertThat(widths.width(dejaVu, 'A')).isEqualTo(dejaVu.getStringWidth("A")).isPositive();
        assertThat(widths.width(dejaVu, 0x1F44D)).isEqualTo(GlyphWidths.MISSING);
        assertThat(widths.width(dejaVu, '\u0301')).isEqualTo(dejaVu.getStringWidth("\u0301"));
    }

    @Test
    void aPagesPropertyListsAreNamedAsPdfboxNamesThem() {
        COSDictionary resourceDictionary = new COSDictionary();
        resourceDictionary.setItem(COSName.PROPERTIES, new MarkedContentProperties());
        PDResources resources = new PDResources(resourceDictionary);
        List<PDPropertyList> lists = new ArrayList<>();
        List<COSName> names = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            PDPropertyList list = PDPropertyList.create(new COSDictionary());
            lists.add(list);
            names.add(resources.add(list));
        }

        assertThat(names).doesNotHaveDuplicates().startsWith(COSName.getPDFName("Prop1"), COSName.getPDFName("Prop2"));
        assertThat(resources.add(lists.get(41))).as("a list already there keeps its name").isEqualTo(names.get(41));
        COSDictionary properties = resourceDictionary.getCOSDictionary(COSName.PROPERTIES);
        properties.removeItem(names.get(7));
        assertThat(properties.containsValue(lists.get(7).getCOSObject())).isFalse();
        assertThat(properties.containsValue(lists.get(8).getCOSObject())).isTrue();
        assertThat(properties.containsValue(new COSDictionary())).isFalse();
        assertThat(resources.add(lists.get(7))).as("a list removed is added again under a new name")
                .isNotIn(names.subList(8, names.size()));
    }

    @Test
    void aDrawnPageForgetsItsRemovedListsAndStillAnswersAsPdfboxDoes() {
        COSDictionary resourceDictionary = new COSDictionary();
        MarkedContentProperties properties = new MarkedContentProperties();
        resourceDictionary.setItem(COSName.PROPERTIES, properties);
        PDResources resources = new PDResources(resourceDictionary);
        List<PDPropertyList> lists = new ArrayList<>();
        List<COSName> names = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            PDPropertyList list = PDPropertyList.create(new COSDictionary());
            lists.add(list);
            names.add(resources.add(list));
        }
        properties.removeItem(names.get(3));

        properties.pageDrawn();

        assertThat(properties.containsValue(lists.get(3).getCOSObject())).isFalse();
        assertThat(properties.containsValue(lists.get(4).getCOSObject())).isTrue();
        assertThat(resources.add(lists.get(4))).as("a list still there keeps its name").isEqualTo(names.get(4));
        assertThat(resources.add(PDPropertyList.create(new COSDictionary()))).isNotIn(names);
    }

    @Test
    void emptyArtifactsGoAtAnyDepthAndDrawnOnesStay() {
        String content = "q\n/Artifact /Prop1 BDC\n/Artifact /Prop2 BDC\n/Artifact /Prop3 BDC\nEMC\nEMC\nEMC\n"
                + "/Artifact /Prop4 BDC\n/Artifact /Prop5 BDC\nEMC\n0 0 1 rg\nEMC\n"
                + "/P /Prop6 BDC\n/Artifact /Prop7 BDC\nEMC\nBT\nET\nEMC\n/Artifact /Prop8 BDC\nEMC\nQ";
        List<String> removed = new ArrayList<>();

        String result = new String(PdfFinishing.withoutEmptyArtifacts(content.getBytes(StandardCharsets.US_ASCII),
                removed), StandardCharsets.US_ASCII);

        assertThat(result).isEqualTo("q\n/Artifact /Prop4 BDC\n0 0 1 rg\nEMC\n/P /Prop6 BDC\nBT\nET\nEMC\nQ");
        assertThat(removed).containsExactlyInAnyOrder("Prop1", "Prop2", "Prop3", "Prop5", "Prop7", "Prop8");
    }

    @Test
    void contentWithoutEmptyArtifactsComesBackAsItWas() {
        byte[] content = "q\n/Artifact /Prop1 BDC\n1 1 5 5 re\nf\nEMC\n/Artifact /Prop12 BDC EMC\n/Artifact /Prop2 BDC\nEMCX\nEMC\n"
                .getBytes(StandardCharsets.US_ASCII);
        List<String> removed = new ArrayList<>();

        assertThat(PdfFinishing.withoutEmptyArtifacts(content, removed)).isSameAs(content);
        assertThat(removed).isEmpty();
    }
}
