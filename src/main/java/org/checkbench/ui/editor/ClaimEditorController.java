package org.checkbench.ui.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;

import org.checkbench.model.Claim;
import org.checkbench.ui.article.CheckedBeforeMarks;
import org.checkbench.ui.article.ClaimDescriptions;
import org.checkbench.ui.article.OpenArticle;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * Connects the editor to the open article: edits move claims, claims are drawn as highlights,
 * hovering explains a claim and clicking selects it. Its commands (mark, accept, undo...) and their
 * keys are the window's actions (ui.app.MainActions).
 */
public final class ClaimEditorController {

    private final ArticleEditor editor;
    private final StyleClassedTextArea area;
    private final Popup hoverPopup = new Popup();
    private final Label hoverLabel = new Label();
    private final Consumer<Claim> onClaimClicked;

    private OpenArticle open;
    private boolean loadingText;
    private final ArticleSearch search;
    private long restyledParagraphs;

    public ClaimEditorController(ArticleEditor editor, Consumer<Claim> onClaimClicked) {
        this.editor = editor;
        this.area = editor.area();
        this.onClaimClicked = onClaimClicked;
        // One undo history for text and claims together (UndoHistory); the area's own would undo text alone.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        this.search = new ArticleSearch(area, this::restyleRanges);
        area.plainTextChanges().subscribe(this::textChanged);
        installHover();
        installClick();
        installDropOnClaims();
    }

    private java.util.function.BiPredicate<Claim, javafx.scene.input.Dragboard> dropOnClaim = (claim, board) -> false;

    public void setDropOnClaim(java.util.function.BiPredicate<Claim, javafx.scene.input.Dragboard> handler) {
        this.dropOnClaim = handler;
    }

