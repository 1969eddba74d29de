package org.checkbench.ui.evidence;

import java.util.List;
import java.util.Optional;

import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.Evidence;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.service.EvidenceService;
import org.checkbench.service.TeamSync;
import org.checkbench.store.WorkspaceException;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.fx.TaskExecutor;
import org.checkbench.ui.undo.UndoHistory;

/**
 * The evidence panel's undo steps: linking or unlinking a source, editing a link (stance, note,
 * place in the source) and reordering a claim's sources. Each is recorded the moment the checker
 * acts; what the worker stores is filled in by the worker, and undo and redo are queued behind the
 * write they reverse. After each, the panel shows the claim's sources as stored.
 *
 * <p>On a team workspace whose server is away, linking and unlinking wait in the journal (ADR 0152,
 * 0153) and the panel shows the change as made; undo of either is the other, waiting behind it.
 */
final class EvidenceLinkSteps {

    private final EvidencePanel panel;
    private final TaskExecutor tasks;

    EvidenceLinkSteps(EvidencePanel panel, TaskExecutor tasks) {
        this.panel = panel;
        this.tasks = tasks;
    }

    /** Linking (link filled in by the worker once stored) or unlinking (link known) one source. */
    LinkStep link(OpenArticle article, ClaimEvidence unlinked, Evidence source) {
        LinkStep step = new LinkStep(article, unlinked);
        step.evidence = source;
        return step;
    }

    /** What a link or unlink left: the claim's sources as stored, or none read because it waits. */
    private record Written(List<LinkedEvidence> all, boolean waiting) {
    }

    /** An edited link (its stance, note or locator); the link as it was is read on the worker. */
    void edit(OpenArticle article, ClaimEvidence edited) {
        EditStep step = new EditStep(article, edited);
        article.history().record(step);
        step.redo();
    }

    /** The claim's sources in a new order; {@code before} is the order shown until now. */
    void reorder(OpenArticle article, long claimId, List<Long> before, List<Long> after) {
        ReorderStep step = new ReorderStep(article, claimId, before, after);
        article.history().record(step);
        step.write(after, false);
    }

    private void show(OpenArticle article, long claimId, List<LinkedEvidence> all) {
        panel.showLinks(article, claimId, all);
    }

    /** Linking or unlinking one source, undone by the opposite; the stored link keeps its place. */
    final class LinkStep implements UndoHistory.Step {
        private final OpenArticle article;
        private final boolean wasUnlink;
        // Written by the worker as the link is stored; null while it is not (or when it was linked already).
        volatile ClaimEvidence link;
        /** The source linked, to show a link that waits for the server; null until known. */
        volatile Evidence evidence;

        private LinkStep(OpenArticle article, ClaimEvidence unlinked) {
            this.article = article;
            this.wasUnlink = unlinked != null;
            this.link = unlinked;
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
            Optional<TeamSync> sync = article.session().teamSync();
            tasks.run("Link the source again", () -> {
                ClaimEvidence stored = link;
                if (stored == null) {
                    return null;
                }
                if (sync.isEmpty() || sync.get().waiting() == 0) {
                    try {
                        // The entry may have been deleted in the library, or linked again by hand meanwhile.
                        boolean linkedAgain = service.evidenceOf(stored.claimId()).stream()
                                .anyMatch(l -> l.evidence().id() == stored.evidenceId());
                        if (service.find(stored.evidenceId()).isPresent() && !linkedAgain) {
                            service.relink(stored); // back at its old place
                        }
                        return new Written(service.evidenceOf(stored.claimId()), false);
                    } catch (WorkspaceException e) {
                        if (sync.isEmpty() || !e.isServerUnreachable()) {
                            throw e;
                        }
                    }
                }
                // Undo of an unlink goes back to its old place; redo of a link is a link (at the end).
                TeamSync.Outcome outcome = wasUnlink ? sync.get().relink(stored, title())
                        : sync.get().link(stored.claimId(), stored.evidenceId(), stored.stance(), stored.note(),
                                stored.locator(), title());
                return outcome instanceof TeamSync.Queued ? new Written(List.of(), true)
                        : new Written(service.evidenceOf(stored.claimId()), false);
            }, written -> {
                if (written != null && written.waiting()) {
                    panel.showWaitingLink(article, link.claimId(), new LinkedEvidence(link, evidence), wasUnlink);
                } else if (written != null) {
                    show(article, link.claimId(), written.all());
                }
            }, panel.failure("Link the source again"));
        }

