package org.checkbench.service;

import java.io.IOException;
import java.time.Instant;
import java.util.NoSuchElementException;

import org.checkbench.model.Claim;
import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.PartialDate;
import org.checkbench.model.Stance;
import org.checkbench.model.StandInIds;
import org.checkbench.model.TextAnchor;
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
    /** A claim marked offline; later rows name it by the stand-in id of this row (ADR 0155). */
    static final String CLAIM_MARK = "claim-mark";
    /** A new source for the library added offline; later rows name it by its stand-in id. */
    static final String EVIDENCE_NEW = "evidence-new";
    /** Undo of an unlink: the link back at its old place in the claim's list. */
    static final String EVIDENCE_RELINK = "evidence-relink";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What sending one change did: a field edit's result (saved or a conflict), what a removal took
     * (for its undo), or, worded for the checker, why the server refused it for good. All null for a
     * link or unlink sent, or a change the server already had.
     */
    record Applied(ClaimFieldEdit fieldEdit, RemovedClaim removed, String refused, TeamSync.Created created) {
        Applied(ClaimFieldEdit fieldEdit, RemovedClaim removed, String refused) {
            this(fieldEdit, removed, refused, null);
        }

        static Applied done() {
            return new Applied(null, null, null);
        }

        static Applied refused(String why) {
            return new Applied(null, null, why);
        }
    }

    /** A row names a stand-in whose own row never reached the server (refused, or taken back). */
    private static final class NeverStored extends RuntimeException {
        NeverStored() {
            super(null, null, false, false);
        }
    }

    private final ClaimService claims;
    private final EvidenceService evidence;
    private final TeamJournal journal;

    JournalledChanges(ClaimService claims, EvidenceService evidence, TeamJournal journal) {
        this.claims = claims;
        this.evidence = evidence;
        this.journal = journal;
    }

    static String mark(long articleId, TextAnchor anchor, Instant madeAt) {
        return JSON.createObjectNode().put("article", articleId).put("start", anchor.start()).put("end", anchor.end())
                .put("exact", anchor.exact()).put("prefix", anchor.prefix()).put("suffix", anchor.suffix())
                .put("made", madeAt.toEpochMilli()).toString();
    }

    static String newEvidence(Evidence draft, Instant madeAt) {
        ObjectNode payload = JSON.createObjectNode().put("title", draft.title()).put("kind", draft.kind().name())
                .put("made", madeAt.toEpochMilli());
        putIfSet(payload, "url", draft.url());
        putIfSet(payload, "archivedUrl", draft.archivedUrl());
        putIfSet(payload, "outlet", draft.outlet());
        putIfSet(payload, "author", draft.author());
        putIfSet(payload, "published", draft.published() == null ? null : draft.published().text());
        putIfSet(payload, "accessed", draft.accessed() == null ? null : draft.accessed().text());
        putIfSet(payload, "excerpt", draft.excerpt());
        putIfSet(payload, "locator", draft.locator());
        putIfSet(payload, "reliabilityNote", draft.reliabilityNote());
        return payload.toString();
    }

    private static void putIfSet(ObjectNode payload, String field, String value) {
        if (value != null) {
            payload.put(field, value);
        }
    }

    private static String text(JsonNode change, String field) {
        return change.hasNonNull(field) ? change.get(field).asText() : null;
    }

    /** The server's id for the row's {@code field}: a stand-in is mapped to what its own row stored. */
    private long id(JsonNode change, String field) {
        long id = journal.realId(change.get(field).asLong());
        if (StandInIds.isStandIn(id)) {
            throw new NeverStored();
        }
        return id;
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
        return linkNode(claimId, evidenceId, stance, note, locator, title).toString();
    }

    static String relink(ClaimEvidence link, String title) {
        return linkNode(link.claimId(), link.evidenceId(), link.stance(), link.note(), link.locator(), title)
                .put("position", link.position()).toString();
    }

    private static ObjectNode linkNode(long claimId, long evidenceId, Stance stance, String note, String locator,
            String title) {
        ObjectNode payload = JSON.createObjectNode().put("claim", claimId).put("evidence", evidenceId)
                .put("stance", stance.name()).put("note", note).put("title", title);
        return locator == null ? payload : payload.put("locator", locator);
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
                case CLAIM_MARK -> sendMark(entry, change);
                case EVIDENCE_NEW -> sendNewEvidence(entry, change);
                case CLAIM_FIELD -> new Applied(claims.editIfUnchanged(id(change, "claim"),
                        change.get("field").asText(), change.get("seen").asText(), change.get("wanted").asText()), null, null);
                case CLAIM_REMOVAL -> sendRemoval(change);
                case EVIDENCE_LINK, EVIDENCE_RELINK -> sendLink(change);
                case EVIDENCE_UNLINK -> {
                    evidence.unlink(id(change, "claim"), id(change, "evidence"));
                    yield Applied.done();
                }
                default -> Applied.refused("a change of a kind this version does not know (" + entry.kind() + ")");
            };
        } catch (WorkspaceException e) {
            if (e.kind() == WorkspaceException.Kind.SERVER_UNREACHABLE) {
                throw e;
            }
            return Applied.refused(describe(entry.kind(), change) + ": " + e.getMessage());
        } catch (NeverStored e) {
            return Applied.refused(describe(entry.kind(), change) + ": the claim or source it names was made offline"
                    + " and never reached the server (see the other messages)");
        } catch (NoSuchElementException e) {
            return Applied.refused(describe(entry.kind(), change) + ": the claim was removed meanwhile");
        } catch (RuntimeException e) { // the value no longer fits the claim, or the like
            return Applied.refused(describe(entry.kind(), change) + ": " + e.getMessage());
        }
    }

    private Applied sendRemoval(JsonNode change) {
        ClaimService.RemovalCheck check = claims.removeIfUnchanged(id(change, "claim"),
                change.get("status").asText(), change.get("note").asText(), change.get("correction").asText());
        if (check.changedField() != null) {
            return Applied.refused(describe(CLAIM_REMOVAL, change) + ": someone changed its " + check.changedField()
                    + " meanwhile, so it was kept (remove it again if it should still go)");
        }
        return new Applied(null, check.removed(), null);
    }

    private Applied sendLink(JsonNode change) {
        long claimId = id(change, "claim");
        long evidenceId = id(change, "evidence");
        claims.find(claimId); // a claim removed meanwhile is named as such
        if (evidence.find(evidenceId).isEmpty()) {
            return Applied.refused(describe(EVIDENCE_LINK, change) + ": the source was deleted from the library meanwhile");
        }
        Stance stance = Stance.valueOf(change.get("stance").asText());
        String locator = change.has("locator") ? change.get("locator").asText() : null;
        if (!change.has("position")) {
            evidence.link(claimId, evidenceId, stance, change.get("note").asText(), locator);
        } else if (evidence.evidenceOf(claimId).stream().noneMatch(l -> l.evidence().id() == evidenceId)) {
            // Undo of an unlink: back at its old place, as online (a link made again meanwhile stays as it is).
            evidence.relink(new ClaimEvidence(claimId, evidenceId, stance, change.get("note").asText(), locator,
                    change.get("position").asInt()));
        }
        return Applied.done();
    }

    /**
     * Stores a claim marked offline where its words are now, and maps its stand-in to the server's id
     * before its row leaves the journal, so every later row naming it reaches it.
     */
    private Applied sendMark(TeamJournal.Entry entry, JsonNode change) {
        TextAnchor seen = new TextAnchor(change.get("start").asInt(), change.get("end").asInt(), change.get("exact").asText(),
                change.get("prefix").asText(), change.get("suffix").asText(), 0);
        ClaimService.PlacedOffline placed = claims.placeMarkedOffline(change.get("article").asLong(), seen,
                Instant.ofEpochMilli(change.get("made").asLong()));
        long standIn = StandInIds.forJournalRow(entry.sequence());
        journal.mapStandIn(standIn, placed.claim().id());
        String told = placed.orphaned() ? "the claim “" + seen.exact() + "” marked offline: the article's text changed on"
                + " the server meanwhile and its words are no longer there (or are in more than one place), so it was kept"
                + " unattached with everything set on it; find it in the claim list and mark its words again" : null;
        return new Applied(null, null, null, new TeamSync.Created(standIn, placed.claim(), null, told));
    }

    private Applied sendNewEvidence(TeamJournal.Entry entry, JsonNode change) {
        Instant made = Instant.ofEpochMilli(change.get("made").asLong());
        Evidence draft = new Evidence(0, change.get("title").asText(), text(change, "url"), text(change, "archivedUrl"),
                text(change, "outlet"), text(change, "author"), partial(text(change, "published")),
                partial(text(change, "accessed")), EvidenceKind.valueOf(change.get("kind").asText()), text(change, "excerpt"),
                text(change, "locator"), text(change, "reliabilityNote"), made, made);
        Evidence stored = evidence.createMadeOffline(draft, made);
        long standIn = StandInIds.forJournalRow(entry.sequence());
        journal.mapStandIn(standIn, stored.id());
        return new Applied(null, null, null, new TeamSync.Created(standIn, null, stored, null));
    }

    private static PartialDate partial(String stored) {
        return stored == null ? null : PartialDate.fromStored(stored);
    }

    /** The change in the checker's words, for a message about it. */
    private static String describe(String kind, JsonNode change) {
        long id = change.path("claim").asLong();
        String claimId = StandInIds.isStandIn(id) ? "a claim marked offline" : "claim " + id;
        return switch (kind) {
            case CLAIM_FIELD -> "the " + change.get("field").asText() + " “" + change.get("wanted").asText()
                    + "” of " + claimId;
            case CLAIM_REMOVAL -> "the removal of " + claimId + " (“" + change.get("quote").asText() + "”)";
            case EVIDENCE_LINK, EVIDENCE_RELINK -> "linking “" + change.get("title").asText() + "” to " + claimId;
            case CLAIM_MARK -> "marking “" + change.get("exact").asText() + "” as a claim";
            case EVIDENCE_NEW -> "adding “" + change.get("title").asText() + "” to the library";
            default -> "unlinking “" + change.path("title").asText() + "” from " + claimId;
        };
    }
}
