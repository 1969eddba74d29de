package org.checkbench.ui.evidence;

import java.io.File;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.checkbench.model.Claim;
import org.checkbench.model.StandInIds;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.Stance;
import org.checkbench.service.EvidenceService;
import org.checkbench.service.WebAddress;
import org.checkbench.ui.article.ClaimDescriptions;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.fx.DesktopActions;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.Problems;
import org.checkbench.ui.fx.TaskExecutor;

/**
 * The selected claim's sources, under the claim's fields. It follows the article's selection; every
 * read and write goes to the worker. Unlinking asks nothing and is one step in the article's undo
 * history, like removing a claim.
 */
public final class EvidencePanel extends VBox {

    /** What a row carries while it is dragged to a new place: the entry's id. */
    static final DataFormat DRAGGED_ENTRY = new DataFormat("application/x-checkbench-evidence-id");

    private static final KeyCombination PASTE = KeyCombination.keyCombination("Shortcut+V");

    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final EvidenceOpener opener;
    private final Label heading = new Label("Evidence");
    private final Label notice = new Label();
    private final ListView<LinkedEvidence> list = new ListView<>();
    private final EvidenceSearchBox search;
    private final ChangeListener<Claim> follow = (obs, old, now) -> claimSelected(now);
    private final EvidenceLinking linking;
    private OpenArticle open;
    private long shownClaimId;

    /** @param library the button for the window's Evidence library command */
    public EvidencePanel(TaskExecutor tasks, DialogService dialogs, Supplier<DesktopActions> desktop, Button library) {
        super(6);
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.opener = new EvidenceOpener(tasks, dialogs, desktop);
        this.linking = new EvidenceLinking(this, tasks, dialogs);
        setId("evidencePanel");
        getStyleClass().add("evidence-panel");
        heading.getStyleClass().add("section-heading");
        Button add = new Button("+ Add");
        org.checkbench.ui.actions.ActionRegistry.tooltipOnFirstHover(add, "Add a new source to this claim");
        add.setId("addEvidence");
        add.setOnAction(e -> addWithForm());
        library.setId("openEvidenceLibrary");
        add.getStyleClass().add("small-button");
        library.getStyleClass().add("small-button");
        for (Region fixed : List.of(heading, add, library)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, heading, spacer, add, library);
        top.setAlignment(Pos.CENTER_LEFT);

        search = new EvidenceSearchBox(tasks, this::service, chosen -> linkExisting(chosen, Stance.CONTEXT, ""),
                failure("Search the evidence library"));
        list.setId("evidenceTable");
        list.setAccessibleText("Sources of the selected claim");
        list.getStyleClass().add("evidence-list");
        list.setCellFactory(view -> new EvidenceCell(this));
        list.setPrefHeight(260);
        list.setMinHeight(200);
        Label empty = new Label("No sources yet. Add one, find one in the library above,"
                + " or paste or drop a web address or a file here.");
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        notice.setId("evidenceNotice");
        notice.getStyleClass().add("evidence-notice");
        notice.setWrapText(true);
        showNotice("");
        getChildren().addAll(top, search, list, notice);
        installPasteAndDrop();
    }

    /** A new article is open: follow its selection from now on. */
    public void show(OpenArticle article) {
        if (open != null) {
            open.selectedProperty().removeListener(follow);
        }
        open = article;
        EvidenceLibraryWindow.closeUnlessFor(article.session());
        shownClaimId = -1;
        article.selectedProperty().addListener(follow);
        claimSelected(article.selectedProperty().get());
    }

    EvidenceOpener opener() {
        return opener;
    }

    OpenArticle open() {
        return open;
    }

    /**
     * Whether the panel shows a claim: 0 and -1 mean none; a stand-in for a claim marked offline
     * (ADR 0155) is far below both and is a claim like any.
     */
    static boolean isClaim(long claimId) {
        return claimId > 0 || StandInIds.isStandIn(claimId);
    }

    long shownClaimId() {
        return shownClaimId;
    }

    ListView<LinkedEvidence> list() {
        return list;
    }

    EvidenceSearchBox searchBox() {
        return search;
    }

    EvidenceService service() {
        return open == null ? null : open.session().evidence();
    }

    Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    Consumer<Throwable> failure(String doing) {
        return failure -> Problems.show(dialogs, doing, failure);
    }

    private void claimSelected(Claim claim) {
        long id = claim == null ? 0 : claim.id();
        if (id == shownClaimId) {
            return; // the same claim with a new status or note: its sources are unchanged
        }
        shownClaimId = id;
        list.getItems().clear();
        showNotice("");
        updateHeading();
        setDisable(id == 0);
        reload();
    }

