package org.checkbench.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.checkbench.model.Claim;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.ReviewEvent;
import org.checkbench.model.Revision;
import org.checkbench.model.VerdictScale;
import org.checkbench.report.CheckReport;
import org.checkbench.report.EvidenceLink;
import org.checkbench.report.ReportClaim;
import org.checkbench.report.ReportDates;

/**
 * What the report says about each claim's standing and the article's sign-off: checked or not,
 * what still keeps it from being cleared, who set the verdict and when (from the claim's history),
 * the original words of an applied correction, and the source flags.
 */
final class ReportSignOff {

    private final VerdictScale scale;
    private final Map<Long, List<HistoryEntry>> historyByClaim = new HashMap<>();
    private final ZoneId zone;
    private final LocalDate claimDate;
    private final LocalDate today;
    private final SourcePolicy policy;
    private final Set<String> checkers = new LinkedHashSet<>();

    ReportSignOff(VerdictScale scale, List<HistoryEntry> articleHistory, ZoneId zone, LocalDate claimDate,
            LocalDate today, SourcePolicy policy) {
        this.scale = scale;
        this.zone = zone;
        this.claimDate = claimDate;
        this.today = today;
        this.policy = policy;
        for (HistoryEntry entry : articleHistory) {
            historyByClaim.computeIfAbsent(entry.claimId(), id -> new ArrayList<>()).add(entry);
        }
    }

    ReportClaim claim(int number, Claim claim, List<LinkedEvidence> links, List<EvidenceLink> evidence) {
        List<HistoryEntry> history = historyByClaim.getOrDefault(claim.id(), List.of());
        List<ReportClaim.VerdictStep> steps = new ArrayList<>();
        HistoryEntry firstTextChange = null;
        HistoryEntry lastTextChange = null;
        HistoryEntry lastStatus = null;
        for (HistoryEntry entry : history) {
            if (entry.field().equals(HistoryEntry.FIELD_STATUS) && entry.newValue() != null) {
                steps.add(new ReportClaim.VerdictStep(scale.find(entry.newValue()).map(v -> v.label())
                        .orElse(entry.newValue()), entry.who(), local(entry)));
                lastStatus = entry;
            } else if (entry.field().equals(HistoryEntry.FIELD_TEXT)) {
                firstTextChange = firstTextChange == null ? entry : firstTextChange;
                lastTextChange = entry;
            }
        }
        // Applied: the draft now carries the wording the correction put there.
        boolean applied = lastTextChange != null && claim.quote().equals(lastTextChange.newValue());
        String before = "";
        String after = claim.correction();
        if (applied) {
            before = firstTextChange.oldValue() == null ? "" : firstTextChange.oldValue();
            after = claim.quote();
        } else if (!after.isBlank()) {
            before = claim.quote();
        }
        boolean verdictGiven = scale.verdictOf(claim).checked();
        String verdictBy = "";
        LocalDateTime verdictAt = null;
        if (verdictGiven && lastStatus != null) {
            verdictBy = lastStatus.who();
            verdictAt = local(lastStatus);
        } else if (verdictGiven) {
            verdictBy = claim.checker();
        }
        if (verdictGiven && !verdictBy.isBlank()) {
            checkers.add(verdictBy);
        }
        List<String> flags = ClaimFlag.of(claim, scale, links, claimDate, today, policy).stream()
                .map(ClaimFlag::message).toList();
        ReportClaim.SignOff signOff = new ReportClaim.SignOff(ClaimChecks.isChecked(claim, scale),
                ClaimChecks.concernOf(claim, scale, applied), verdictBy, verdictAt, steps, applied, flags);
        var verdict = scale.verdictOf(claim);
        return new ReportClaim(number, claim.anchor().start(), claim.anchor().end(), claim.quote(), verdict.label(),
                verdict.colour(), claim.note(), before, after, claim.changedSinceChecked(), claim.orphaned(), evidence,
                signOff);
    }

    /** The decision page's facts; call after every claim went through {@link #claim}. */
    CheckReport.SignOff cover(Revision revision, ReviewService.ReviewStatus review, String language, int openSuggestions) {
        String reviewer = "";
        LocalDateTime approvedAt = null;
        String note = "";
        ReviewEvent latest = review.latest().orElse(null);
        if (latest != null) {
            switch (review.state()) {
                case APPROVED -> {
                    reviewer = latest.who();
                    if (review.approvalValid()) {
                        approvedAt = LocalDateTime.ofInstant(latest.at(), zone);
                    } else {
                        note = "Approved " + ReportDates.dateTime(LocalDateTime.ofInstant(latest.at(), zone))
                                + ", no longer valid: claims changed after the approval";
                    }
                }
                case RETURNED -> {
                    reviewer = latest.who();
                    note = "Returned " + ReportDates.dateTime(LocalDateTime.ofInstant(latest.at(), zone))
                            + ": " + latest.note();
                }
                case IN_REVIEW -> note = "Sent for review "
                        + ReportDates.dateTime(LocalDateTime.ofInstant(latest.at(), zone)) + " by " + latest.who();
                case IN_PROGRESS -> { }
            }
        }
        return new CheckReport.SignOff(revision == null ? 0 : revision.number(),
                revision == null ? null : LocalDateTime.ofInstant(revision.created(), zone), List.copyOf(checkers),
                reviewer, approvedAt, note, BuildInfo.version(), language == null ? "" : language, openSuggestions);
    }

    private LocalDateTime local(HistoryEntry entry) {
        return LocalDateTime.ofInstant(entry.when(), zone);
    }
}