        private void takeAway() {
            EvidenceService service = article.session().evidence();
            Optional<TeamSync> sync = article.session().teamSync();
            tasks.run("Unlink the source", () -> {
                ClaimEvidence stored = link;
                if (stored == null) {
                    return null;
                }
                if (sync.isPresent()) {
                    if (sync.get().unlink(stored.claimId(), stored.evidenceId(), title()) instanceof TeamSync.Queued) {
                        return new Written(List.of(), true);
                    }
                } else {
                    service.unlink(stored.claimId(), stored.evidenceId());
                }
                return new Written(service.evidenceOf(stored.claimId()), false);
            }, written -> {
                if (written != null && written.waiting()) {
                    panel.dropWaitingLink(article, link.claimId(), link.evidenceId());
                } else if (written != null) {
                    show(article, link.claimId(), written.all());
                }
            }, panel.failure("Unlink the source"));
        }

        private String title() {
            Evidence source = evidence;
            return source != null ? source.title() : "source " + link.evidenceId();
        }
    }

    /** A link's stance, note or locator changed; undo puts back what it was just before. */
    private final class EditStep implements UndoHistory.Step {
        private final OpenArticle article;
        private final ClaimEvidence edited;
        private volatile ClaimEvidence before;

        EditStep(OpenArticle article, ClaimEvidence edited) {
            this.article = article;
            this.edited = edited;
        }

        @Override
        public String description() {
            return "Edit source link";
        }

        @Override
        public void undo() {
            EvidenceService service = article.session().evidence();
            tasks.run("Undo the link's change", () -> {
                ClaimEvidence was = before;
                if (was != null) {
                    service.updateLink(was);
                }
                return service.evidenceOf(edited.claimId());
            }, all -> show(article, edited.claimId(), all), panel.failure("Undo the link's change"));
        }

        @Override
        public void redo() {
            EvidenceService service = article.session().evidence();
            tasks.run("Save the link", () -> {
                before = service.evidenceOf(edited.claimId()).stream().map(LinkedEvidence::link)
                        .filter(l -> l.evidenceId() == edited.evidenceId()).findFirst().orElse(null);
                service.updateLink(edited);
                return service.evidenceOf(edited.claimId());
            }, all -> show(article, edited.claimId(), all), panel.failure("Save the link"));
        }
    }

    /** The claim's sources put in another order; undo puts back the order shown before. */
    private final class ReorderStep implements UndoHistory.Step {
        private final OpenArticle article;
        private final long claimId;
        private final List<Long> before;
        private final List<Long> after;

        ReorderStep(OpenArticle article, long claimId, List<Long> before, List<Long> after) {
            this.article = article;
            this.claimId = claimId;
            this.before = List.copyOf(before);
            this.after = List.copyOf(after);
        }

        @Override
        public String description() {
            return "Reorder sources";
        }

        @Override
        public void undo() {
            write(before, true);
        }

        @Override
        public void redo() {
            write(after, true);
        }

        void write(List<Long> order, boolean showAfterwards) {
            EvidenceService service = article.session().evidence();
            tasks.run("Reorder the sources", () -> {
                service.reorder(claimId, order);
                return service.evidenceOf(claimId);
            }, all -> {
                if (showAfterwards) {
                    show(article, claimId, all);
                }
            }, failure -> {
                panel.reload();
                panel.failure("Reorder the sources").accept(failure);
            });
        }
    }
}
