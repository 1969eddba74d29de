package org.checkbench.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.checkbench.model.DocumentKey;
import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.FactCheck;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.Stance;
import org.checkbench.model.Verdict;
import org.checkbench.model.VerdictScale;
import org.checkbench.model.VerdictScales;
import org.checkbench.store.Workspace;

/**
 * Starting from an earlier check: copying its verdict and note to the claim in hand, and linking the
 * same evidence. Each is one transaction and leaves a line in the claim's history saying where it
 * came from ("taken from claim 12 of “Budget speech”").
 */
public final class TakeOver {

    private final ServiceContext context;
    private final Workspace workspace;
    private final ClaimService claims;
    private final EvidenceService evidence;

    TakeOver(ServiceContext context, ClaimService claims, EvidenceService evidence) {
        this.context = context;
        this.workspace = context.workspace();
        this.claims = claims;
        this.evidence = evidence;
    }

    /**
     * Copies the earlier verdict (where the claim's scale has it: the same value, or one of the same
     * name for a fact-check's rating) and note (added under an existing one) to claim {@code toClaimId}.
     */
    public Claim copyVerdict(DocumentKey from, long toClaimId) {
        return workspace.inTransaction(() -> {
            Claim target = claims.find(toClaimId);
            VerdictScale scale = scaleOf(target);
            String origin;
            Optional<Verdict> verdict;
            String note;
            if (from.source() == DocumentKey.Source.CLAIM) {
                Claim earlier = claims.find(from.id());
                origin = describe(earlier);
                verdict = scale.find(earlier.status()).filter(v -> scaleOf(earlier).id().equals(scale.id()));
                note = earlier.note();
            } else {
                FactCheck earlier = workspace.factChecks().find(from.id()).orElseThrow();
                origin = describe(earlier);
                verdict = scale.values().stream().filter(v -> v.label().equalsIgnoreCase(earlier.rating().strip())).findFirst();
                note = "Checked before by " + (earlier.publisher() != null ? earlier.publisher() : earlier.collection())
                        + (earlier.reviewDate() != null ? " (" + earlier.reviewDate() + ")" : "") + ": "
                        + (earlier.rating().isEmpty() ? "no rating in words" : earlier.rating())
                        + (earlier.url() != null ? " " + earlier.url() : "");
            }
            if (verdict.isPresent()) {
                claims.setStatus(toClaimId, verdict.get().id());
            }
            if (!note.isBlank()) {
                String current = claims.find(toClaimId).note();
                claims.setNote(toClaimId, current.isBlank() ? note : current + "\n\n" + note);
            }
            record(target, HistoryEntry.FIELD_TAKEN_FROM, "verdict and note taken from " + origin);
            return claims.find(toClaimId);
        });
    }

    /**
     * Links the earlier claim's evidence (same stance, note and place) to claim {@code toClaimId};
     * for a fact-check, the fact-check itself becomes the evidence (a web page, as context). Returns
     * how many links were added.
     */
    public int linkSameEvidence(DocumentKey from, long toClaimId) {
        return workspace.inTransaction(() -> {
            Claim target = claims.find(toClaimId);
            int before = workspace.links().forClaim(toClaimId).size();
            String origin;
            if (from.source() == DocumentKey.Source.CLAIM) {
                Claim earlier = claims.find(from.id());
                origin = describe(earlier);
                for (ClaimEvidence link : workspace.links().forClaim(earlier.id())) {
                    evidence.link(toClaimId, link.evidenceId(), link.stance(), link.note(), link.locator());
                }
            } else {
                FactCheck earlier = workspace.factChecks().find(from.id()).orElseThrow();
                origin = describe(earlier);
                Evidence source = earlier.url() == null ? null
                        : evidence.findByUrl(earlier.url()).stream().findFirst().orElse(null);
                if (source == null) {
                    source = evidence.create(asEvidence(earlier));
                }
                evidence.link(toClaimId, source.id(), Stance.CONTEXT, earlier.rating(), "");
            }
            int added = workspace.links().forClaim(toClaimId).size() - before;
            record(target, HistoryEntry.FIELD_TAKEN_FROM, added + " evidence link(s) taken from " + origin);
            return added;
        });
    }

    private Evidence asEvidence(FactCheck check) {
        String title = check.headline() != null ? check.headline() : "Fact-check: " + check.claim();
        Evidence draft = Evidence.draft(title, EvidenceKind.WEB_PAGE, context.now()).withUrl(check.url())
                .withOutlet(check.publisher());
        try {
            return check.reviewDate() == null ? draft : draft.withPublishedDate(LocalDate.parse(check.reviewDate()));
        } catch (DateTimeParseException e) {
            return draft;
        }
    }

    private void record(Claim target, String field, String text) {
        workspace.history().add(new HistoryEntry(0, target.articleId(), target.id(), context.checker(), context.now(),
                field, null, text));
    }

    private String describe(Claim claim) {
        Article article = workspace.articles().find(claim.articleId()).orElseThrow();
        return "claim " + claim.id() + " of “" + article.title() + "”";
    }

    private static String describe(FactCheck check) {
        String who = check.publisher() != null ? check.publisher() : check.collection();
        return "the fact-check by " + who + (check.reviewDate() != null ? " of " + check.reviewDate() : "")
                + " (" + check.rating().toLowerCase(Locale.ROOT) + ")";
    }

    private VerdictScale scaleOf(Claim claim) {
        return VerdictScales.byId(workspace.articles().find(claim.articleId()).orElseThrow().scaleId());
    }
}
