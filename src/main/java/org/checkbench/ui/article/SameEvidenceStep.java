package org.checkbench.ui.article;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.checkbench.model.DocumentKey;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.service.EvidenceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.undo.UndoHistory;

/**
 * Checked before? > Link same evidence: the earlier check's sources are linked to the claim too;
 * undo unlinks exactly the links it added (worked out on the worker, as they were stored).
 */
final class SameEvidenceStep implements UndoHistory.Step {

    private final OpenArticle open;
    private final long claimId;
    private final DocumentKey from;
    private final Runnable shown;
    // Written by the worker as the links are stored; read by the undo, queued after it on the same worker.
    private volatile List<Long> added = List.of();

    SameEvidenceStep(OpenArticle open, long claimId, DocumentKey from, Runnable shown) {
        this.open = open;
        this.claimId = claimId;
        this.from = from;
        this.shown = shown;
    }

    @Override
    public String description() {
        return "Link same evidence";
    }

    @Override
    public void redo() {
        WorkspaceSession session = open.session();
        open.tasks().run("Link the same evidence", () -> {
            Set<Long> before = linked(session.evidence());
            session.takeOver().linkSameEvidence(from, claimId);
            List<Long> now = session.evidence().evidenceOf(claimId).stream().map(l -> l.evidence().id())
                    .filter(id -> !before.contains(id)).toList();
            added = now;
            return session.evidence().evidenceOf(claimId).size();
        }, this::counted, open.onFailure());
    }

    @Override
    public void undo() {
        WorkspaceSession session = open.session();
        open.tasks().run("Unlink the same evidence", () -> {
            added.forEach(evidenceId -> session.evidence().unlink(claimId, evidenceId));
            return session.evidence().evidenceOf(claimId).size();
        }, this::counted, open.onFailure());
    }

    private Set<Long> linked(EvidenceService evidence) {
        Set<Long> ids = new HashSet<>();
        for (LinkedEvidence link : evidence.evidenceOf(claimId)) {
            ids.add(link.evidence().id());
        }
        return ids;
    }

    private void counted(int count) {
        open.evidenceCountChanged(claimId, count);
        shown.run();
    }
}
