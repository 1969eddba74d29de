package org.checkbench.ui.article;

import java.util.List;
import java.util.function.Consumer;

import org.checkbench.model.ClaimAttribution;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.StandInIds;
import org.checkbench.service.ClaimFlag;
import org.checkbench.service.SourcePolicy;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.fx.Problems;
import org.checkbench.ui.fx.TaskExecutor;

/**
 * What the claim's detail reads beside the claim itself — who made it, who changed what, the flags
 * on its sources — and the attribution it writes: each on the worker, each answer on the FX thread.
 * None of it is part of the undo history or the claims' ranges, hence apart from {@link OpenArticle}.
 */
public final class ClaimRecords {

    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final Consumer<Throwable> onFailure;

    ClaimRecords(WorkspaceSession session, TaskExecutor tasks, Consumer<Throwable> onFailure) {
        this.session = session;
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    /** Who made the claim, when and where (ClaimReview). */
    public void loadAttribution(long claimId, Consumer<ClaimAttribution> then) {
        if (StandInIds.isStandIn(claimId)) {
            then.accept(ClaimAttribution.none(claimId)); // marked offline: nothing on the server yet (ADR 0155)
            return;
        }
        tasks.run("Load who made the claim", () -> session.publications().attribution(claimId), then, this::readFailed);
    }

    public void saveAttribution(ClaimAttribution attribution, Runnable then) {
        if (StandInIds.isStandIn(attribution.claimId())) {
            onFailure.accept(new IllegalStateException("This claim was marked while the team workspace could not be"
                    + " reached and is not on the server yet, so who made it cannot be saved now. Set it again once"
                    + " the status bar says the changes made offline were sent."));
            return;
        }
        tasks.run("Save who made the claim", () -> session.publications().saveAttribution(attribution),
                saved -> then.run(), onFailure);
    }

    /** Who changed what on a claim, newest last. */
    public void loadHistory(long claimId, Consumer<List<HistoryEntry>> then) {
        if (StandInIds.isStandIn(claimId)) {
            then.accept(List.of());
            return;
        }
        tasks.run("Load the claim's history", () -> session.claims().history(claimId), then, this::readFailed);
    }

    /** The claim's source flags under {@code policy} (the same ones the report prints). */
    public void loadFlags(long claimId, SourcePolicy policy, Consumer<List<ClaimFlag>> then) {
        if (StandInIds.isStandIn(claimId)) {
            then.accept(List.of());
            return;
        }
        tasks.run("Check the claim's sources", () -> session.claims().flags(claimId, policy), then, this::readFailed);
    }

    /**
     * A team workspace offline: the detail keeps what it showed (the status bar says offline); a
     * dialog for each of the detail's reads would greet every click on a claim.
     */
    private void readFailed(Throwable failure) {
        if (!Problems.isServerUnreachable(failure)) {
            onFailure.accept(failure);
        }
    }
}