    /** A web address or file dropped on a claim's words becomes its evidence; text drags stay the editor's. */
    private void installDropOnClaims() {
        area.addEventFilter(javafx.scene.input.DragEvent.DRAG_OVER, event -> {
            if (claimAtPoint(event.getX(), event.getY()).isPresent() && isSource(event.getDragboard())) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
                event.consume();
            }
        });
        area.addEventFilter(javafx.scene.input.DragEvent.DRAG_DROPPED, event -> {
            java.util.Optional<Claim> claim = claimAtPoint(event.getX(), event.getY());
            if (claim.isPresent() && isSource(event.getDragboard())) {
                event.setDropCompleted(dropOnClaim.test(claim.get(), event.getDragboard()));
                event.consume();
            }
        });
    }

    private static boolean isSource(javafx.scene.input.Dragboard board) {
        return board.hasFiles() || board.hasUrl();
    }

    private java.util.Optional<Claim> claimAtPoint(double x, double y) {
        if (open == null) {
            return java.util.Optional.empty();
        }
        var hit = area.hit(x, y);
        return open.claimAt(hit.getInsertionIndex());
    }

    /** Shows an article's text and claims; no undo step, no save. */
    public void show(OpenArticle article, String text) {
        this.open = article;
        loadingText = true;
        try {
            editor.showText(text);
        } finally {
            loadingText = false;
        }
        org.checkbench.service.OpeningTimeline.step("the article's text in the editor");
        // Before the first styling and before anything listens to the suggestions: drawn with it (ADR 0167).
        article.suggestions().showAheadStoredBeforeStyling();
        search.textReplaced();
        article.onHighlightChanged(this::restyleRanges);
        article.selectedProperty().addListener((obs, old, now) -> {
            List<int[]> ranges = new ArrayList<>();
            for (Claim claim : new Claim[] {old, now}) {
                Claim current = claim == null ? null : article.claim(claim.id());
                if (current != null && !current.orphaned()) {
                    ranges.add(new int[] {current.anchor().start(), current.anchor().end()});
                }
            }
            restyleRanges(ranges);
        });
        restyleAll();
        org.checkbench.service.OpeningTimeline.step("the article's text styled");
    }

    OpenArticle open() {
        return open;
    }

    /** What the find bar found; drawn as one layer of the editor's styles. */
    public ArticleSearch search() {
        return search;
    }

    /** Marks the selected text (snapped to whole words) as a claim. */
    public void markSelection() {
        if (open == null) {
            return;
        }
        int[] range = WordSnap.snap(area.getText(), area.getSelection().getStart(), area.getSelection().getEnd());
        if (range[0] == range[1]) {
            return;
        }
        open.mark(range[0], range[1]);
    }

    /**
     * Attach claim here: the selected words (snapped to whole words, as when marking) become the
     * claim's place. Nothing happens without a selection.
     */
    public void attachSelectionTo(Claim claim, Runnable onAttached) {
        if (open == null) {
            return;
        }
        int[] range = WordSnap.snap(area.getText(), area.getSelection().getStart(), area.getSelection().getEnd());
        if (range[0] != range[1]) {
            open.placement().attach(claim, range[0], range[1], onAttached);
        }
    }

    /** Selects [start, end) of the text and scrolls to it (a place an orphan could go to). */
    public void selectRange(int start, int end) {
        int length = area.getLength();
        if (start < 0 || end > length || start >= end) {
            return;
        }
        area.selectRange(start, end);
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Scrolls to a claim and puts the caret at its start. */
    public void reveal(Claim claim) {
        Claim current = open == null ? null : open.claim(claim.id());
        if (current == null || current.orphaned()) {
            return;
        }
        int start = Math.min(current.anchor().start(), area.getLength());
        area.moveTo(start);
        area.requestFollowCaret();
    }

    void restyleAll() {
        if (open == null) {
            return;
        }
        EditorHighlighter.apply(area, marks(0, area.getLength()));
    }

    /**
     * Redraws the paragraphs holding these ranges. Many scattered ranges (a large undo) are cheaper
     * drawn in one pass.
     */
    void restyleRanges(List<int[]> ranges) {
        if (open == null || ranges.isEmpty()) {
            return;
        }
        if (ranges.size() > 200) {
            restyleAll();
            return;
        }
        int length = area.getLength();
        for (int[] range : ranges) {
            int start = Math.max(0, Math.min(range[0], length));
            int end = Math.max(start, Math.min(range[1], length));
            restyleParagraphsAround(start, end);
        }
    }

    private void textChanged(PlainTextChange change) {
        if (open == null || loadingText) {
            return;
        }
        open.textChanged(change.getPosition(), change.getRemoved(), change.getInserted());
        search.textEdited(change.getPosition(), change.getRemoved().length(), change.getInserted().length());
        restyleParagraphsAround(change.getPosition(), change.getInsertionEnd());
    }

    /**
     * Typed letters take the style of their neighbour; only the touched paragraphs are restyled,
     * so a keystroke costs the same in a 1 MB article as in a short one.
     */
    private void restyleParagraphsAround(int from, int to) {
        restyledParagraphs += EditorHighlighter.restyleParagraphsAround(area, from, to, this::marks);
    }

    /** How many paragraphs keystrokes and claim changes restyled, for tests: typing in plain text restyles none. */
    long restyledParagraphs() {
        return restyledParagraphs;
    }

    private List<HighlightPlan.Mark> marks(int windowStart, int windowEnd) {
        List<HighlightPlan.Mark> marks = new ArrayList<>();
        Claim selected = open.selectedProperty().get();
        for (Claim claim : open.liveClaimsIn(windowStart, windowEnd)) {
            marks.add(EditorMarks.claim(claim, open.verdictOf(claim).id(), open.checkedBefore().ofClaim(claim.id()) != null,
                    selected != null && selected.id() == claim.id(), windowStart, windowEnd));
        }
        // Only the suggestions in the window, at their places: reading them all would catch every moved one up (ADR 0115).
        for (org.checkbench.model.Suggestion suggestion : open.suggestions().overlapping(windowStart, windowEnd)) {
            marks.add(EditorMarks.suggestion(suggestion, open.checkedBefore().ofSuggestion(suggestion) != null,
                    windowStart, windowEnd));
        }
        marks.addAll(search.marksIn(windowStart, windowEnd));
        return marks;
    }

    /** Ctrl+Enter: the suggestion under the caret becomes a claim. */
    public void acceptSuggestionAtCaret() {
        if (open != null) {
            open.suggestions().at(area.getCaretPosition()).ifPresent(s -> open.suggestions().accept(s));
        }
    }

    /** Ctrl+Shift+Enter: the suggestion under the caret is hidden for this article, for good. */
    public void dismissSuggestionAtCaret() {
        if (open != null) {
            open.suggestions().at(area.getCaretPosition()).ifPresent(s -> open.suggestions().dismiss(s));
        }
    }

    /**
     * F7: the next suggestion is selected (caret at its start, where Accept and Dismiss act) and
     * scrolled into view, so they can be reviewed one by one from the keyboard.
     *
     * @return the suggestion reached, with its place among all of them, to say which it is
     */
    public java.util.Optional<ArticleSuggestionsPlace> nextSuggestion() {
        if (open == null) {
            return java.util.Optional.empty();
        }
        // With nothing selected the caret stands before the words after it: a suggestion starting right
        // there is the next one (at the article's start, F7 went to the second suggestion).
        int from = area.getSelection().getLength() == 0 ? area.getCaretPosition() - 1 : area.getCaretPosition();
        return open.suggestions().next(from).map(s -> {
            area.selectRange(s.end(), s.start());
            area.requestFollowCaret();
            return new ArticleSuggestionsPlace(s, open.suggestions().placeOf(s), open.suggestions().items().size());
        });
    }

    /** A suggestion and its place in text order: "suggestion 3 of 28". */
    public record ArticleSuggestionsPlace(org.checkbench.model.Suggestion suggestion, int number, int of) {
    }

    public void undo() {
        if (open != null) {
            open.history().undo();
        }
    }

    public void redo() {
        if (open != null) {
            open.history().redo();
        }
    }

    private void installHover() {
        hoverLabel.getStyleClass().add("claim-hover");
        hoverLabel.setWrapText(true);
        hoverLabel.setMaxWidth(360);
        hoverPopup.getContent().add(hoverLabel);
        hoverPopup.setAutoHide(true);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event -> {
            if (open == null) {
                return;
            }
            int index = event.getCharacterIndex();
            java.util.Optional<String> text = open.claimAt(index).map(claim -> ClaimDescriptions.hover(open, claim))
                    .or(() -> open.suggestions().at(index).map(ClaimDescriptions::hover))
                    .map(words -> open.checkedBefore().at(open, index)
                            .map(earlier -> words + "\n" + CheckedBeforeMarks.label(earlier)).orElse(words));
            text.ifPresent(words -> {
                hoverLabel.setText(words);
                Point2D at = event.getScreenPosition();
                hoverPopup.show(area, at.getX() + 12, at.getY() + 16);
            });
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> hoverPopup.hide());
    }

    private void installClick() {
        area.setOnMouseClicked(event -> {
            if (open == null || event.getButton() != MouseButton.PRIMARY || area.getSelection().getLength() > 0) {
                return;
            }
            open.claimAt(area.getCaretPosition()).ifPresent(onClaimClicked);
        });
    }

    /** The right-click menu, made from the window's commands; it acts on the claim under the caret. */
    public void useContextMenu(ContextMenu menu) {
        area.setContextMenu(menu);
    }

    /** Before the right-click menu opens: the claim under the caret becomes the selected one its commands act on. */
    public void selectClaimUnderCaret() {
        claimUnderCaret().ifPresent(onClaimClicked);
    }

    /** The suggestion under the caret, if any: what Accept and Dismiss would act on. */
    public java.util.Optional<org.checkbench.model.Suggestion> suggestionAtCaret() {
        return open == null ? java.util.Optional.empty() : open.suggestions().at(area.getCaretPosition());
    }

    private java.util.Optional<Claim> claimUnderCaret() {
        return open == null ? java.util.Optional.empty() : open.claimAt(area.getCaretPosition());
    }
}
