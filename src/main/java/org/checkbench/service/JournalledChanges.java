package org.checkbench.service;

import java.io.IOException;
import java.util.NoSuchElementException;

import org.checkbench.model.Claim;
import org.checkbench.model.Stance;
import org.checkbench.store.TeamJournal;
import org.checkbench.store.WorkspaceException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The kinds of change the offline journal holds (ADR 0125, 0152) and how each is written down and
 * later sent: a claim's status, note or correction against the value seen; a claim's removal against
 * the fields seen (someone who worked on the claim meanwhile keeps it); linking and unlinking an
 * existing source, which are nothing to do when the server already has them that way.
 */
final class JournalledChanges {

    static final String CLAIM_FIELD = "claim-field";
    static final String CLAIM_REMOVAL = "claim-removal";
    static final String EVIDENCE_LINK = "evidence-link";
    static final String EVIDENCE_UNLINK = "evidence-unlink";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What sending one change did: a field edit's result (saved or a conflict), what a removal took
     * (for its undo), or, worded for the checker, why the server refused it for good. All null for a
     * link or unlink sent, or a change the server already had.
     */
    record Applied(ClaimFieldEdit fieldEdit, RemovedClaim removed, String refused) {
        static Applied done() {
            return new Applied(null, null, null);
        }

        static Applied refused(String why) {
            return new Applied(null, null, why);
        }
    }

    private final ClaimService claims;
    private final EvidenceService evidence;

    JournalledChanges(ClaimService claims, EvidenceService evidence) {
        this.claims = claims;
        this.evidence = evidence;
    }

    static String claimField(long claimId, String field, String seen, String wanted) {
        return JSON.createObjectNode().put("claim", claimId).put("field", field).put("seen", seen)
                .put("wanted", wanted).toString();
    }

    static String removal(Claim shown) {
        return JSON.createObjectNode().put("claim", shown.id()).put("status", shown.status())
                .put("note", shown.note()).put("correction", shown.correction()).put("quote", shown.quote()).toString();
    }

    static String link(long claimId, long evidenceId, Stance stance, String note, String locator, String title) {
        ObjectNode payload = JSON.createObjectNode().put("claim", claimId).put("evidence", evidenceId)
                .put("stance", stance.name()).put("note", note).put("title", title);
        return (locator == null ? payload : payload.put("locator", locator)).toString();
    }

    static String unlink(long claimId, long evidenceId, String title) {
        return JSON.createObjectNode().put("claim", claimId).put("evidence", evidenceId).put("title", title).toString();
    }

    /**
     * Sends one waiting change. A server that cannot be reached is thrown (the change stays first);
     * anything the server refuses comes back as {@link Applied#refused()}.
     */
    Applied send(TeamJournal.Entry entry) {
        JsonNode change;
        try {
            change = JSON.readTree(entry.payload());
        } catch (IOException e) {
            return Applied.refused("a change this computer could not read back (" + entry.payload() + ")");
        }
        try {
            return switch (entry.kind()) {
                case CLAIM_FIELD -> new Applied(claims.editIfUnchanged(change.get("claim").asLong(),
                        change.get("field").asText(), change.get("seen").asText(), change.get("wanted").asText()), null, null);
                case CLAIM_REMOVAL -> sendRemoval(change);
                case EVIDENCE_LINK -> sendLink(change);
                case EVIDENCE_UNLINK -> {
                    evidence.unlink(change.get("claim").asLong(), change.get("evidence").asLong());
                    yield Applied.done();
                }
                default -> Applied.refused("a change of a kind this version does not know (" + entry.kind() + ")");
            };
        } catch (WorkspaceException e) {
            if (e.kind() == WorkspaceException.Kind.SERVER_UNREACHABLE) {
                throw e;
            }
            return Applied.refused(describe(entry.kind(), change) + ": " + e.getMessage());
        } catch (NoSuchElementException e) {
            return Applied.refused(describe(entry.kind(), change) + ": the claim was removed meanwhile");
        } catch (RuntimeException e) { // the value no longer fits the claim, or the like
            return Applied.refused(describe(entry.kind(), change) + ": " + e.getMessage());
        }
    }

    private Applied sendRemoval(JsonNode change) {
        ClaimService.RemovalCheck check = claims.removeIfUnchanged(change.get("claim").asLong(),
                change.get("status").asText(), change.get("note").asText(), change.get("correction").asText());
        if (check.changedField() != null) {
            return Applied.refused(describe(CLAIM_REMOVAL, change) + ": someone changed its " + check.changedField()
                    + " meanwhile, so it was kept (remove it again if it should still go)");
        }
        return new Applied(null, check.removed(), null);
    }

    private Applied sendLink(JsonNode change) {
        long claimId = change.get("claim").asLong();
        long evidenceId = change.get("evidence").asLong();
        claims.find(claimId); // a claim removed meanwhile is named as such
        if (evidence.find(evidenceId).isEmpty()) {
            return Applied.refused(describe(EVIDENCE_LINK, change) + ": the source was deleted from the library meanwhile");
        }
        evidence.link(claimId, evidenceId, Stance.valueOf(change.get("stance").asText()), change.get("note").asText(),
                change.has("locator") ? change.get("locator").asText() : null);
        return Applied.done();
    }

    /** The change in the checker's words, for a message about it. */
    private static String describe(String kind, JsonNode change) {
        long claimId = change.path("claim").asLong();
        return switch (kind) {
            case CLAIM_FIELD -> "the " + change.get("field").asText() + " “" + change.get("wanted").asText()
                    + "” of claim " + claimId;
            case CLAIM_REMOVAL -> "the removal of claim " + claimId + " (“" + change.get("quote").asText() + "”)";
            case EVIDENCE_LINK -> "linking “" + change.get("title").asText() + "” to claim " + claimId;
            default -> "unlinking “" + change.path("title").asText() + "” from claim " + claimId;
        };
    }
}
