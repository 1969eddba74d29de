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

    /** Styles the whole text from the marks. Only call with marks computed for the current text. */
    static void apply(StyleClassedTextArea area, Collection<HighlightPlan.Mark> marks) {
        int length = area.getLength();
        area.setStyleSpans(0, spans(HighlightPlan.plan(length, marks)));
    }
}
