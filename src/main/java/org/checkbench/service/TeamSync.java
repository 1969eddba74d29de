package org.checkbench.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

import org.checkbench.store.TeamJournal;
import org.checkbench.store.WorkspaceException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Edits of a team workspace that go through the local journal when the server cannot be reached
 * (ADR 0125). An edit is tried on the server; if the server is gone, or earlier edits still wait,
 * it joins the journal in order and the caller hears how many wait. {@link #replay} sends them, in
 * order, once the server answers; an edit that meets someone else's newer value comes back as a
 * conflict for the person to settle, never written over it.
 */
public final class TeamSync implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String CLAIM_FIELD = "claim-field";

    /** What became of one edit. */
    public sealed interface Outcome {
    }

    /** On the server now. */
    public record Sent(ClaimFieldEdit edit) implements Outcome {
    }

    /** Kept in the journal; {@code waiting} changes now wait for the server. */
    public record Queued(int waiting) implements Outcome {
    }

    private final ClaimService claims;
    private final TeamJournal journal;
    private final List<IntConsumer> waitingListeners = new CopyOnWriteArrayList<>();

    TeamSync(ClaimService claims, TeamJournal journal) {
        this.claims = claims;
        this.journal = journal;
    }

    /** Who hears the number of changes waiting, each time it changes (on the calling thread). */
    public void onWaitingChanged(IntConsumer listener) {
        waitingListeners.add(listener);
    }

    public int waiting() {
        return journal.size();
    }

    /** {@link ClaimService#editIfUnchanged}, or into the journal when the server cannot take it now. */
    public synchronized Outcome editClaimField(long claimId, String field, String seen, String wanted) {
        if (journal.size() == 0) {
            try {
                return new Sent(claims.editIfUnchanged(claimId, field, seen, wanted));
            } catch (WorkspaceException e) {
                if (e.kind() != WorkspaceException.Kind.SERVER_UNREACHABLE) {
                    throw e;
                }
            }
        }
        ObjectNode payload = JSON.createObjectNode().put("claim", claimId).put("field", field).put("seen", seen)
                .put("wanted", wanted);
        journal.append(CLAIM_FIELD, payload.toString());
        int waiting = journal.size();
        waitingListeners.forEach(l -> l.accept(waiting));
        return new Queued(waiting);
    }

    /**
     * What a replay did: each change the server took (saved or a conflict), and, worded for the
     * checker, each it refused for good (the claim was removed meanwhile, a role may not do it).
     */
    public record Replayed(List<ClaimFieldEdit> sent, List<String> notApplied) {
    }

    /**
     * Sends the waiting changes in the order they were made, stopping at the first the server cannot
     * be reached for (it stays first). A change the server refuses for good leaves the journal with
     * its words in {@link Replayed#notApplied()}: kept, it would hold back every change after it.
     */
    public synchronized Replayed replay() {
        List<ClaimFieldEdit> results = new ArrayList<>();
        List<String> notApplied = new ArrayList<>();
        for (TeamJournal.Entry entry : journal.pending()) {
            try {
                JsonNode edit = JSON.readTree(entry.payload());
                try {
                    results.add(claims.editIfUnchanged(edit.get("claim").asLong(), edit.get("field").asText(),
                            edit.get("seen").asText(), edit.get("wanted").asText()));
                } catch (WorkspaceException e) {
                    if (e.kind() == WorkspaceException.Kind.SERVER_UNREACHABLE) {
                        break;
                    }
                    notApplied.add(refused(edit, e));
                } catch (RuntimeException e) { // the claim is gone, or the value no longer fits it
                    notApplied.add(refused(edit, e));
                }
            } catch (java.io.IOException e) {
                notApplied.add("a change this computer could not read back (" + entry.payload() + ")");
            }
            journal.sent(entry.sequence());
            int waiting = journal.size();
            waitingListeners.forEach(l -> l.accept(waiting));
        }
        return new Replayed(results, notApplied);
    }

    private static String refused(JsonNode edit, RuntimeException why) {
        String reason = why instanceof java.util.NoSuchElementException ? "the claim was removed meanwhile"
                : why.getMessage();
        return "the " + edit.get("field").asText() + " “" + edit.get("wanted").asText() + "” of claim "
                + edit.get("claim").asLong() + ": " + reason;
    }

    @Override
    public void close() {
        journal.close();
    }
}
