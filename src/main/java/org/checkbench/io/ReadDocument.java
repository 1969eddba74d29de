package org.checkbench.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What reading a file gave: the article's text (paragraphs separated by "\n"), the format it came
 * in, notices for the user (tracked changes accepted, comments left out), the paragraphs with their
 * kind and formatting, and what the source said about itself.
 *
 * @param title the headline or document title, may be null
 * @param byline who wrote it, may be null
 * @param dateline where and when, may be null
 */
public record ReadDocument(String text, DocumentFormat format, List<String> notices, List<TextBlock> blocks,
                           String title, String byline, String dateline) {

    public ReadDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        notices = List.copyOf(notices);
        blocks = List.copyOf(blocks);
    }

    /** Text kept exactly as given: one plain block per non-empty line. */
    public static ReadDocument plain(String text, DocumentFormat format, List<String> notices) {
        return new ReadDocument(text, format, notices, linesAsBlocks(text), null, null, null);
    }

    /** One plain paragraph per non-empty line of {@code text}. */
    public static List<TextBlock> linesAsBlocks(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                blocks.add(new TextBlock(start, end, TextBlock.Kind.PARAGRAPH, 0, null, List.of()));
            }
            start = end + 1;
        }
        return blocks;
    }

    public ReadDocument withText(String newText, List<TextBlock> newBlocks) {
        return new ReadDocument(newText, format, notices, newBlocks, title, byline, dateline);
    }

    public ReadDocument withNotices(List<String> newNotices) {
        return new ReadDocument(text, format, newNotices, blocks, title, byline, dateline);
    }
}
