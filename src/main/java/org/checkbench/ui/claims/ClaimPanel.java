package org.checkbench.ui.claims;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.checkbench.model.Claim;
import org.checkbench.model.Verdict;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.fx.SearchFields;
import org.controlsfx.control.textfield.CustomTextField;

/** The right-hand panel: the article's claims (filter, search, sort) and the selected claim's detail. */
public final class ClaimPanel extends VBox {

    static final String ALL_STATUSES = "All statuses";
    static final String CHANGED = "Changed since checked";
    static final String ORPHANED = "Orphaned";
    static final String CHANGED_IN_DRAFT = "Words changed in the latest draft";
    static final String TEXT_ORDER = "Text order";
    static final String BY_STATUS = "By status";

    private final Label heading = new Label("Claims");
    private final CustomTextField search = new CustomTextField();
    private final ComboBox<String> statusFilter = new ComboBox<>();
    private final ComboBox<String> sort = new ComboBox<>();
    private final ListView<Claim> claimList = new ListView<>();
    private final ClaimRows rows = new ClaimRows();
    private final Label noClaimsYet = new Label("No claims yet.\nSelect a sentence and press Ctrl+M to mark it.");
    private final ClaimDetailPane detail = new ClaimDetailPane();
    private final Consumer<Claim> onSelected;
    private OpenArticle open;
    private java.util.function.BiPredicate<Claim, javafx.scene.input.Dragboard> dropOnClaim = (claim, board) -> false;
    private FilteredList<Claim> filtered;
    private org.checkbench.ui.revisions.DraftOutcomeBanner outcomes;
    private boolean syncing;