    /** Reads the shown claim's sources again (after a change made elsewhere, e.g. in the library). */
    public void reload() {
        OpenArticle article = open;
        long claimId = shownClaimId;
        if (article == null || !isClaim(claimId) || StandInIds.isStandIn(claimId)) {
            return; // a claim marked offline has no sources on the server yet; its waiting links show as made
        }
        tasks.run("Load the claim's sources", () -> article.session().evidence().evidenceOf(claimId),
                linked -> showLinks(article, claimId, linked), failure -> {
                    if (Problems.isServerUnreachable(failure)) {
                        if (article == open && claimId == shownClaimId) {
                            showNotice("The team workspace cannot be reached, so this claim's sources cannot be read"
                                    + " now; they show once it is back (linking a source from the library still works).");
                        }
                    } else {
                        failure("Load the claim's sources").accept(failure);
                    }
                });
    }

    /** A claim's sources as stored: the list shows them if it still shows that claim; the count badge follows. */
    void showLinks(OpenArticle article, long claimId, List<LinkedEvidence> linked) {
        if (article.evidenceCount(claimId) != linked.size()) {
            article.evidenceCountChanged(claimId, linked.size());
        }
        if (article != open || claimId != shownClaimId) {
            return;
        }
        list.getItems().setAll(linked);
        updateHeading();
    }

    /**
     * A link kept in the team journal while the server is away (ADR 0153): shown as made, with a
     * notice that it waits; the count badge follows. Read back from the server once it is sent.
     */
    void showWaitingLink(OpenArticle article, long claimId, LinkedEvidence waiting) {
        showWaitingLink(article, claimId, waiting, false);
    }

    /** As above; {@code atItsPlace}: an unlink undone, shown back at the link's old place rather than last. */
    void showWaitingLink(OpenArticle article, long claimId, LinkedEvidence waiting, boolean atItsPlace) {
        boolean shown = article == open && claimId == shownClaimId;
        boolean listed = shown && list.getItems().stream().anyMatch(l -> l.evidence().id() == waiting.link().evidenceId());
        if (!listed) {
            article.evidenceCountChanged(claimId, article.evidenceCount(claimId) + 1);
        }
        if (shown && !listed && waiting.evidence() != null) {
            int size = list.getItems().size();
            int at = atItsPlace ? Math.max(0, Math.min(waiting.link().position(), size)) : size;
            list.getItems().add(at, new LinkedEvidence(waiting.link().withPosition(at), waiting.evidence()));
            updateHeading();
        }
        if (shown) {
            showNotice(WAITING);
        }
    }

    /** An unlink kept in the team journal: the row goes at once, the badge follows. */
    void dropWaitingLink(OpenArticle article, long claimId, long evidenceId) {
        boolean shown = article == open && claimId == shownClaimId;
        if (shown) {
            list.getItems().removeIf(l -> l.evidence().id() == evidenceId);
            updateHeading();
            showNotice(WAITING);
        }
        article.evidenceCountChanged(claimId, Math.max(0, article.evidenceCount(claimId) - 1));
    }

    private static final String WAITING = "The team workspace cannot be reached: this change waits on this computer"
            + " and is sent when it is back (the status bar counts what waits).";

