package org.checkbench.ui.revisions;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.checkbench.model.RevisionInfo;
import org.checkbench.service.RevisionComparison.TouchedClaim;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.article.ClaimDescriptions;
import org.checkbench.ui.fx.BackgroundTask;
import org.checkbench.ui.fx.LatestOnly;
import org.checkbench.ui.fx.Problems;
import org.checkbench.ui.fx.TaskExecutor;
import org.checkbench.ui.fx.DialogService;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Two revisions of the article compared word by word, as tracked changes: inserted words
 * underlined, deleted ones struck through, changes that touch a claim tinted with the claim's
 * number before them. F8 and Shift+F8 (or the buttons) step through the changes. The diff and its
 * styles are computed on the worker; the FX thread only puts the finished text and styles in.
 */
public final class CompareWindow {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Stage stage = new Stage();
    private final WorkspaceSession session;
    private final long articleId;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ComboBox<RevisionInfo> from = new ComboBox<>();
    private final ComboBox<RevisionInfo> to = new ComboBox<>();
    private final StyleClassedTextArea view = new StyleClassedTextArea();
    private final Label position = new Label();
    private final Label summary = new Label();
    private final Label currentChange = new Label();
    private final Button previous = new Button("◀ Previous change");
    private final Button next = new Button("Next change ▶");
    private DiffDocument shown;
    private int stop = -1;
    private boolean filling;
    private final LatestOnly latest = new LatestOnly();
    /** When the last comparison was asked for, to say how long it took ({@link #lastOpenMillis}). */
    private long askedAt;
    private double lastOpenMillis = -1;

