package org.checkbench.report;

import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;

/**
 * openhtmltopdf's text renderer with the string widths line breaking asks for taken from
 * {@link GlyphWidths} instead of PDFBox's {@code getStringWidth} (ADR 0160). The answer is the same
 * number: the per-character widths PDFBox gives, summed in the same order as PDFBox sums them, then
 * scaled and rounded as openhtmltopdf does. Text the first font of the family list cannot draw
 * entirely goes to openhtmltopdf's own per-font measuring, as before.
 */
final class MeasuringTextRenderer extends PdfBoxTextRenderer {

    /** Same tolerance as openhtmltopdf's: a width this close above a whole number is rounded down. */
    private static final double MEASURING_DELTA = 0.01f;

    /** This document's loaded fonts and the width table of the file each came from. */
    private final Map<PDFont, GlyphWidths> tables;

    MeasuringTextRenderer(Map<PDFont, GlyphWidths> tables) {
        this.tables = tables;
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        PdfBoxFSFont pdfBoxFont = (PdfBoxFSFont) font;
        List<FontDescription> descriptions = pdfBoxFont.getFontDescriptions();
        PDFont first = null;
        if (descriptions != null) {
            for (FontDescription description : descriptions) {
                if (description.getFont() != null) {
                    first = description.getFont();
                    break;
                }
            }
        }
        GlyphWidths widths = first == null ? null : tables.get(first);
        if (widths == null) {
            return super.getWidth(context, font, string);
        }
        String text = TextRenderer.getEffectivePrintableString(string);
        float sum = 0f;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            float width = widths.width(first, codePoint);
            if (width == GlyphWidths.MISSING) {
                return super.getWidth(context, font, string); // another font of the list draws part of it
            }
            sum += width;
            i += Character.charCount(codePoint);
        }
        float result = sum / 1000f * pdfBoxFont.getSize2D();
        if (result - Math.floor(result) < MEASURING_DELTA) {
            return (int) result;
        }
        return (int) Math.ceil(result);
    }
}
