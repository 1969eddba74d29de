package org.checkbench.ui.evidence;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.Stance;
import org.checkbench.service.EvidenceService;
import org.checkbench.ui.article.ClaimDescriptions;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.TaskExecutor;
import org.checkbench.ui.undo.UndoHistory;

/**
 * The writes behind the evidence panel: linking, creating, unlinking with undo, attaching. Each
 * runs on the worker for the claim shown when the checker acted, and the panel shows the stored
 * result only if it still shows that claim.
 */
final class EvidenceLinking {

    static final ButtonType LINK_EXISTING = new ButtonType("Link the existing entry", ButtonBar.ButtonData.YES);
    static final ButtonType ADD_NEW = new ButtonType("Add a new entry", ButtonBar.ButtonData.NO);

    private final EvidencePanel panel;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    /** What a link left behind: the link, whether it is new, and the claim's sources afterwards. */
    private record Linked(ClaimEvidence link, boolean added, List<LinkedEvidence> all) {
    }

    EvidenceLinking(EvidencePanel panel, TaskExecutor tasks, DialogService dialogs) {
        this.panel = panel;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    void linkExisting(Evidence evidence, Stance stance, String note) {
        OpenArticle article = panel.open();
        long claimId = panel.shownClaimId();
        if (article == null || claimId <= 0) {
            return;
        }
        EvidenceService service = article.session().evidence();
        tasks.run("Link a source", () -> {
            boolean already = service.evidenceOf(claimId).stream().anyMatch(l -> l.evidence().id() == evidence.id());
            ClaimEvidence link = service.link(claimId, evidence.id(), stance, note, null);
            return new Linked(link, !already, service.evidenceOf(claimId));
        }, linked -> linked(article, claimId, evidence, linked), panel.failure("Link a source"));
    }

    /**
     * Stores a new entry and links it, unless its address is already in the library: then the
     * checker chooses between linking that entry and adding another.
     */
    void createAndLink(Evidence draft, Stance stance, String note) {
        OpenArticle article = panel.open();
        long claimId = panel.shownClaimId();
        if (article == null || claimId <= 0) {
            return;
        }
        EvidenceService service = article.session().evidence();
        String address = draft.url();
        tasks.run("Look the address up in the library", () -> address == null ? List.<Evidence>of() : service.findByUrl(address),
                existing -> {
                    if (!existing.isEmpty()) {
                        ButtonType answer = askReuse(existing.get(0), existing.size());
                        if (answer == LINK_EXISTING) {
                            linkExisting(existing.get(0), stance, note);
                            return;
                        }
                        if (answer != ADD_NEW) {
                            return;
                        }
                    }
                    tasks.run("Add a source", () -> {
                        Evidence created = service.create(draft);
                        ClaimEvidence link = service.link(claimId, created.id(), stance, note, null);
                        return new Linked(link, true, service.evidenceOf(claimId));
                    }, linked -> linked(article, claimId, null, linked), panel.failure("Add a source"));
                }, panel.failure("Look the address up in the library"));
    }

    private void linked(OpenArticle article, long claimId, Evidence evidence, Linked linked) {
        panel.showLinks(article, claimId, linked.all());
        panel.select(linked.link().evidenceId());
        if (linked.added()) {
            article.history().record(new LinkStep(article, linked.link(), false));
        } else if (evidence != null) {
            panel.showNotice("“" + ClaimDescriptions.shorten(evidence.title(), 60) + "” was already linked to this claim.");
        }
    }

    void unlink(OpenArticle article, long claimId, LinkedEvidence item) {
        ClaimEvidence link = item.link();
        article.evidenceCountChanged(claimId, Math.max(0, article.evidenceCount(claimId) - 1));
        article.history().record(new LinkStep(article, link, true));
        tasks.run("Unlink a source", () -> article.session().evidence().unlink(claimId, link.evidenceId()), removed -> { },
                failure -> {
                    refresh(article, claimId);
                    panel.failure("Unlink a source").accept(failure);
                });
    }

    void updateLink(ClaimEvidence link) {
        OpenArticle article = panel.open();
        tasks.run("Save the link", () -> {
            article.session().evidence().updateLink(link);
            return article.session().evidence().evidenceOf(link.claimId());
        }, all -> panel.showLinks(article, link.claimId(), all), panel.failure("Save the link"));
    }

    void attach(Evidence evidence, List<Path> files) {
        OpenArticle article = panel.open();
        tasks.run("Attach " + names(files), () -> {
            files.forEach(file -> article.session().evidence().attach(evidence.id(), file));
            return null;
        }, done -> panel.showNotice("Attached " + names(files) + " to “" + ClaimDescriptions.shorten(evidence.title(), 60) + "”."),
                panel.failure("Attach " + names(files)));
    }

    /** Files dropped with no source selected: a new document entry named after the first file. */
    void createForFiles(List<Path> files) {
        OpenArticle article = panel.open();
        long claimId = panel.shownClaimId();
        EvidenceService service = article.session().evidence();
        tasks.run("Add " + names(files), () -> {
            Evidence created = service.create(Evidence.draft(files.get(0).getFileName().toString(), EvidenceKind.DOCUMENT,
                    Instant.now()));
            ClaimEvidence link = service.link(claimId, created.id(), Stance.CONTEXT, "", null);
            try {
                files.forEach(file -> service.attach(created.id(), file));
            } catch (RuntimeException failure) {
                service.remove(created.id()); // no empty entry left behind for a file that could not be read
                throw failure;
            }
            return new Linked(link, true, service.evidenceOf(claimId));
        }, linked -> {
            linked(article, claimId, null, linked);
            panel.showNotice("Added " + names(files) + " as a new source. Edit it to give its title and outlet.");
        }, panel.failure("Add " + names(files)));
    }

    private void refresh(OpenArticle article, long claimId) {
        tasks.run("Load the claim's sources", () -> article.session().evidence().evidenceOf(claimId),
                all -> panel.showLinks(article, claimId, all), panel.failure("Load the claim's sources"));
    }

    private ButtonType askReuse(Evidence existing, int count) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(panel.window());
        ask.setTitle("Have we used this before?");
        ask.setHeaderText("This address is already in the library" + (count > 1 ? " (" + count + " entries)" : "") + ".");
        ask.setContentText("“" + ClaimDescriptions.shorten(existing.title(), 100) + "”"
                + (existing.outlet() == null ? "" : " — " + existing.outlet())
                + "\n\nLink that entry to this claim, or add a new entry for the same address?");
        ask.getDialogPane().setId("evidenceReuseQuestion");
        ask.getButtonTypes().setAll(LINK_EXISTING, ADD_NEW, ButtonType.CANCEL);
        return dialogs.showCustomDialogAndWait(ask).orElse(ButtonType.CANCEL);
    }

