package org.checkbench.report;

import org.jsoup.nodes.Element;

/**
 * Right-to-left text (Arabic, Hebrew) gets a right-to-left block, so a quote in Arabic starts at the
 * right margin and its punctuation lands where a reader expects it. Within a block, ICU's bidi
 * algorithm (openhtmltopdf-rtl-support) orders mixed runs.
 */
final class Scripts {

    private Scripts() {
    }

    /** The Unicode "first strong character" rule, as java.text.Bidi applies it to a paragraph. */
    static boolean isRightToLeft(String text) {
        return !text.isEmpty() && !new java.text.Bidi(text, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT)
                .baseIsLeftToRight();
    }

    /** Marks a block that holds user text with the text's own direction. */
    static Element directed(Element block, String text) {
        if (isRightToLeft(text)) {
            block.addClass("rtl").attr("dir", "rtl");
        }
        return block;
    }
}