    public ClaimPanel(Consumer<Claim> onSelected) {
        this.onSelected = onSelected;
        getStyleClass().add("claim-panel");
        heading.getStyleClass().add("panel-heading");
        search.setId("claimSearch");
        search.setPromptText("Search claims and notes");
        SearchFields.addClearButton(search);
        statusFilter.setId("statusFilter");
        sort.setId("claimSort");
        sort.getItems().setAll(TEXT_ORDER, BY_STATUS);
        sort.setValue(TEXT_ORDER);
        sort.setMinWidth(120);
        HBox filters = new HBox(6, statusFilter, sort);
        HBox.setHgrow(statusFilter, Priority.ALWAYS);
        statusFilter.setMaxWidth(Double.MAX_VALUE);

        claimList.setId("claimList");
        claimList.getStyleClass().add("claim-list");
        claimList.setAccessibleText("Claims");
        claimList.setAccessibleHelp("Up and Down choose a claim; F6 moves to its detail, Ctrl+Z undoes");
        noClaimsYet.getStyleClass().add("placeholder");
        noClaimsYet.setWrapText(true);
        claimList.setPlaceholder(noClaimsYet);
        claimList.setCellFactory(list -> rows.newRow(this));
        claimList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            // A null here is the list being refilled, not the checker deselecting: keep the selection.
            if (!syncing && open != null && now != null) {
                Claim current = open.claim(now.id());
                if (current != null) {
                    open.selectedProperty().set(current);
                    onSelected.accept(current);
                }
            }
        });

        SplitPane listAndDetail = new SplitPane(claimList, detail);
        listAndDetail.setOrientation(Orientation.VERTICAL);
        listAndDetail.setDividerPositions(0.35);
        VBox.setVgrow(listAndDetail, Priority.ALWAYS);
        getChildren().addAll(heading, search, filters, listAndDetail);

        search.textProperty().addListener((obs, old, now) -> refilter());
        statusFilter.valueProperty().addListener((obs, old, now) -> refilter());
        sort.valueProperty().addListener((obs, old, now) -> resort());
    }

    OpenArticle open() {
        return open;
    }

    /** What a URL or file dropped onto a claim does (it becomes that claim's evidence). */
    public void setDropOnClaim(java.util.function.BiPredicate<Claim, javafx.scene.input.Dragboard> handler) {
        this.dropOnClaim = handler;
    }

    java.util.function.BiPredicate<Claim, javafx.scene.input.Dragboard> dropOnClaim() {
        return dropOnClaim;
    }

    public ClaimDetailPane detail() {
        return detail;
    }

    /** The list of claims, for moving the focus between the window's parts (F6). */
    public ListView<Claim> list() {
        return claimList;
    }

    /**
     * The line above the list that counts what the latest draft did to the claims, with the
     * window's buttons for the previous and next changed claim.
     */
    public void useOutcomeButtons(javafx.scene.control.Button previousChanged, javafx.scene.control.Button nextChanged) {
        org.checkbench.ui.revisions.DraftOutcomeBanner banner = new org.checkbench.ui.revisions.DraftOutcomeBanner(previousChanged, nextChanged);
        outcomes = banner;
        // It joins the panel when a draft first has something to count: hidden, its buttons were still
        // styled and skinned for the window's first frame (ADR 0186).
        banner.visibleProperty().addListener((obs, was, is) -> {
            if (is && banner.getParent() == null) {
                getChildren().add(getChildren().indexOf(heading) + 1, banner);
            }
        });
    }

    /**
     * Next (+1) or previous (-1) claim whose words changed in the latest draft, in list order;
     * a filter that hides it is cleared.
     */
    public void stepChanged(int direction) {
        if (open == null) {
            return;
        }
        java.util.List<Claim> changed = open.claims().stream().filter(this::changedInDraft)
                .sorted(Comparator.comparingInt(open::numberOf)).toList();
        if (changed.isEmpty()) {
            return;
        }
        Claim at = open.selectedProperty().get();
        int number = at == null ? (direction > 0 ? 0 : Integer.MAX_VALUE) : open.numberOf(open.claim(at.id()));
        Claim next = direction > 0
                ? changed.stream().filter(c -> open.numberOf(c) > number).findFirst().orElse(changed.get(0))
                : changed.stream().filter(c -> open.numberOf(c) < number).reduce((a, b) -> b)
                        .orElse(changed.get(changed.size() - 1));
        select(next);
        onSelected.accept(open.claim(next.id()));
    }

    /** Whether the latest draft changed this claim's words (a claim re-rated since still counts). */
    boolean changedInDraft(Claim claim) {
        var outcome = open.carry().of(claim.id());
        return outcome != null && outcome.outcome() == org.checkbench.model.CarriedClaim.Outcome.CHANGED;
    }

    public void show(OpenArticle article) {
        this.open = article;
        fillStatusFilter();
        filtered = new FilteredList<>(article.claims());
        fillAfterTheArticlesFirstFrame(article);
        detail.setOpen(article);
        article.selectedProperty().addListener((obs, old, now) -> selectInList(now));
        article.onClaimsChanged(this::claimsChanged);
        claimsChanged();
    }

    /**
     * The list's rows are made in the frame after the article's first one: laying out their cells for
     * the first time (their CSS, labels and the code run cold) was half or more of the first frame's
     * layout on the 1 MB article with 2,000 claims, and that frame is the one that shows the text and
     * its suggestions (ADR 0175). Until then the list shows nothing rather than its "No claims yet"
     * placeholder, which would say something untrue for a frame.
     */
    private void fillAfterTheArticlesFirstFrame(OpenArticle article) {
        if (getScene() == null) {
            resort();
            return;
        }
        claimList.setPlaceholder(new javafx.scene.layout.Region());
        claimList.setItems(javafx.collections.FXCollections.observableArrayList());
        org.checkbench.ui.fx.AfterLayout.run(getScene(), () -> {
            if (open == article) {
                claimList.setPlaceholder(noClaimsYet);
                resort();
                Claim selected = article.selectedProperty().get();
                if (selected != null) {
                    // Its row only: the detail already shows it (claimsChanged), and showing it again
                    // would ask "checked before?" a second time.
                    selectRow(article.claim(selected.id()));
                }
            }
        });
    }

    /** The article's scale changed (Article details): filters, badges and the detail follow. */
    public void scaleChanged() {
        fillStatusFilter();
        detail.scaleChanged();
        rows.redrawInPlace();
    }

    private void fillStatusFilter() {
        statusFilter.getItems().setAll(ALL_STATUSES);
        open.scale().values().forEach(v -> statusFilter.getItems().add(v.label()));
        statusFilter.getItems().addAll(CHANGED, ORPHANED);
        if (!open.carry().isEmpty()) {
            statusFilter.getItems().add(CHANGED_IN_DRAFT);
        }
        statusFilter.setValue(ALL_STATUSES);
    }

    /** Selects a claim (from a click in the editor or a key), clearing a filter that hides it. */
    public void select(Claim claim) {
        if (open == null) {
            return;
        }
        if (claim != null && !filtered.contains(claim) && filtered.stream().noneMatch(c -> c.id() == claim.id())) {
            search.clear();
            statusFilter.setValue(ALL_STATUSES);
        }
        open.selectedProperty().set(claim == null ? null : open.claim(claim.id()));
    }

    /** Next (+1) or previous (-1) claim in the list as shown. */
    public void step(int direction) {
        if (claimList.getItems().isEmpty()) {
            return;
        }
        int index = claimList.getSelectionModel().getSelectedIndex();
        int next = index < 0 ? (direction > 0 ? 0 : claimList.getItems().size() - 1)
                : Math.floorMod(index + direction, claimList.getItems().size());
        claimList.getSelectionModel().select(next);
        claimList.scrollTo(next);
    }

    private void selectInList(Claim claim) {
        selectRow(claim);
        detail.show(claim == null ? null : open.claim(claim.id()));
    }

    /** Selects {@code claim}'s row (none for null) without telling the article: it is the article's selection. */
    private void selectRow(Claim claim) {
        syncing = true;
        try {
            if (claim == null) {
                claimList.getSelectionModel().clearSelection();
            } else {
                for (int i = 0; i < claimList.getItems().size(); i++) {
                    if (claimList.getItems().get(i).id() == claim.id()) {
                        claimList.getSelectionModel().select(i);
                        claimList.scrollTo(i);
                        break;
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** Redraws the list's rows (their marks changed, not the claims). */
    public void redrawList() {
        rows.redrawInPlace();
    }

    private void claimsChanged() {
        if (outcomes != null) {
            outcomes.show(open.carry());
        }
        long total = open.claims().size();
        heading.setText(total == 0 ? "Claims" : "Claims (" + total + ")");
        rows.redrawInPlace();
        Claim selected = open.selectedProperty().get();
        if (selected != null) {
            Claim current = open.claim(selected.id());
            selectInList(current);
        }
    }

    private void refilter() {
        if (filtered == null) {
            return;
        }
        String words = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        String status = statusFilter.getValue();
        filtered.setPredicate(claim -> matchesStatus(claim, status)
                && (words.isEmpty() || claim.quote().toLowerCase(Locale.ROOT).contains(words)
                        || claim.note().toLowerCase(Locale.ROOT).contains(words)));
    }

    private boolean matchesStatus(Claim claim, String status) {
        if (status == null || ALL_STATUSES.equals(status)) {
            return true;
        }
        if (CHANGED.equals(status)) {
            return claim.changedSinceChecked();
        }
        if (ORPHANED.equals(status)) {
            return claim.orphaned();
        }
        if (CHANGED_IN_DRAFT.equals(status)) {
            return changedInDraft(claim);
        }
        return open.verdictOf(claim).label().equals(status);
    }

    private void resort() {
        if (filtered == null) {
            return;
        }
        SortedList<Claim> sorted = new SortedList<>(filtered);
        if (BY_STATUS.equals(sort.getValue())) {
            java.util.List<Verdict> values = open.scale().values();
            sorted.setComparator(Comparator.comparingInt((Claim c) -> values.indexOf(open.verdictOf(c)))
                    .thenComparingInt(open::numberOf));
        }
        claimList.setItems(sorted);
    }
}
