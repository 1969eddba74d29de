package org.checkbench.ui.export;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.checkbench.model.Verdict;
import org.checkbench.model.VerdictScale;
import org.checkbench.model.VerdictScales;
import org.checkbench.service.ReportRequest;
import org.checkbench.service.SourcePolicy;
import org.checkbench.ui.article.ClaimStyles;
import org.checkbench.ui.fx.DialogService;

/**
 * File > Export check report…, first step: what goes into the report. Shown without blocking (the
 * choice arrives through a callback), so the FX thread never sits in a nested event loop and a
 * test can work the dialog like a person does.
 */
final class ExportOptionsDialog {

    static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<ReportRequest> dialog = new Dialog<>();
    private final CheckBox includeArticleText = new CheckBox("Include the article text with the claims highlighted");
    private final CheckBox embedFiles = new CheckBox("Put the sources' attached files into the PDF (PDF/A-3)");
    private final TextField checkerName = new TextField();
    private final Map<Verdict, CheckBox> statusBoxes = new LinkedHashMap<>();
    private final SourcePolicy policy;

    /** @param policy the source rules the report's flags follow (from the preferences) */
    ExportOptionsDialog(Window owner, String articleTitle, VerdictScale scale, String checker, SourcePolicy policy) {
        this.policy = policy;
        dialog.initOwner(owner);
        dialog.setTitle("Export check report");
        dialog.setHeaderText("Export the check report of “" + articleTitle + "” as a PDF");
        dialog.getDialogPane().setId("exportDialog");
        dialog.getDialogPane().getStylesheets().addAll(
                ExportOptionsDialog.class.getResource("/org/checkbench/ui/checkbench.css").toExternalForm(),
                ClaimStyles.stylesheetUrl(VerdictScales.ALL));

        includeArticleText.setId("includeArticleText");
        includeArticleText.setSelected(true);
        embedFiles.setId("embedFiles");
        checkerName.setId("checkerNameField");
        checkerName.setText(checker);
        checkerName.setPrefColumnCount(24);

        FlowPane statuses = new FlowPane(14, 6);
        statuses.setId("exportStatuses");
        statuses.setPrefWrapLength(420);
        for (Verdict verdict : scale.values()) {
            CheckBox box = new CheckBox(verdict.label());
            box.setId("exportStatus-" + verdict.id());
            box.setSelected(true);
            Label swatch = new Label(" ");
            swatch.getStyleClass().setAll("legend-swatch", ClaimStyles.statusClass(verdict.id()));
            box.setGraphic(swatch);
            statusBoxes.put(verdict, box);
            statuses.getChildren().add(box);
        }

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.setPadding(new Insets(10, 14, 4, 14));
        Label statusLabel = new Label("Claims with status");
        Label checkerLabel = new Label("Report by (your name)");
        checkerLabel.setLabelFor(checkerName);
        // Beside the first row of statuses, not the middle of a block that wraps to several rows.
        GridPane.setValignment(statusLabel, VPos.TOP);
        form.add(statusLabel, 0, 0);
        form.add(statuses, 1, 0);
        form.add(checkerLabel, 0, 1);
        form.add(checkerName, 1, 1);
        form.add(includeArticleText, 1, 2);
        form.add(embedFiles, 1, 3);
        dialog.getDialogPane().setContent(form);

        dialog.getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);
        // A report of no claims at all is never what the checker meant.
        BooleanBinding noStatus = Bindings.createBooleanBinding(
                () -> statusBoxes.values().stream().noneMatch(CheckBox::isSelected),
                statusBoxes.values().stream().map(CheckBox::selectedProperty).toArray(Observable[]::new));
        dialog.getDialogPane().lookupButton(EXPORT).disableProperty().bind(noStatus);
        dialog.getDialogPane().lookupButton(EXPORT).setId("exportButton");
        dialog.setResultConverter(button -> button == EXPORT ? options() : null);
    }

    /** Shows the dialog; {@code onChosen} runs on the FX thread when the checker clicks Export. */
    void show(DialogService dialogs, Consumer<ReportRequest> onChosen) {
        dialogs.showCustomDialog(dialog, onChosen);
        checkerName.requestFocus();
    }

    private ReportRequest options() {
        // The renderer filters by label; every status ticked means no filter, so the cover does not
        // announce a selection the checker never made.
        Set<String> labels = statusBoxes.entrySet().stream().filter(entry -> entry.getValue().isSelected())
                .map(entry -> entry.getKey().label()).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> statuses = labels.size() == statusBoxes.size() ? Set.of() : labels;
        return new ReportRequest(includeArticleText.isSelected(), statuses, checkerName.getText().strip(),
                embedFiles.isSelected(), policy);
    }
}
