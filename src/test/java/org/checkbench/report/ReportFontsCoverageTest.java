package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * "Can a bundled font draw this character?" is answered from the code points read once from the
 * regular faces' character maps (issue 18: the parsed fonts no longer stay in memory): the answer
 * must be the fonts' own, for every code point Unicode has.
 */
class ReportFontsCoverageTest {

    @Test
    void everyCodePointIsDrawableExactlyWhenARegularFaceMapsItToAGlyph() throws Exception {
        List<TrueTypeFont> faces = new ArrayList<>();
        for (String file : List.of("DejaVuSans.ttf", "NanumGothic.ttf", "NotoEmoji-Regular.ttf")) {
            try (InputStream in = ReportFonts.class.getResourceAsStream("/org/checkbench/fonts/" + file)) {
                faces.add(new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes())));
            }
        }
        List<CmapLookup> maps = new ArrayList<>();
        for (TrueTypeFont face : faces) {
            maps.add(face.getUnicodeCmapLookup());
        }
        ReportFonts fonts = ReportFonts.get();
        int drawable = 0;
        List<String> wrong = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            boolean hasGlyph = false;
            for (CmapLookup map : maps) {
                hasGlyph |= map.getGlyphId(codePoint) > 0;
            }
            drawable += hasGlyph ? 1 : 0;
            if (fonts.canDraw(codePoint) != hasGlyph && wrong.size() < 20) {
                wrong.add(Integer.toHexString(codePoint) + (hasGlyph ? " has a glyph" : " has none"));
            }
        }
        for (TrueTypeFont face : faces) {
            face.close();
        }
        assertThat(wrong).isEmpty();
        assertThat(drawable).as("Latin, Hangul, emoji...").isGreaterThan(10_000);
        assertThat(fonts.canDraw('é')).isTrue();
        assertThat(fonts.canDraw(0xD55C)).as("한").isTrue();
        assertThat(fonts.canDraw(0x1F600)).as("😀").isTrue();
        assertThat(fonts.canDraw(0xE000)).as("private use").isFalse();
    }
}
