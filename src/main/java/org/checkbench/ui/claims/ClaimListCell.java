package org.checkbench.ui.claims;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.checkbench.model.Claim;
import org.checkbench.model.Verdict;
import org.checkbench.ui.article.CheckedBeforeMarks;
import org.checkbench.ui.article.ClaimDescriptions;
import org.checkbench.ui.article.ClaimStyles;
import org.checkbench.ui.article.OpenArticle;

/** One row of the claim list: number, status badge, first words, evidence count, warning marks. */
final class ClaimListCell extends ListCell<Claim> {

    private final ClaimPanel panel;
    private final Label number = new Label();
    private final Label badge = new Label();
    private final Label words = new Label();
    private final Label evidence = new Label();
    private final Label marks = new Label();
    private final HBox row;

    ClaimListCell(ClaimPanel panel) {
        this.panel = panel;
        number.getStyleClass().add("claim-number");
        badge.getStyleClass().add("status-badge");
        words.getStyleClass().add("claim-words");
        words.setWrapText(true);
        evidence.getStyleClass().add("claim-evidence-count");
        marks.getStyleClass().add("claim-marks");
        HBox top = new HBox(6, number, badge, evidence);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setMinWidth(0);
        top.prefWidthProperty().bind(widthProperty().subtract(28));
        // Marks ("orphaned: its text is gone", "words changed in revision 3", "checked before: Mostly false,
        // 12 Oct") get a line of their own under the words, wrapped: never cut off, never widening the list.
        marks.setWrapText(true);
        marks.setMinWidth(0);
        marks.setMaxWidth(Double.MAX_VALUE);
        marks.prefWidthProperty().bind(widthProperty().subtract(28));
        VBox box = new VBox(2, top, words, marks);
        HBox.setHgrow(box, Priority.ALWAYS);
        row = new HBox(box);
        words.setMaxWidth(Double.MAX_VALUE);
        words.prefWidthProperty().bind(widthProperty().subtract(28));
        // A web address or a file dropped on a claim becomes its evidence.
        setOnDragOver(event -> {
            if (getItem() != null && (event.getDragboard().hasUrl() || event.getDragboard().hasFiles())) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
                event.consume();
            }
        });
        setOnDragDropped(event -> {
            if (getItem() != null) {
                event.setDropCompleted(panel.dropOnClaim().test(getItem(), event.getDragboard()));
                event.consume();
            }
        });
    }

    /** Shows the same claim again, as it is now (ClaimRows); a row without one stays as it is. */
    void showAgain() {
        if (!isEmpty() && getItem() != null) {
            show(getItem());
        }
    }

    @Override
    protected void updateItem(Claim item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null || panel.open() == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        show(item);
    }

    private void show(Claim item) {
        OpenArticle open = panel.open();
        if (open == null) {
            return;
        }
        Claim claim = open.claim(item.id()) != null ? open.claim(item.id()) : item;
        Verdict verdict = open.verdictOf(claim);
        number.setText(String.valueOf(open.numberOf(claim)));
        badge.setText(verdict.label());
        String statusClass = ClaimStyles.statusClass(verdict.id());
        // Set only when it differs: a new class list makes the badge's CSS again even when equal.
        if (badge.getStyleClass().size() != 2 || !badge.getStyleClass().get(1).equals(statusClass)) {
            badge.getStyleClass().setAll("status-badge", statusClass);
        }
        words.setText(ClaimDescriptions.firstWords(claim));
        int count = open.evidenceCount(claim.id());
        evidence.setText(count == 0 ? "no sources" : count == 1 ? "1 source" : count + " sources");
        StringBuilder flags = new StringBuilder();
        if (panel.changedInDraft(claim)) {
            flags.append("words changed in revision ").append(open.carry().revision().number());
        }
        if (claim.changedSinceChecked()) {
            flags.append(flags.length() > 0 ? " · " : "").append("changed since checked");
        }
        if (claim.orphaned()) {
            flags.append(flags.length() > 0 ? " · " : "").append("orphaned: its text is gone");
        }
        org.checkbench.service.MatchFound earlier = open.checkedBefore().ofClaim(claim.id());
        if (earlier != null) {
            flags.append(flags.length() > 0 ? " · " : "").append(CheckedBeforeMarks.shortLabel(earlier));
        }
        marks.setText(flags.toString());
        marks.setVisible(flags.length() > 0);
        marks.setManaged(flags.length() > 0);
        setText(null);
        setGraphic(row);
        // The row is a picture of labels: a screen reader gets it as one sentence.
        setAccessibleText("Claim " + number.getText() + ", " + verdict.label() + ", " + evidence.getText()
                + (flags.length() > 0 ? ", " + flags : "") + ": " + words.getText());
    }
}
