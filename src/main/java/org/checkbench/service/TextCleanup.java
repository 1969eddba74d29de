package org.checkbench.service;

import java.util.List;

import org.checkbench.io.text.HardWrap;
import org.checkbench.io.text.RepeatedLines;

/**
 * What to do to a text before it becomes an article: join hard-wrapped lines, drop repeated page
 * headers and footers. {@link #NONE} leaves it as it is. The window and the command line say which
 * (the checker's answer); the finding and the joining are {@link HardWrap}'s and {@link RepeatedLines}'.
 */
public record TextCleanup(boolean joinLines, boolean dropRepeatedLines) {

    public static final TextCleanup NONE = new TextCleanup(false, false);

    public boolean changesNothing() {
        return !joinLines && !dropRepeatedLines;
    }

    /** Headers and footers go first, so joining does not glue them into paragraphs. */
    public String apply(String text) {
        String result = text;
        if (dropRepeatedLines) {
            List<RepeatedLines.Repeated> repeated = RepeatedLines.find(result);
            if (!repeated.isEmpty()) {
                result = RepeatedLines.drop(result, repeated);
            }
        }
        if (joinLines) {
            result = HardWrap.join(result);
        }
        return result;
    }
}
