package org.checkbench.ui.editor;

import java.util.Collection;
import java.util.List;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Turns a merged highlight plan into one {@link StyleSpans} and applies it in a single call. */
final class EditorHighlighter {

    private EditorHighlighter() {
    }

    static StyleSpans<Collection<String>> spans(List<HighlightPlan.Run> runs) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>(Math.max(1, runs.size()));
        if (runs.isEmpty()) {
            builder.add(List.of(), 0);
        }
        for (HighlightPlan.Run run : runs) {
            builder.add(run.styleClasses(), run.length());
        }
        return builder.create();
    }

    /** True when both have the same runs: the same lengths with equal style classes, in order. */
    static boolean sameSpans(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        if (a.length() != b.length()) {
            return false;
        }
        // Adjacent runs with equal styles may be split differently on each side: compare character runs.
        java.util.Iterator<org.fxmisc.richtext.model.StyleSpan<Collection<String>>> left = a.iterator();
        java.util.Iterator<org.fxmisc.richtext.model.StyleSpan<Collection<String>>> right = b.iterator();
        org.fxmisc.richtext.model.StyleSpan<Collection<String>> l = null;
        org.fxmisc.richtext.model.StyleSpan<Collection<String>> r = null;
        int lLeft = 0;
        int rLeft = 0;
        while (true) {
            while (lLeft == 0 && left.hasNext()) {
                l = left.next();
                lLeft = l.getLength();
            }
            while (rLeft == 0 && right.hasNext()) {
                r = right.next();
                rLeft = r.getLength();
            }
            if (lLeft == 0 || rLeft == 0) {
                return lLeft == rLeft;
            }
            if (!l.getStyle().equals(r.getStyle())) {
                return false;
            }
            int step = Math.min(lLeft, rLeft);
            lLeft -= step;
            rLeft -= step;
        }
    }

    /**
     * Typed letters take the style of their neighbour; only the paragraphs touched by [from, to) are
     * planned again from {@code marks} (given the window's start and end), and set only where the
     * letter got a wrong style, so a keystroke costs the same in a 1 MB article as in a short one
     * (ADR 0170). Returns how many paragraphs were restyled.
     */
    static int restyleParagraphsAround(StyleClassedTextArea area, int from, int to,
            java.util.function.BiFunction<Integer, Integer, List<HighlightPlan.Mark>> marks) {
        int length = area.getLength();
        int firstParagraph = area.offsetToPosition(Math.min(from, length), org.fxmisc.richtext.model.TwoDimensional.Bias.Backward).getMajor();
        int lastParagraph = area.offsetToPosition(Math.min(to, length), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        int windowStart = area.getAbsolutePosition(firstParagraph, 0);
        int windowEnd = area.getAbsolutePosition(lastParagraph, area.getParagraphLength(lastParagraph));
        if (windowEnd <= windowStart) {
            return 0;
        }
        List<HighlightPlan.Mark> shifted = new java.util.ArrayList<>();
        for (HighlightPlan.Mark mark : marks.apply(windowStart, windowEnd)) {
            shifted.add(new HighlightPlan.Mark(mark.start() - windowStart, mark.end() - windowStart,
                    mark.styleClasses(), mark.priority(), mark.overlay()));
        }
        StyleSpans<Collection<String>> planned = spans(HighlightPlan.plan(windowEnd - windowStart, shifted));
        // A typed letter usually already has its neighbour's style, which is the right one: setting the
        // same spans again would replace the paragraph a second time in the keystroke (issue 18).
        if (sameSpans(planned, area.getStyleSpans(windowStart, windowEnd))) {
            return 0;
        }
        area.setStyleSpans(windowStart, planned);
        return lastParagraph - firstParagraph + 1;
    }

    /** Styles the whole text from the marks. Only call with marks computed for the current text. */
    static void apply(StyleClassedTextArea area, Collection<HighlightPlan.Mark> marks) {
        int length = area.getLength();
        area.setStyleSpans(0, spans(HighlightPlan.plan(length, marks)));
    }
}
