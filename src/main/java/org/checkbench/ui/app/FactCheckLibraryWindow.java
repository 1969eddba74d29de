package org.checkbench.ui.app;

import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.checkbench.io.claimreview.FactCheckFile;
import org.checkbench.model.DocumentKey;
import org.checkbench.model.FactCheck;
import org.checkbench.service.FactCheckImportReport;
import org.checkbench.service.MatchFound;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.claims.CheckedBeforeSection;
import org.checkbench.ui.fx.Problems;

/**
 * View > Fact-checks and earlier checks: the imported fact-check collections, and one search box
 * over everything ever checked (claims of every article and fact-checks) that finds by meaning and
 * by words, the two rankings fused. File > Import fact-checks… fills it.
 */
final class FactCheckLibraryWindow {

    private static final List<String> FACT_CHECK_FILES = List.of("*.json", "*.jsonld", "*.csv");

    private final MainWindow window;
    private final Stage stage = new Stage();
    private final TextField search = new TextField();
    private final ListView<MatchFound> results = new ListView<>();
    private final Label summary = new Label();

    private FactCheckLibraryWindow(MainWindow window) {
        this.window = window;
        stage.initOwner(window.stage());
        stage.setTitle("Fact-checks and earlier checks");
        search.setId("factCheckSearch");
        search.setPromptText("Search everything checked, by meaning and by words");
        search.setOnAction(e -> refresh());
        results.setId("factCheckList");
        results.setCellFactory(list -> new CheckedBeforeSection.MatchCell(true));
        results.setPlaceholder(new Label("Nothing yet: File > Import fact-checks… adds published checks."));
        summary.setId("factCheckSummary");
        Button find = new Button("Search");
        find.setOnAction(e -> refresh());
        Button importFile = new Button("Import…");
        importFile.setOnAction(e -> importFactChecks(window));
        HBox top = new HBox(6, search, find, importFile);
        HBox.setHgrow(search, Priority.ALWAYS);
        BorderPane root = new BorderPane(results, top, null, summary, null);
        BorderPane.setMargin(results, new Insets(6, 0, 6, 0));
        root.setPadding(new Insets(8));
        Scene scene = new Scene(root, 760, 520);
        scene.getStylesheets().addAll(window.stage().getScene().getStylesheets());
        stage.setScene(scene);
        org.checkbench.ui.fx.OwnedWindows.closeOnEscape(stage);
        org.checkbench.ui.fx.OwnedWindows.fitOnceShown(stage, root);
    }

    static void show(MainWindow window) {
        if (window.open() == null) {
            return;
        }
        FactCheckLibraryWindow library = new FactCheckLibraryWindow(window);
        library.stage.show();
        library.refresh();
    }

    Window stage() {
        return stage;
    }

    private void refresh() {
        WorkspaceSession session = window.open().session();
        String query = search.getText();
        window.matching().query(() -> query.isBlank() ? newest(session) : session.matching().search(query, 50), found -> {
            results.getItems().setAll(found);
            long count = found.size();
            summary.setText(query.isBlank() ? count + " most recent fact-checks" : count + " found for “" + query + "”");
        });
    }

    private static List<MatchFound> newest(WorkspaceSession session) {
        return session.factChecks().list(0, 200).stream().map(FactCheckLibraryWindow::asFound).toList();
    }

    private static MatchFound asFound(FactCheck f) {
        return new MatchFound(DocumentKey.factCheck(f.id()), f.claim(), f.rating(), f.reviewDate(),
                f.publisher() != null ? f.publisher() : f.collection(), 0, f.url(), 1f);
    }

    /** File > Import fact-checks…: ClaimReview JSON-LD or CSV, in the background, then embedded. */
    static void importFactChecks(MainWindow window) {
        if (window.open() == null) {
            return;
        }
        WorkspaceSession session = window.open().session();
        window.dialogs().chooseFileToOpen("Import fact-checks (ClaimReview JSON-LD or CSV)", "Fact-checks", FACT_CHECK_FILES)
                .ifPresent(file -> {
                    window.statusBar().setText("Importing fact-checks from " + file.getFileName() + "…");
                    window.tasks().run("Import fact-checks", () -> session.factChecks().importFile(file, null),
                            report -> imported(window, file, report),
                            failure -> Problems.show(window.dialogs(), "Import fact-checks", failure));
                });
    }

    private static void imported(MainWindow window, Path file, FactCheckImportReport report) {
        window.statusBar().setText(file.getFileName() + ": " + report.summary());
        window.matching().changed();
        if (!report.skipped().isEmpty()) {
            StringBuilder text = new StringBuilder(report.summary() + ". These entries were skipped:\n");
            for (FactCheckFile.Problem problem : report.skipped().subList(0, Math.min(30, report.skipped().size()))) {
                text.append("\n• ").append(problem);
            }
            if (report.skipped().size() > 30) {
                text.append("\n… and ").append(report.skipped().size() - 30).append(" more.");
            }
            window.dialogs().showInformation("Fact-checks imported from " + file.getFileName(), text.toString());
        }
    }
}
