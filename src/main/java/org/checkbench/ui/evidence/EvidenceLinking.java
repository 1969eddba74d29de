package org.checkbench.ui.evidence;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.Stance;
import org.checkbench.service.EvidenceService;
import org.checkbench.service.TeamSync;
import org.checkbench.store.WorkspaceException;
import org.checkbench.ui.article.ClaimDescriptions;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.TaskExecutor;

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
    private final EvidenceLinkSteps steps;

    /**
     * What a link left behind: the link, whether it is new, and the claim's sources afterwards (null
     * when the link waits in the team journal for the server, ADR 0153).
     */
    private record Linked(ClaimEvidence link, boolean added, List<LinkedEvidence> all) {
    }

    EvidenceLinking(EvidencePanel panel, TaskExecutor tasks, DialogService dialogs) {
        this.panel = panel;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.steps = new EvidenceLinkSteps(panel, tasks);
    }

    void linkExisting(Evidence evidence, Stance stance, String note) {
        OpenArticle article = panel.open();
        long claimId = panel.shownClaimId();
        if (article == null || !EvidencePanel.isClaim(claimId)) {
            return;
        }
        EvidenceService service = article.session().evidence();
        Optional<TeamSync> sync = article.session().teamSync();
        EvidenceLinkSteps.LinkStep step = recordLink(article);
        step.evidence = evidence;
        tasks.run("Link a source", () -> {
            if (sync.isPresent()) {
                return linkOnTeam(sync.get(), service, claimId, evidence, stance, note, step);
            }
            boolean already = service.evidenceOf(claimId).stream().anyMatch(l -> l.evidence().id() == evidence.id());
            ClaimEvidence link = service.link(claimId, evidence.id(), stance, note, null);
            return stored(step, new Linked(link, !already, service.evidenceOf(claimId)));
        }, linked -> linked(article, claimId, evidence, linked, step), failed(article, step, "Link a source"));
    }

    /**
     * On the worker, on a team workspace: the link goes through the journal, which keeps it while
     * the server is away or earlier changes wait. Whether it was linked already is asked first when
     * the server answers (a link made twice is nothing to do, on replay too).
     */
    private static Linked linkOnTeam(TeamSync sync, EvidenceService service, long claimId, Evidence evidence,
            Stance stance, String note, EvidenceLinkSteps.LinkStep step) {
        boolean already = false;
        try {
            already = service.evidenceOf(claimId).stream().anyMatch(l -> l.evidence().id() == evidence.id());
        } catch (WorkspaceException e) {
            if (!e.isServerUnreachable()) {
                throw e;
            }
        }
        TeamSync.Outcome outcome = sync.link(claimId, evidence.id(), stance, note, null, evidence.title());
        if (outcome instanceof TeamSync.Queued) {
            return stored(step, new Linked(new ClaimEvidence(claimId, evidence.id(), stance, note, null, 0), !already, null));
        }
        ClaimEvidence link = service.evidenceOf(claimId).stream().map(LinkedEvidence::link)
                .filter(l -> l.evidenceId() == evidence.id()).findFirst()
                .orElseGet(() -> new ClaimEvidence(claimId, evidence.id(), stance, note, null, 0));
        return stored(step, new Linked(link, !already, service.evidenceOf(claimId)));
    }

    /**
     * Stores a new entry and links it, unless its address is already in the library: then the
     * checker chooses between linking that entry and adding another.
     */
    void createAndLink(Evidence draft, Stance stance, String note) {
        OpenArticle article = panel.open();
        long claimId = panel.shownClaimId();
        if (article == null || !EvidencePanel.isClaim(claimId)) {
            return;
        }
        EvidenceService service = article.session().evidence();
        Optional<TeamSync> sync = article.session().teamSync();
        String address = draft.url();
        tasks.run("Look the address up in the library", () -> {
            try {
                return address == null ? List.<Evidence>of() : service.findByUrl(address);
            } catch (WorkspaceException e) {
                if (sync.isPresent() && e.isServerUnreachable()) {
                    return List.<Evidence>of(); // offline the library cannot be asked; the new entry waits (ADR 0155)
                }
                throw e;
            }
        },
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
                    EvidenceLinkSteps.LinkStep step = recordLink(article);
                    tasks.run("Add a source", () -> {
                        if (sync.isPresent()) {
                            // Offline the entry and its link wait in the journal, the link naming the entry's stand-in id.
                            Evidence created = ((TeamSync.EvidenceAdded) sync.get().addEvidence(draft)).evidence();
                            step.evidence = created;
                            return linkOnTeam(sync.get(), service, claimId, created, stance, note, step);
                        }
                        Evidence created = service.create(draft);
                        step.evidence = created;
                        ClaimEvidence link = service.link(claimId, created.id(), stance, note, null);
                        return stored(step, new Linked(link, true, service.evidenceOf(claimId)));
                    }, linked -> linked(article, claimId, linked.all() == null ? step.evidence : null, linked, step),
                            failed(article, step, "Add a source"));
                }, panel.failure("Look the address up in the library"));
    }

    /** A new link is an undo step from the moment the checker asks for it (its link is stored later). */
    private EvidenceLinkSteps.LinkStep recordLink(OpenArticle article) {
        EvidenceLinkSteps.LinkStep step = steps.link(article, null, null);
        article.history().record(step);
        return step;
    }

    /** On the worker: the step learns the link it made, unless the source was linked already. */
    private static Linked stored(EvidenceLinkSteps.LinkStep step, Linked linked) {
        if (linked.added()) {
            step.link = linked.link();
        }
        return linked;
    }

    private Consumer<Throwable> failed(OpenArticle article, EvidenceLinkSteps.LinkStep step, String doing) {
        return failure -> {
            article.history().discard(step);
            panel.failure(doing).accept(failure);
        };
    }

    /**
     * A new library entry with files attached cannot wait for a team workspace's server (the files are
     * not kept in the journal): said so, naming the entry and what does wait, so the checker knows to
     * add it again once it is back.
     */
    private static Evidence createOrSay(EvidenceService service, Evidence draft) {
        try {
            return service.create(draft);
        } catch (WorkspaceException e) {
            throw newSourceCannotWait(e, draft);
        }
    }

    private static WorkspaceException newSourceCannotWait(WorkspaceException e, Evidence draft) {
        if (!e.isServerUnreachable()) {
            return e;
        }
        // The entry's title and address are in the message, so what was typed is not lost with the form.
        String typed = (draft.title() == null || draft.title().isBlank() ? "" : "“" + draft.title() + "”")
                + (draft.url() == null || draft.url().isBlank() ? "" : " " + draft.url());
        return new WorkspaceException(e.kind(), e.file(), "The team workspace cannot be reached, and adding a source"
                + " with attached files cannot wait for it (the files are not kept on this computer until then), so"
                + " this source was not added: " + typed.strip() + ". A new source without files, and linking a"
                + " source already in the library, do wait.",
                "Add it again once the status bar says the workspace is back.", e);
    }

    private void linked(OpenArticle article, long claimId, Evidence evidence, Linked linked, EvidenceLinkSteps.LinkStep step) {
        if (linked.all() == null) {
            if (linked.added()) {
                panel.showWaitingLink(article, claimId, new LinkedEvidence(linked.link(), evidence));
            } else {
                article.history().discard(step);
            }
            return;
        }
        panel.showLinks(article, claimId, linked.all());
        panel.select(linked.link().evidenceId());
        if (!linked.added()) {
            article.history().discard(step); // nothing changed: Undo must not spend a key press on it
            if (evidence != null) {
                panel.showNotice("“" + ClaimDescriptions.shorten(evidence.title(), 60) + "” was already linked to this claim.");
            }
        }
    }

    void unlink(OpenArticle article, long claimId, LinkedEvidence item) {
        ClaimEvidence link = item.link();
        article.evidenceCountChanged(claimId, Math.max(0, article.evidenceCount(claimId) - 1));
        article.history().record(steps.link(article, link, item.evidence()));
        Optional<TeamSync> sync = article.session().teamSync();
        tasks.run("Unlink a source", () -> sync.isPresent()
                ? sync.get().unlink(claimId, link.evidenceId(), item.evidence().title())
                : article.session().evidence().unlink(claimId, link.evidenceId()), removed -> { },
                failure -> {
                    refresh(article, claimId);
                    panel.failure("Unlink a source").accept(failure);
                });
    }

    /** A link's stance, note or locator changed: one undo step. */
    void updateLink(ClaimEvidence link) {
        steps.edit(panel.open(), link);
    }

    /** The claim's sources in a new order (shown already): stored, one undo step. */
    void reorder(OpenArticle article, long claimId, List<Long> before, List<Long> after) {
        steps.reorder(article, claimId, before, after);
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
        EvidenceLinkSteps.LinkStep step = recordLink(article);
        tasks.run("Add " + names(files), () -> {
            Evidence created = createOrSay(service, Evidence.draft(files.get(0).getFileName().toString(),
                    EvidenceKind.DOCUMENT, Instant.now()));
            step.evidence = created;
            ClaimEvidence link = service.link(claimId, created.id(), Stance.CONTEXT, "", null);
            try {
                files.forEach(file -> service.attach(created.id(), file));
            } catch (RuntimeException failure) {
                service.remove(created.id()); // no empty entry left behind for a file that could not be read
                throw failure;
            }
            return stored(step, new Linked(link, true, service.evidenceOf(claimId)));
        }, linked -> {
            linked(article, claimId, null, linked, step);
            panel.showNotice("Added " + names(files) + " as a new source. Edit it to give its title and outlet.");
        }, failed(article, step, "Add " + names(files)));
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
}
