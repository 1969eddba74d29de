package org.checkbench.ui.editor;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.checkbench.model.Verdict;
import org.checkbench.model.VerdictScale;
import org.checkbench.model.VerdictScales;
import org.checkbench.ui.article.ClaimStyles;
import org.checkbench.ui.article.OpenArticle;

/** View > Status colours: what each highlight colour means, for the open article's scale. */
public final class LegendWindow {

    private LegendWindow() {
    }

    public static void show(Window owner, OpenArticle open) {
        VerdictScale scale = open == null ? VerdictScales.PRE_PUBLICATION : open.scale();
        GridPane grid = new GridPane();
        grid.setId("legend");
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(14));
        int row = 0;
        grid.add(heading(scale.name() + " scale"), 0, row++, 2, 1);
        for (Verdict verdict : scale.values()) {
            Label swatch = new Label("  Sample text  ");
            swatch.getStyleClass().setAll("legend-swatch", ClaimStyles.statusClass(verdict.id()));
            grid.add(swatch, 0, row);
            grid.add(new Label(verdict.label() + (verdict.checked() ? "" : " (not yet checked)")), 1, row++);
        }
        grid.add(heading("Marks"), 0, row++, 2, 1);
        grid.add(sample(ClaimStyles.SUGGESTION_CLASS), 0, row);
        grid.add(new Label("Suggested by Checkbench, not yet accepted"), 1, row++);
        grid.add(sample(ClaimStyles.CHANGED_CLASS), 0, row);
        grid.add(new Label("Changed since it was checked"), 1, row++);
        grid.add(sample(HighlightPlan.OVERLAP_CLASS), 0, row);
        grid.add(new Label("Two or more claims overlap here"), 1, row++);
        grid.add(sample(ClaimStyles.CHECKED_BEFORE_CLASS), 0, row);
        grid.add(new Label("Like a claim checked before (hover to see its verdict)"), 1, row);

        Scene scene = new Scene(grid);
        scene.getStylesheets().add(LegendWindow.class.getResource("/org/checkbench/ui/checkbench.css").toExternalForm());
        scene.getStylesheets().add(ClaimStyles.stylesheetUrl(VerdictScales.ALL));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Status colours");
        stage.setScene(scene);
        org.checkbench.ui.fx.OwnedWindows.closeOnEscape(stage);
        org.checkbench.ui.fx.OwnedWindows.fitOnceShown(stage, grid);
        stage.show();
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }

    private static Label sample(String markClass) {
        Label label = new Label("  Sample text  ");
        label.getStyleClass().addAll("legend-mark", markClass);
        return label;
    }
}
