package org.checkbench.io.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.checkbench.io.ReadDocument;
import org.checkbench.io.TextBlock;

/**
 * The current text cut into Word paragraphs (one per non-empty line), each matched, where its
 * words are unchanged, to the paragraph it came from in the imported draft: so a heading stays a
 * heading and bold stays bold even after the checker edited other paragraphs.
 */
final class ParagraphLayout {

    /** A paragraph of the current text with the formatting of its source paragraph, if found. */
    record Paragraph(int start, int end, TextBlock source) {

        /** The source's inline styles moved onto this paragraph's offsets. */
        List<TextBlock.InlineStyle> styles() {
            if (source == null) {
                return List.of();
            }
            int shift = start - source.start();
            List<TextBlock.InlineStyle> moved = new ArrayList<>();
            for (TextBlock.InlineStyle s : source.styles()) {
                moved.add(new TextBlock.InlineStyle(s.start() + shift, s.end() + shift, s.bold(), s.italic(), s.underline()));
            }
            return moved;
        }
    }

    private ParagraphLayout() {
    }

    static List<Paragraph> of(String text, ReadDocument source) {
        Map<String, Deque<TextBlock>> byText = new HashMap<>();
        if (source != null) {
            for (TextBlock block : source.blocks()) {
                byText.computeIfAbsent(source.text().substring(block.start(), block.end()), k -> new ArrayDeque<>())
                        .add(block);
            }
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start && !text.substring(start, end).isBlank()) {
                Deque<TextBlock> candidates = byText.get(text.substring(start, end));
                TextBlock match = candidates == null || candidates.isEmpty() ? null : candidates.poll();
                paragraphs.add(new Paragraph(start, end, match));
            }
            start = end + 1;
        }
        return paragraphs;
    }
}
