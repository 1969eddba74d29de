package org.checkbench.ui.app;

import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.checkbench.ui.fx.DialogService;

/** Edit > Preferences…: the checker's name, how eager suggestions are, the source policy. */
final class PreferencesDialog {

    private PreferencesDialog() {
    }

    /**
     * @param detectionDefault the threshold detection uses when the checker has not chosen one
     * @return true when the threshold changed (suggestions should be found again)
     */
    static boolean show(DialogService dialogs, AppPreferences preferences, double detectionDefault) {
        TextField checker = new TextField(preferences.checkerName());
        checker.setId("checkerNameField");
        checker.setPrefColumnCount(24);
        boolean usesDefault = preferences.suggestionThreshold() < 0;
        double current = usesDefault ? detectionDefault : preferences.suggestionThreshold();
        CheckBox useDefault = new CheckBox(String.format(Locale.ROOT, "Use Checkbench's default (%.2f)", detectionDefault));
        useDefault.setSelected(usesDefault);
        Slider threshold = new Slider(0.05, 0.95, current);
        threshold.setId("thresholdSlider");
        threshold.setShowTickMarks(true);
        threshold.setMajorTickUnit(0.1);
        threshold.disableProperty().bind(useDefault.selectedProperty());
        Label value = new Label();
        value.textProperty().bind(threshold.valueProperty().asString(Locale.ROOT, "%.2f"));
        Label explain = new Label("Lower suggests more sentences; higher only the most check-worthy.");
        javafx.scene.control.Spinner<Integer> sources = new javafx.scene.control.Spinner<>(1, 5,
                preferences.sourcePolicy().independentSources());
        sources.setId("sourcesRequiredSpinner");
        sources.setPrefWidth(80);
        Label sourcesExplain = new Label("A confirmed claim with fewer independent sources (different outlets) is"
                + " flagged in the claim panel and the report.");
        sourcesExplain.setWrapText(true);
        explain.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Your name (verdicts, history and reports)"), checker);
        grid.addRow(1, new Label("Suggest sentences scoring at least"), threshold, value);
        grid.add(useDefault, 1, 2, 2, 1);
        grid.add(explain, 1, 3, 2, 1);
        grid.addRow(4, new Label("Independent sources a confirmed claim needs"), sources);
        grid.add(sourcesExplain, 1, 5, 2, 1);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Preferences");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialogs.showCustomDialogAndWait(dialog).filter(ButtonType.OK::equals).isEmpty()) {
            return false;
        }
        preferences.setCheckerName(checker.getText());
        preferences.setIndependentSourcesRequired(sources.getValue());
        double before = preferences.suggestionThreshold();
        if (useDefault.isSelected()) {
            preferences.useDefaultThreshold();
        } else {
            preferences.setSuggestionThreshold(threshold.getValue());
        }
        return before != preferences.suggestionThreshold();
    }
}