    public CompareWindow(Window owner, WorkspaceSession session, long articleId, String title, TaskExecutor tasks,
            DialogService dialogs) {
        this.session = session;
        this.articleId = articleId;
        this.tasks = tasks;
        this.dialogs = dialogs;
        view.setId("compareView");
        view.setEditable(false);
        view.setWrapText(true);
        view.getStyleClass().add("diff-view");
        from.setId("compareFrom");
        to.setId("compareTo");
        for (ComboBox<RevisionInfo> box : List.of(from, to)) {
            box.setConverter(new RevisionNames());
            box.valueProperty().addListener((obs, old, now) -> {
                if (!filling) {
                    compare();
                }
            });
        }
        previous.setId("previousChange");
        next.setId("nextChange");
        previous.setTooltip(new Tooltip("Previous change (Shift+F8)"));
        next.setTooltip(new Tooltip("Next change (F8)"));
        previous.setOnAction(e -> step(-1));
        next.setOnAction(e -> step(1));
        position.setId("changePosition");
        summary.setId("compareSummary");
        summary.getStyleClass().add("revision-summary");
        summary.setWrapText(true);

        Label compareLabel = new Label("Compare revision");
        Label withLabel = new Label("with");
        for (Label label : List.of(compareLabel, withLabel, position)) {
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        for (Button button : List.of(previous, next)) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        from.setPrefWidth(330);
        to.setPrefWidth(330);
        HBox pickers = new HBox(8, compareLabel, from, withLabel, to);
        pickers.setAlignment(Pos.CENTER_LEFT);
        HBox stepping = new HBox(8, previous, next, position);
        stepping.setAlignment(Pos.CENTER_LEFT);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        currentChange.setId("currentChange");
        currentChange.setWrapText(true);
        currentChange.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox top = new VBox(6, pickers, summary, stepping, currentChange, legend());
        top.setPadding(new Insets(8, 10, 8, 10));
        BorderPane root = new BorderPane(new VirtualizedScrollPane<>(view));
        root.setTop(top);
        Scene scene = new Scene(root, 980, 700);
        scene.getStylesheets().add(CompareWindow.class.getResource("/org/checkbench/ui/checkbench.css").toExternalForm());
        scene.getStylesheets().add(RevisionStyles.STYLESHEET);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F8), () -> step(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN), () -> step(-1));
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle("Compare revisions — " + title);
        stage.setMinWidth(640);
        stage.setMinHeight(400);
    }

    /** Shows the window comparing revision {@code fromNumber} with {@code toNumber}. */
    public void show(List<RevisionInfo> revisions, int fromNumber, int toNumber) {
        filling = true;
        try {
            from.getItems().setAll(revisions);
            to.getItems().setAll(revisions);
            from.setValue(byNumber(revisions, fromNumber));
            to.setValue(byNumber(revisions, toNumber));
        } finally {
            filling = false;
        }
        stage.show();
        stage.toFront();
        compare();
    }

    public Stage stage() {
        return stage;
    }

    /** Milliseconds from asking for the last comparison to its text and styles being in the view; -1 before. */
    public double lastOpenMillis() {
        return lastOpenMillis;
    }

    public StyleClassedTextArea view() {
        return view;
    }

    private void compare() {
        RevisionInfo older = from.getValue();
        RevisionInfo newer = to.getValue();
        if (older == null || newer == null) {
            return;
        }
        summary.setText("Comparing revision " + older.number() + " with " + newer.number() + "…");
        askedAt = System.nanoTime();
        // The diff and the style spans are built on the worker; a newer choice of revisions wins.
        tasks.execute(BackgroundTask.of("Compare the revisions", () -> {
            var comparison = session.drafts().compare(articleId, older.number(), newer.number());
            return new Compared(comparison.diff().wordsAdded(), comparison.diff().wordsRemoved(),
                    DiffDocument.of(comparison));
        }).onSuccess(this::display).onFailure(failure -> Problems.show(dialogs, "Compare the revisions", failure))
                .onlyLatestOf(latest));
    }

    private record Compared(int added, int removed, DiffDocument document) {
    }

    private void display(Compared compared) {
        shown = compared.document();
        view.replace(0, view.getLength(), shown.document());
        view.moveTo(0);
        view.requestFollowCaret();
        lastOpenMillis = (System.nanoTime() - askedAt) / 1e6;
        stop = -1;
        int changes = shown.stops().size();
        summary.setText("Revision " + from.getValue().number() + " → " + to.getValue().number() + ": "
                + compared.added() + words(compared.added()) + " added, " + compared.removed() + words(compared.removed())
                + " removed, " + changes + (changes == 1 ? " change" : " changes")
                + (changes == 0 ? "." : ". F8 goes to the next change, Shift+F8 back."));
        position.setText(changes == 0 ? "No changes" : "");
        currentChange.setText("");
        previous.setDisable(changes == 0);
        next.setDisable(changes == 0);
    }

    private static String words(int count) {
        return count == 1 ? " word" : " words";
    }

    /** Next (+1) or previous (-1) change: selected in the view and scrolled to. */
    public void step(int direction) {
        if (shown == null || shown.stops().isEmpty()) {
            return;
        }
        int count = shown.stops().size();
        stop = stop < 0 ? (direction > 0 ? 0 : count - 1) : Math.floorMod(stop + direction, count);
        DiffDocument.Stop current = shown.stops().get(stop);
        view.selectRange(current.start(), current.end());
        view.requestFollowCaret();
        position.setText("Change " + (stop + 1) + " of " + count);
        currentChange.setText(current.claims().isEmpty() ? "This change touches no claim."
                : "This change touches " + current.claims().stream()
                        .map(c -> "claim " + c.number() + " “" + ClaimDescriptions.shorten(c.quote(), 60) + "”")
                        .collect(Collectors.joining(", ")) + ".");
    }

    /** Whether the pickers show revision {@code fromNumber} compared with {@code toNumber}. */
    boolean comparing(int fromNumber, int toNumber) {
        return from.getValue() != null && to.getValue() != null && from.getValue().number() == fromNumber
                && to.getValue().number() == toNumber;
    }

    String summaryText() {
        return summary.getText();
    }

    /** Which change is selected (0-based), -1 before the first step. */
    int currentStop() {
        return stop;
    }

    public int stopCount() {
        return shown == null ? 0 : shown.stops().size();
    }

    List<TouchedClaim> claimsOfCurrentStop() {
        return stop < 0 ? List.of() : shown.stops().get(stop).claims();
    }

    private static HBox legend() {
        TextFlow samples = new TextFlow(WordingView.text("inserted", "wording-inserted"), WordingView.text("   ", "wording-kept"),
                WordingView.text("deleted", "wording-deleted"), WordingView.text("   ", "wording-kept"),
                WordingView.text("moved here or away", "wording-moved"));
        samples.getStyleClass().add("wording");
        Label claim = new Label("[3] touches claim 3");
        claim.getStyleClass().add("legend-claim");
        HBox legend = new HBox(14, samples, claim);
        legend.getStyleClass().add("diff-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(samples, Priority.NEVER);
        return legend;
    }

    private static RevisionInfo byNumber(List<RevisionInfo> revisions, int number) {
        return revisions.stream().filter(r -> r.number() == number).findFirst().orElse(revisions.get(0));
    }

    /** "2 · 1 Jun 2026 10:00 · writer's second draft". */
    static final class RevisionNames extends StringConverter<RevisionInfo> {
        @Override
        public String toString(RevisionInfo revision) {
            if (revision == null) {
                return "";
            }
            String note = revision.note() == null || revision.note().isBlank() ? ""
                    : " · " + ClaimDescriptions.shorten(revision.note(), 40);
            return revision.number() + " · " + WHEN.format(revision.created()) + note;
        }

        @Override
        public RevisionInfo fromString(String text) {
            return null;
        }
    }
}
