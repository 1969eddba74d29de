package org.checkbench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;

/**
 * The fonts bundled for the report (docs/decisions/0030) and the question "can any of them draw
 * this character?". A font file is read from the jar when a report first needs one of its glyphs,
 * and not kept: the five files are 11.7 MB, which the window held in its heap for the whole session
 * after the report warm-up (ADR 0148); reading one again costs a few milliseconds of a report that
 * takes seconds. The font metrics openhtmltopdf computes and the glyph widths are cached across
 * reports. The CSS (report.css) lists the families in fallback order; openhtmltopdf falls back
 * per character along that list.
 */
final class ReportFonts {

    private static final String DIR = "/org/checkbench/fonts/";

    /**
     * One face registered with openhtmltopdf. {@code metrics} are what openhtmltopdf would compute
     * from the parsed file ({@code PdfBoxRawPDFontMetrics.fromPdfBox}: ascent, descent,
     * strike-through and underline), written down here so that a render never parses a file just for
     * them (ADR 0149); {@code ReportFontMetricsTest} checks them against the files.
     */
    record BundledFont(String file, String family, int weight, PdfBoxRawPDFontMetrics metrics) {
    }

    private static PdfBoxRawPDFontMetrics metrics(float ascent, float descent, float strikethroughOffset,
            float underlinePosition) {
        return new PdfBoxRawPDFontMetrics(ascent, descent, strikethroughOffset, 100f, underlinePosition, 50f);
    }

    private static final PdfBoxRawPDFontMetrics DEJAVU = metrics(1232.4219f, 462.89062f, -410.80728f, 235.83984f);
    private static final PdfBoxRawPDFontMetrics DEJAVU_BOLD = metrics(1175.293f, 415.03906f, -391.7643f, 235.83984f);
    private static final PdfBoxRawPDFontMetrics NANUM = metrics(801.0f, 200.0f, -267.0f, 230.0f);
    private static final PdfBoxRawPDFontMetrics NANUM_BOLD = metrics(809.0f, 207.0f, -269.66666f, 230.0f);
    private static final PdfBoxRawPDFontMetrics NOTO_EMOJI = metrics(886.23047f, 202.63672f, -295.41016f, 244.14062f);

