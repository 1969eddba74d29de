package org.checkbench.ui.evidence;

import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.Stance;
import org.checkbench.ui.article.ClaimDescriptions;
import org.checkbench.ui.fx.DialogService;

/** What one source does for one claim: stance, the checker's note and the place in the source. */
final class EvidenceLinkDialog {

    private EvidenceLinkDialog() {
    }

    static Optional<ClaimEvidence> ask(DialogService dialogs, Window owner, String sourceTitle, ClaimEvidence link) {
        Dialog<ClaimEvidence> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Evidence for this claim");
        dialog.setHeaderText("“" + ClaimDescriptions.shorten(sourceTitle, 80) + "” for this claim");
        dialog.getDialogPane().setId("evidenceLinkForm");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);

        ComboBox<Stance> stance = new ComboBox<>();
        stance.setId("linkStanceChoice");
        stance.getItems().setAll(Stance.values());
        stance.setConverter(new StringConverter<>() {
            @Override
            public String toString(Stance value) {
                return value == null ? "" : EvidenceStyles.stanceText(value);
            }

            @Override
            public Stance fromString(String text) {
                return null;
            }
        });
        stance.setValue(link.stance());
        TextArea note = new TextArea(link.note());
        note.setId("linkNoteField");
        note.setPromptText("Why this source matters for this claim");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        TextField locator = new TextField(link.locator());
        locator.setId("linkLocatorField");
        locator.setPromptText("Quote or place for this claim: page 12, 03:14");
        VBox content = new VBox(4, label("Stance"), stance, label("Note"), note, label("Where in the source"), locator);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(button -> button == save
                ? link.withStance(stance.getValue()).withNote(note.getText().strip()).withLocator(locator.getText().strip())
                : null);
        dialog.setOnShown(e -> note.requestFocus());
        return dialogs.showCustomDialogAndWait(dialog);
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }
}
