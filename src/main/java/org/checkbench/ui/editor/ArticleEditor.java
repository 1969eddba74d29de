package org.checkbench.ui.editor;

import javafx.scene.layout.StackPane;

import org.checkbench.model.text.DisplayText;
import org.checkbench.ui.article.TextSurface;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The article as the checker reads and edits it: wrapped prose in a RichTextFX area. Claim
 * highlighting is layered on top of this by style spans.
 */
public final class ArticleEditor extends StackPane implements TextSurface {

    private final StyleClassedTextArea area = new ArticleTextArea();
    private final javafx.scene.control.Label unavailable = new javafx.scene.control.Label();
    private final RightToLeftParagraphs rightToLeft;
    private DisplayText display = DisplayText.of("");
    private boolean loading;
    /**
     * The area's characters, kept in step with every change: {@link #text()} copies it in a fraction of
     * a millisecond, where {@code area.getText()} walks every paragraph of a long article, on the FX
     * thread, at each save (issue 18). Grown by {@link #roomFor} a little at a time: a StringBuilder
     * doubles when full, which for a 1 MB article held 2 MB of heap nobody typed.
     */
    private StringBuilder mirror = new StringBuilder();

    public ArticleEditor() {
        // Subscribed before anyone else, so the shown-to-stored mapping is current when they read.
        area.plainTextChanges().subscribe(change -> {
            roomFor(mirror.length() - (change.getRemovalEnd() - change.getPosition()) + change.getInserted().length());
            mirror.replace(change.getPosition(), change.getRemovalEnd(), change.getInserted());
            if (!loading) {
                display.edited(change.getPosition(), change.getRemovalEnd() - change.getPosition(),
                        change.getInsertionEnd() - change.getPosition());
            }
        });
        rightToLeft = new RightToLeftParagraphs(area);
        area.setId("articleEditor");
        area.setAccessibleText("Article text");
        area.setAccessibleHelp("Select words and press Ctrl+M to mark a claim; F6 moves to the claim list");
        area.getStyleClass().add("article-editor");
        area.setWrapText(true);
        area.setEditable(true);
        getStyleClass().add("article-editor-frame");
        unavailable.setId("editorUnavailable");
        unavailable.getStyleClass().add("editor-unavailable");
        unavailable.setWrapText(true);
        unavailable.setMaxWidth(520);
        unavailable.setVisible(false);
        getChildren().addAll(new VirtualizedScrollPane<>(area), unavailable);
    }

    /** Makes the mirror hold {@code length} characters with a small margin (1/32 more), copying it if it must grow. */
    private void roomFor(int length) {
        if (length > mirror.capacity()) {
            mirror = new StringBuilder(length + length / 32 + 64).append(mirror);
        }
    }

    /**
     * No article can be shown (the workspace was refused): the editor is emptied and takes no
     * typing, and says why and what to do, so nothing is typed that would not be kept.
     */
    public void showUnavailable(String message) {
        loading = true;
        try {
            area.clear();
        } finally {
            loading = false;
        }
        display = DisplayText.of("");
        area.setEditable(false);
        area.setDisable(true);
        unavailable.setText(message);
        unavailable.setVisible(true);
    }

    /**
     * Replaces the whole text, leaving no undo step behind: opening an article is not an edit. Very
     * long paragraphs and reordering controls are shown otherwise, offsets unchanged (ADR 0133).
     */
    public void showText(String text) {
        DisplayText shown = DisplayText.of(text);
        loading = true;
        try {
            area.replaceText(shown.shown(text));
        } finally {
            loading = false;
        }
        display = shown;
        unavailable.setVisible(false);
        area.setDisable(false);
        area.setEditable(true);
        rightToLeft.updateAll();
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** The text as stored: what is saved, whatever the editor shows in its place. */
    @Override
    public String text() {
        return display.stored(mirror.toString());
    }

    /**
     * The text to be read on another thread (ADR 0116): RichTextFX's document is immutable, so the
     * paragraphs as they are now are kept, and their text is joined when (and where) it is read. A
     * text shown with stand-ins ({@link DisplayText}: broken long lines, bidi controls) is copied now:
     * the mapping back to the stored text changes with each edit.
     */
    @Override
    public org.checkbench.ui.article.TextSnapshot textSnapshot() {
        if (!display.storesAsShown()) {
            return TextSurface.super.textSnapshot();
        }
        java.util.List<? extends org.fxmisc.richtext.model.Paragraph<?, ?, ?>> paragraphs =
                area.getContent().snapshot().getParagraphs();
        return new org.checkbench.ui.article.JoinedText(paragraphs.size(), i -> paragraphs.get(i).getText());
    }

    /** The stored form of the characters {@code [start, end)}. */
    @Override
    public String text(int start, int end) {
        return display.storedPiece(area.getText(start, end), start);
    }

    /** An edit the program makes (a correction applied, recovered typing replayed): undoable like typing. */
    @Override
    public void replace(int start, int end, String replacement) {
        area.replaceText(start, end, replacement);
    }

    /** The characters on screen, {start, end}: detection scores them first (the first 3,000 before layout). */
    @Override
    public int[] visibleRange() {
        try {
            int first = area.firstVisibleParToAllParIndex();
            int last = area.lastVisibleParToAllParIndex();
            int end = last + 1 < area.getParagraphs().size() ? area.getAbsolutePosition(last + 1, 0) : area.getLength();
            return new int[] {area.getAbsolutePosition(first, 0), end};
        } catch (RuntimeException notLaidOutYet) {
            return new int[] {0, Math.min(area.getLength(), 3000)};
        }
    }

    /** What the checker should know about how the text is shown (long paragraphs, hidden controls), or null. */
    public String displayNotice() {
        return display.notice();
    }

    public StyleClassedTextArea area() {
        return area;
    }
}