    /*
     * DejaVu Sans draws Latin, Cyrillic, Greek, Hebrew and Arabic (with the presentation forms
     * ICU's shaping produces), Nanum Gothic Korean in a real bold too, Noto Emoji (monochrome
     * outlines) emoji. DejaVu Sans Bold covers a little less than Regular, so Regular DejaVu comes
     * once more under a last family name for both weights: whatever the coverage check says is
     * drawable is drawable in bold too, if not in a bold face.
     */
    static final List<BundledFont> FONTS = List.of(
            new BundledFont("DejaVuSans.ttf", "DejaVu Sans", 400, DEJAVU),
            new BundledFont("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, DEJAVU_BOLD),
            new BundledFont("NanumGothic.ttf", "Nanum Gothic", 400, NANUM),
            new BundledFont("NanumGothicBold.ttf", "Nanum Gothic", 700, NANUM_BOLD),
            new BundledFont("NotoEmoji-Regular.ttf", "Noto Emoji", 400, NOTO_EMOJI),
            new BundledFont("NotoEmoji-Regular.ttf", "Noto Emoji", 700, NOTO_EMOJI),
            new BundledFont("DejaVuSans.ttf", "Checkbench Fallback", 400, DEJAVU),
            new BundledFont("DejaVuSans.ttf", "Checkbench Fallback", 700, DEJAVU));

    /** The regular faces decide coverage; see the comment on {@link #FONTS}. */
    private static final List<String> COVERAGE_FILES = List.of("DejaVuSans.ttf", "NanumGothic.ttf",
            "NotoEmoji-Regular.ttf");

    private static volatile ReportFonts instance;

    /**
     * The code points at least one regular face maps to a glyph, read from their character maps once.
     * Not the parsed fonts themselves: those stayed for the whole session (a report warm-up loads them
     * after launch, ADR 0084) and held 17 MB of heap, a second copy of each file among it (issue 18).
     */
    private final BitSet coverage;
    private final FontMetricsCache metricsCache = new FontMetricsCache();
    /** Per font file, for every report of the process (ADR 0160). */
    private final Map<String, GlyphWidths> widthsByFile = new ConcurrentHashMap<>();
    /** The files a render of this process has read and parsed, for the tests (ADR 0149). */
    private final java.util.Set<String> parsedFiles = ConcurrentHashMap.newKeySet();

    private ReportFonts(BitSet coverage) {
        this.coverage = coverage;
        for (BundledFont font : FONTS) {
            metricsCache.put(metricsKey(font.family(), font.weight()), font.metrics());
        }
    }

    /**
     * openhtmltopdf's key for a face's metrics in its cache ({@code FontDescription}, 1.1.31). Its
     * line metrics take every family of the CSS's fallback list, so without these entries the first
     * render of a process parsed all five files, the two 4.6 MB Korean ones among them, for a Latin
     * report: ~35 MB live for the whole render (ADR 0149). A key that stopped matching would only
     * bring that back; {@code ReportFontMetricsTest} renders a Latin report and checks that no other
     * file was read.
     */
    static String metricsKey(String family, int weight) {
        return "font-metrics:" + family + ":" + weight + ":" + IdentValue.NORMAL;
    }

    static ReportFonts get() {
        ReportFonts fonts = instance;
        if (fonts == null) {
            synchronized (ReportFonts.class) {
                fonts = instance;
                if (fonts == null) {
                    LibraryLogging.quietenOnce();
                    fonts = load();
                    instance = fonts;
                }
            }
        }
        return fonts;
    }

    /** A new set of fonts with empty caches, not the process's shared one: for tests of what a first render reads. */
    static ReportFonts loadNew() {
        return load();
    }

    /** The font files renders with these fonts have parsed so far. */
    java.util.Set<String> parsedFiles() {
        return java.util.Collections.unmodifiableSet(parsedFiles);
    }

    private static ReportFonts load() {
        for (BundledFont font : FONTS) {
            // A missing font is reported now, not in the middle of a report.
            if (ReportFonts.class.getResource(DIR + font.file()) == null) {
                throw missing(font.file());
            }
        }
        BitSet coverage = new BitSet();
        for (String file : COVERAGE_FILES) {
            coverage.or(codePointsWithGlyphs(readResource(file)));
        }
        return new ReportFonts(coverage);
    }

    /** Every code point the font's Unicode character map gives a glyph (glyph id above 0). */
    static BitSet codePointsWithGlyphs(byte[] fontFile) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(fontFile))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            BitSet codePoints = new BitSet();
            // Glyph ids are 16-bit; a lookup past the font's last glyph answers null.
            for (int glyph = 1; glyph <= 0xFFFF; glyph++) {
                List<Integer> codes = cmap.getCharCodes(glyph);
                if (codes != null) {
                    codes.forEach(codePoints::set);
                }
            }
            return codePoints;
        } catch (IOException e) {
            throw new UncheckedIOException("A bundled report font is damaged: " + e.getMessage(), e);
        }
    }

    private static IllegalStateException missing(String file) {
        return new IllegalStateException("The report font " + file + " is missing from the application;"
                + " reinstall Checkbench.");
    }

    private static byte[] readResource(String file) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw missing(file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the report font " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Registers every bundled face with the builder, for the given document, embedded as subsets.
     *
     * <p>GSUB (glyph substitution) is switched off: PDFBox 3 otherwise turns "fi" into the "ﬁ"
     * ligature glyph, so copying or searching "Confirmed" in the PDF fails, and its Latin GSUB
     * worker took a quarter of the render time of a large report. Nothing in the scripts we
     * support needs substitution to be legible.
     *
     * @return each font of this document, once openhtmltopdf has loaded it, with the width table of
     *         its file, for {@link MeasuringTextRenderer}
     */
    Map<PDFont, GlyphWidths> registerWith(PdfRendererBuilder builder, PDDocument document) {
        Map<PDFont, GlyphWidths> loaded = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        for (BundledFont font : FONTS) {
            String file = font.file();
            builder.useFont(new LazyFont(file, document, pdFont -> {
                parsedFiles.add(file);
                loaded.put(pdFont, widthsByFile.computeIfAbsent(file, f -> new GlyphWidths()));
            }), font.family(),
                    font.weight(), FontStyle.NORMAL, true);
        }
        builder.useCacheStore(CacheStore.PDF_FONT_METRICS, metricsCache);
        return loaded;
    }

    /** Read and parsed only when openhtmltopdf first needs it: most reports never touch the Korean font. */
    private static final class LazyFont extends PDFontSupplier {
        private final String file;
        private final PDDocument document;
        private final java.util.function.Consumer<PDFont> onLoad;
        private PDFont font;

        LazyFont(String file, PDDocument document, java.util.function.Consumer<PDFont> onLoad) {
            super(null);
            this.file = file;
            this.document = document;
            this.onLoad = onLoad;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(readResource(file)));
                    ttf.setEnableGsub(false);
                    font = PDType0Font.load(document, ttf, true);
                    onLoad.accept(font);
                } catch (IOException e) {
                    throw new UncheckedIOException("A bundled report font is damaged: " + e.getMessage(), e);
                }
            }
            return font;
        }
    }

    /** openhtmltopdf's metrics cache; a concurrent map so reports may render on several threads. */
    private static final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("Could not read font metrics for " + k, e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }

    /** Whether at least one bundled font has a glyph for this code point. */
    boolean canDraw(int codePoint) {
        return coverage.get(codePoint);
    }
}
