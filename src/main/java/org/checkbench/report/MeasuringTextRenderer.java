package org.checkbench.report;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.util.OpenUtil;

/**
 * openhtmltopdf's text renderer with the string widths line breaking asks for taken from
 * {@link GlyphWidths} instead of PDFBox's {@code getStringWidth} (ADR 0160). The answer is the same
 * number: the per-character widths PDFBox gives, summed in the same order as PDFBox sums them, then
 * scaled and rounded as openhtmltopdf does. Text the first font of the family list cannot draw
 * entirely goes to openhtmltopdf's own per-font measuring, as before.
 *
 * <p>Drawing (ADR 0165): openhtmltopdf's output device checks that the first font can encode a run
 * by measuring the whole run with PDFBox's {@code getStringWidth}, and draws it with that font
 * when no exception comes. The same tables say so without PDFBox's per-character streams (a sixth
 * of the render's allocation), so such a run goes straight to the device's {@code drawStringFast},
 * which is what the device would call next; any other run, or a device whose current font cannot be
 * read, goes the library's way.
 */
final class MeasuringTextRenderer extends PdfBoxTextRenderer {

    /** Same tolerance as openhtmltopdf's: a width this close above a whole number is rounded down. */
    private static final double MEASURING_DELTA = 0.01f;

    /** This document's loaded fonts and the width table of the file each came from. */
    private final Map<PDFont, GlyphWidths> tables;

    /**
     * The device's current font, which it keeps in a private field with no getter; null if a later
     * openhtmltopdf has no such field, and then every run is drawn the library's way.
     */
    private static final VarHandle DEVICE_FONT = deviceFont();

    MeasuringTextRenderer(Map<PDFont, GlyphWidths> tables) {
        this.tables = tables;
    }

    private static VarHandle deviceFont() {
        try {
            return MethodHandles.privateLookupIn(PdfBoxFastOutputDevice.class, MethodHandles.lookup())
                    .findVarHandle(PdfBoxFastOutputDevice.class, "_font", PdfBoxFSFont.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Whether runs the first font can draw skip PDFBox's check (the tests make sure they do). */
    static boolean drawsDirectly() {
        return DEVICE_FONT != null;
    }

    @Override
    public void drawString(OutputDevice device, String string, float x, float y) {
        if (!drawnDirectly(device, string, x, y, null)) {
            super.drawString(device, string, x, y);
        }
    }

    @Override
    public void drawString(OutputDevice device, String string, float x, float y, JustificationInfo info) {
        if (!drawnDirectly(device, string, x, y, info)) {
            super.drawString(device, string, x, y, info);
        }
    }

    /**
     * Draws the run as {@code PdfBoxFastOutputDevice.drawString} does when its first font has every
     * character (the same printable string, description and size to {@code drawStringFast}).
     */
    private boolean drawnDirectly(OutputDevice device, String string, float x, float y, JustificationInfo info) {
        if (DEVICE_FONT == null || !(device instanceof PdfBoxFastOutputDevice fast)
                || !(DEVICE_FONT.get(fast) instanceof PdfBoxFSFont font)) {
            return false;
        }
        List<FontDescription> descriptions = font.getFontDescriptions();
        if (descriptions == null || descriptions.isEmpty()) {
            return false;
        }
        FontDescription first = descriptions.get(0);
        PDFont pdFont = first.getFont();
        GlyphWidths widths = pdFont == null ? null : tables.get(pdFont);
        if (widths == null) {
            return false;
        }
        String text = printable(string);
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (widths.width(pdFont, codePoint) == GlyphWidths.MISSING) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        fast.drawStringFast(text, x, y, info, first, font.getSize2D());
        return true;
    }

    /**
     * What {@code TextRenderer.getEffectivePrintableString} returns. It tests the string with a
     * code-point stream and a lambda per call, twice for each word of the report (measured, then
     * drawn): a twentieth of the large report's allocation. Nearly every string is printable as it
     * is, and that test is a plain loop here over the library's own per-character rule.
     */
    static String printable(String string) {
        if (string == null) {
            return null;
        }
        for (int i = 0; i < string.length(); ) {
            int codePoint = string.codePointAt(i);
            if (!OpenUtil.isCodePointPrintable(codePoint)) {
                return TextRenderer.getEffectivePrintableString(string);
            }
            i += Character.charCount(codePoint);
        }
        return string;
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
        String text = printable(string);
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
