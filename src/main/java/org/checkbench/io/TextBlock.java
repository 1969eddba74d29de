package org.checkbench.io;

import java.util.List;
import java.util.Objects;

/**
 * One paragraph of a read document: where it sits in the text, what it was (a heading, a list
 * item, a table cell, a footnote) and its basic character formatting, so a Word copy written back
 * can look like the draft did.
 *
 * @param start first character in the document's text
 * @param end one past the last character (the line break after it is not part of the block)
 * @param level heading level 1..6, list nesting depth from 0, otherwise 0
 * @param styleId the source's paragraph style (a .docx style id), may be null
 * @param styles formatted ranges, offsets into the document's text
 */
public record TextBlock(int start, int end, Kind kind, int level, String styleId, List<InlineStyle> styles) {

    public enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, TABLE_CELL, NOTE, PREFORMATTED }

    public TextBlock {
        Objects.requireNonNull(kind, "kind");
        styles = List.copyOf(styles);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block range " + start + ".." + end);
        }
    }

    /** Bold, italic or underlined characters [start, end) of the document's text. */
    public record InlineStyle(int start, int end, boolean bold, boolean italic, boolean underline) {

        public boolean isPlain() {
            return !bold && !italic && !underline;
        }
    }
}