    private static String names(List<Path> files) {
        return files.size() == 1 ? files.get(0).getFileName().toString() : files.size() + " files";
    }

    /** Linking or unlinking one source, undone by the opposite; the stored link keeps its place. */
    private final class LinkStep implements UndoHistory.Step {
        private final OpenArticle article;
        private final ClaimEvidence link;
        private final boolean wasUnlink;

        LinkStep(OpenArticle article, ClaimEvidence link, boolean wasUnlink) {
            this.article = article;
            this.link = link;
            this.wasUnlink = wasUnlink;
        }

        @Override
        public String description() {
            return wasUnlink ? "Unlink source" : "Link source";
        }

        @Override
        public void undo() {
            if (wasUnlink) {
                putBack();
            } else {
                takeAway();
            }
        }

        @Override
        public void redo() {
            if (wasUnlink) {
                takeAway();
            } else {
                putBack();
            }
        }

        private void putBack() {
            EvidenceService service = article.session().evidence();
            tasks.run("Link the source again", () -> {
                // The entry may have been deleted in the library, or linked again by hand meanwhile.
                boolean linkedAgain = service.evidenceOf(link.claimId()).stream()
                        .anyMatch(l -> l.evidence().id() == link.evidenceId());
                if (service.find(link.evidenceId()).isPresent() && !linkedAgain) {
                    service.relink(link);
                }
                return service.evidenceOf(link.claimId());
            }, all -> panel.showLinks(article, link.claimId(), all), panel.failure("Link the source again"));
        }

        private void takeAway() {
            EvidenceService service = article.session().evidence();
            tasks.run("Unlink the source", () -> {
                service.unlink(link.claimId(), link.evidenceId());
                return service.evidenceOf(link.claimId());
            }, all -> panel.showLinks(article, link.claimId(), all), panel.failure("Unlink the source"));
        }
    }
}
