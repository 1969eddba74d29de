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

    /** Styles the whole text from the marks. Only call with marks computed for the current text. */
    static void apply(StyleClassedTextArea area, Collection<HighlightPlan.Mark> marks) {
        int length = area.getLength();
        area.setStyleSpans(0, spans(HighlightPlan.plan(length, marks)));
    }
}
