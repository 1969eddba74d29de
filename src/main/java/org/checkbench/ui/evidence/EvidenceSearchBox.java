package org.checkbench.ui.evidence;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;

import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceHit;
import org.checkbench.model.SearchMarks;
import org.checkbench.service.EvidenceService;
import org.checkbench.ui.article.ClaimDescriptions;
import org.checkbench.ui.fx.BackgroundTask;
import org.checkbench.ui.fx.LatestOnly;
import org.checkbench.ui.fx.SearchFields;
import org.checkbench.ui.fx.TaskExecutor;
import org.controlsfx.control.textfield.CustomTextField;

/**
 * "Have we used this before?": a search over the whole library, every article's sources. Results
 * come as the checker types, once typing pauses; Enter or a double-click links the chosen one.
 */
final class EvidenceSearchBox extends VBox {

    static final Duration PAUSE = Duration.millis(250);
    static final int LIMIT = 30;

    private final CustomTextField field = new CustomTextField();
    private final ListView<EvidenceHit> results = new ListView<>();
    private final Label placeholder = new Label();
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private final TaskExecutor tasks;
    private final Supplier<EvidenceService> service;
    private final Consumer<Evidence> onChosen;
    private final Consumer<Throwable> onFailure;
    // Bumped by every keystroke: an answer to an older query is dropped when it arrives.
    /** Searches asked for: typing on makes earlier answers out of date. */
    private final LatestOnly searches = new LatestOnly();

    EvidenceSearchBox(TaskExecutor tasks, Supplier<EvidenceService> service, Consumer<Evidence> onChosen,
            Consumer<Throwable> onFailure) {
        super(4);
        this.tasks = tasks;
        this.service = service;
        this.onChosen = onChosen;
        this.onFailure = onFailure;
        field.setId("linkEvidenceSearch");
        field.setPromptText("Link a source from the library: type to search");
        SearchFields.addClearButton(field);
        results.setId("linkEvidenceResults");
        results.getStyleClass().add("evidence-results");
        results.setPrefHeight(170);
        results.setMinHeight(150);
        results.setCellFactory(list -> new HitCell());
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        results.setPlaceholder(placeholder);
        showResults(false);
        getChildren().addAll(field, results);

        pause.setOnFinished(e -> search());
        field.textProperty().addListener((obs, old, now) -> {
            searches.outdate();
            if (now == null || now.isBlank()) {
                pause.stop();
                results.getItems().clear();
                showResults(false);
            } else {
                pause.playFromStart();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                chooseSelectedOrFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                e.consume();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                chooseSelectedOrFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                field.requestFocus();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                chooseSelectedOrFirst();
            }
        });
    }

    CustomTextField field() {
        return field;
    }

    ListView<EvidenceHit> results() {
        return results;
    }

    private void search() {
        String query = field.getText().strip();
        searches.outdate();
        EvidenceService evidence = service.get();
        if (evidence == null || query.isEmpty()) {
            return;
        }
        tasks.execute(BackgroundTask.of("Search the evidence library", () -> evidence.search(query, LIMIT))
                .onlyLatestOf(searches) // the checker typed on: a newer search is on its way
                .onFailure(onFailure)
                .onSuccess(hits -> {
                    placeholder.setText("Nothing in the library matches “" + query + "”. Add it as a new source above.");
                    results.getItems().setAll(hits);
                    showResults(true);
                    // In a short panel the results may open below the fold: bring them into view.
                    javafx.application.Platform.runLater(() -> EvidenceSearchBox.reveal(this));
                    if (!hits.isEmpty()) {
                        results.getSelectionModel().selectFirst();
                        results.scrollTo(0);
                    }
                }));
    }

    private void chooseSelectedOrFirst() {
        EvidenceHit hit = results.getSelectionModel().getSelectedItem();
        if (hit == null && !results.getItems().isEmpty()) {
            hit = results.getItems().get(0);
        }
        if (hit != null) {
            onChosen.accept(hit.evidence());
            field.clear();
            field.requestFocus();
        }
    }

    /** Scrolls the nearest enclosing scroll pane so that {@code node}'s bottom edge is visible. */
    static void reveal(javafx.scene.Node node) {
        javafx.scene.Parent parent = node.getParent();
        while (parent != null && !(parent instanceof javafx.scene.control.ScrollPane)) {
            parent = parent.getParent();
        }
        if (!(parent instanceof javafx.scene.control.ScrollPane scroll) || scroll.getContent() == null
                || node.getScene() == null) {
            return;
        }
        javafx.scene.Node content = scroll.getContent();
        javafx.geometry.Bounds inContent = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double viewport = scroll.getViewportBounds().getHeight();
        double room = content.getLayoutBounds().getHeight() - viewport;
        if (room <= 0) {
            return;
        }
        double top = scroll.getVvalue() * room;
        if (inContent.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (inContent.getMaxY() - viewport) / room));
        }
    }

    private void showResults(boolean show) {
        results.setVisible(show);
        results.setManaged(show);
    }

    /** Title in bold, outlet, and the snippet with the matched words in bold. */
    private static final class HitCell extends ListCell<EvidenceHit> {
        @Override
        protected void updateItem(EvidenceHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Text title = new Text(ClaimDescriptions.shorten(hit.evidence().title(), 120));
            title.getStyleClass().addAll("hit-title");
            TextFlow flow = new TextFlow(title);
            String outlet = hit.evidence().outlet();
            if (outlet != null && !outlet.isBlank()) {
                Text source = new Text("  " + outlet);
                source.getStyleClass().add("hit-outlet");
                flow.getChildren().add(source);
            }
            flow.getChildren().add(new Text("\n"));
            flow.getChildren().addAll(snippet(hit.snippet()));
            flow.prefWidthProperty().bind(widthProperty().subtract(24));
            flow.setMaxWidth(USE_PREF_SIZE);
            setGraphic(flow);
        }

        static List<Text> snippet(String marked) {
            List<Text> parts = new java.util.ArrayList<>();
            String rest = marked == null ? "" : marked;
            while (!rest.isEmpty()) {
                int start = rest.indexOf(SearchMarks.START);
                int end = start < 0 ? -1 : rest.indexOf(SearchMarks.END, start);
                if (start < 0 || end < 0) {
                    parts.add(plain(rest));
                    break;
                }
                if (start > 0) {
                    parts.add(plain(rest.substring(0, start)));
                }
                Text match = new Text(rest.substring(start + SearchMarks.START.length(), end));
                match.getStyleClass().add("hit-match");
                parts.add(match);
                rest = rest.substring(end + SearchMarks.END.length());
            }
            return parts;
        }

        private static Text plain(String text) {
            Text part = new Text(text);
            part.getStyleClass().add("hit-snippet");
            return part;
        }
    }
}
