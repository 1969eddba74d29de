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

    /** True when the first letter with a direction is right-to-left (the Unicode "first strong" rule). */
    static boolean isRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte direction = Character.getDirectionality(cp);
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Marks a block that holds user text with the text's own direction. */
    static Element directed(Element block, String text) {
        if (isRightToLeft(text)) {
            block.addClass("rtl").attr("dir", "rtl");
        }
        return block;
    }
}