    void select(long evidenceId) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).evidence().id() == evidenceId) {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
                return;
            }
        }
    }

    void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(!text.isEmpty());
        notice.setManaged(!text.isEmpty());
    }

    // --- actions on the claim's list ---------------------------------------------------------------

    void addWithForm() {
        Claim claim = open == null ? null : open.claim(shownClaimId);
        if (claim == null) {
            return;
        }
        EvidenceFormDialog.askNew(dialogs, window(), claim.quote(), LocalDate.now()).ifPresent(result ->
                linking.createAndLink(result.input().toDraft(Instant.now()), result.stance(), result.linkNote()));
    }

    /** Adds a new entry to the library and links it to the shown claim (what the form's OK does). */
    public void addAndLink(Evidence draft, Stance stance, String note) {
        linking.createAndLink(draft, stance, note);
    }

    /** Links a library entry to the shown claim (a search result chosen, or an entry dropped). */
    public void linkExisting(Evidence entry, Stance stance, String note) {
        linking.linkExisting(entry, stance, note);
    }

    /** Takes the source off the claim at once; Ctrl+Z (or Edit > Undo) puts it back where it was. */
    public void unlink(LinkedEvidence item) {
        if (item == null || open == null) {
            return;
        }
        linking.unlink(open, shownClaimId, item);
        list.getItems().removeIf(l -> l.evidence().id() == item.evidence().id());
        updateHeading();
    }

    void setStance(LinkedEvidence item, Stance stance) {
        if (item != null && item.link().stance() != stance) {
            linking.updateLink(item.link().withStance(stance));
        }
    }

    void editLink(LinkedEvidence item) {
        EvidenceLinkDialog.ask(dialogs, window(), item.evidence().title(), item.link()).ifPresent(linking::updateLink);
    }

    void editEntry(LinkedEvidence item) {
        EvidenceFormDialog.askEdit(dialogs, window(), item.evidence()).ifPresent(input -> {
            Evidence changed = input.applyTo(item.evidence());
            OpenArticle article = open;
            long claimId = shownClaimId;
            tasks.run("Save the source", () -> {
                article.session().evidence().update(changed);
                return article.session().evidence().evidenceOf(claimId);
            }, linked -> showLinks(article, claimId, linked), failure("Save the source"));
        });
    }

    /** Moves a row one place (from the menu) or to where it was dropped; the order is stored at once. */
    void move(LinkedEvidence item, int targetIndex) {
        moveEntry(item.evidence().id(), targetIndex);
    }

    void moveEntry(long evidenceId, int targetIndex) {
        List<LinkedEvidence> order = new ArrayList<>(list.getItems());
        List<Long> before = order.stream().map(l -> l.evidence().id()).toList();
        Optional<LinkedEvidence> moving = order.stream().filter(l -> l.evidence().id() == evidenceId).findFirst();
        if (moving.isEmpty() || targetIndex < 0 || targetIndex >= order.size()) {
            return;
        }
        order.remove(moving.get());
        order.add(targetIndex, moving.get());
        list.getItems().setAll(order);
        list.getSelectionModel().select(targetIndex);
        OpenArticle article = open;
        long claimId = shownClaimId;
        List<Long> ids = order.stream().map(l -> l.evidence().id()).toList();
        linking.reorder(article, claimId, before, ids);
    }

    void openAttachment(LinkedEvidence item) {
        opener.openAttachment(service(), item.evidence(), window());
    }

    void chooseFileToAttach(LinkedEvidence item) {
        dialogs.chooseFileToOpen("Attach a file to “" + ClaimDescriptions.shorten(item.evidence().title(), 40) + "”",
                "All files", List.of("*.*")).ifPresent(file -> linking.attach(item.evidence(), List.of(file)));
    }

    public void showLibrary() {
        if (open != null) {
            EvidenceLibraryWindow.show(window(), open.session(), tasks, dialogs, opener, this::libraryChanged);
        }
    }

    /**
     * Someone else changed the shared library (a team workspace): the claim's sources and an open
     * library window read it again, so nobody cites a title or excerpt that was corrected meanwhile.
     */
    public void libraryChangedElsewhere() {
        if (open != null) {
            EvidenceLibraryWindow.reloadIfShowing(open.session());
            reload();
        }
    }

    /** Merges, deletes and edits in the library may touch this claim and the article's counts. */
    private void libraryChanged() {
        OpenArticle article = open;
        if (article == null) {
            return;
        }
        long articleId = article.article().id();
        tasks.run("Count the sources", () -> article.session().evidence().countsForArticle(articleId), counts -> {
            for (Claim claim : List.copyOf(article.claims())) {
                int count = counts.getOrDefault(claim.id(), 0);
                if (article.evidenceCount(claim.id()) != count) {
                    article.evidenceCountChanged(claim.id(), count);
                }
            }
        }, failure("Count the sources"));
        reload();
    }

    // --- paste and drop ----------------------------------------------------------------------------

    private void installPasteAndDrop() {
        setOnDragOver(event -> {
            Clipboard board = event.getDragboard();
            if (isClaim(shownClaimId) && !board.hasContent(DRAGGED_ENTRY)
                    && (board.hasFiles() || board.hasUrl() || board.hasString())) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        setOnDragDropped(event -> {
            if (!event.getDragboard().hasContent(DRAGGED_ENTRY)) {
                event.setDropCompleted(receive(event.getDragboard()));
                event.consume();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getTarget() instanceof TextInputControl) {
                return; // text fields paste and undo their own text
            }
            // Undo and Redo here are the window's commands (its keys work wherever the focus is).
            if (PASTE.match(event)) {
                receive(Clipboard.getSystemClipboard());
                event.consume();
            }
        });
    }

    /** A pasted or dropped web address becomes a source; files are attached. */
    public boolean receive(Clipboard board) {
        if (!isClaim(shownClaimId)) {
            return false;
        }
        if (board.hasFiles() && !board.getFiles().isEmpty()) {
            List<java.nio.file.Path> files = board.getFiles().stream().map(File::toPath).toList();
            LinkedEvidence selected = list.getSelectionModel().getSelectedItem();
            if (selected != null) {
                linking.attach(selected.evidence(), files);
            } else {
                linking.createForFiles(files);
            }
            return true;
        }
        String text = board.hasUrl() ? board.getUrl() : board.hasString() ? board.getString() : null;
        if (WebAddress.looksLikeAddress(text)) {
            addFromAddress(text.strip());
            return true;
        }
        showNotice("Paste or drop a web address (http:// or https://) or a file to add it as a source.");
        return false;
    }

    /** A source from an address alone: its title is the address until the checker edits it. */
    void addFromAddress(String address) {
        Optional<String> problem = WebAddress.problemWith(address);
        if (problem.isPresent()) {
            dialogs.showError("Address not added", problem.get(), "Sources can only point at web pages. Copy the"
                    + " page's address from the browser's address bar and paste it again.");
            return;
        }
        Evidence draft = Evidence.draft(address, EvidenceKind.WEB_PAGE, Instant.now()).withUrl(address)
                .withAccessedDate(LocalDate.now());
        linking.createAndLink(draft, Stance.CONTEXT, "");
    }

    private void updateHeading() {
        int count = list.getItems().size();
        heading.setText(count == 0 ? "Evidence" : "Evidence (" + count + ")");
    }
}
