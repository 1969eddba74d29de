package org.checkbench.service;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.PartialDate;
import org.checkbench.model.Stance;
import org.checkbench.model.VerdictScale;

/**
 * Something about a claim's sources the checker should look at again; shown in the panel and the
 * report. Flags warn, they do not block: the decision on the report's cover does not count them.
 *
 * @param evidenceId the source the flag is about, 0 when it is about the claim as a whole
 */
public record ClaimFlag(Kind kind, String message, long evidenceId) {

    public enum Kind { NO_SOURCE, TOO_FEW_SOURCES, PUBLISHED_AFTER_CLAIM, ACCESSED_LONG_AGO }

    /**
     * The flags of one claim.
     *
     * @param links     the claim's sources in the checker's order
     * @param claimDate when the claim was made (the article's publication date), null when unknown
     * @param today     the day the flags are for
     */
    public static List<ClaimFlag> of(Claim claim, VerdictScale scale, List<LinkedEvidence> links, LocalDate claimDate,
            LocalDate today, SourcePolicy policy) {
        List<ClaimFlag> flags = new ArrayList<>();
        if (ClaimChecks.isConfirming(claim, scale) && !claim.orphaned()) {
            int independent = independentSupportingSources(links);
            if (independent == 0) {
                flags.add(new ClaimFlag(Kind.NO_SOURCE, "Confirmed with no supporting source", 0));
            } else if (independent < policy.independentSources()) {
                flags.add(new ClaimFlag(Kind.TOO_FEW_SOURCES, (independent == 1 ? "Only one independent source"
                        : "Only " + independent + " independent sources") + "; the policy asks for "
                        + policy.independentSources(), 0));
            }
        }
        for (LinkedEvidence linked : links) {
            Evidence evidence = linked.evidence();
            PartialDate published = evidence.published();
            if (claimDate != null && published != null && published.earliest().filter(claimDate::isBefore).isPresent()) {
                flags.add(new ClaimFlag(Kind.PUBLISHED_AFTER_CLAIM, "\u201C" + evidence.title()
                        + "\u201D was published " + Citations.date(published) + ", after the claim was made ("
                        + Citations.date(claimDate) + ")", evidence.id()));
            }
            PartialDate accessed = evidence.accessed();
            if (accessed != null && accessed.latest().isPresent()) {
                long days = ChronoUnit.DAYS.between(accessed.latest().get(), today);
                if (days > policy.staleAfterDays()) {
                    flags.add(new ClaimFlag(Kind.ACCESSED_LONG_AGO, "\u201C" + evidence.title()
                            + "\u201D was last accessed " + Citations.date(accessed) + ", " + ago(days), evidence.id()));
                }
            }
        }
        return flags;
    }

    /** Supporting sources from different outlets (or, without an outlet, different sites or entries). */
    static int independentSupportingSources(List<LinkedEvidence> links) {
        Set<String> origins = new LinkedHashSet<>();
        for (LinkedEvidence linked : links) {
            if (linked.link().stance() == Stance.SUPPORTS) {
                origins.add(originOf(linked.evidence()));
            }
        }
        return origins.size();
    }

    private static String originOf(Evidence evidence) {
        if (evidence.outlet() != null && !evidence.outlet().isBlank()) {
            return "outlet:" + evidence.outlet().strip().toLowerCase(Locale.ROOT);
        }
        if (evidence.url() != null) {
            try {
                String host = URI.create(evidence.url().strip()).getHost();
                if (host != null) {
                    return "site:" + host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // not an address we can read: the entry stands for itself
            }
        }
        return "entry:" + evidence.id();
    }

    private static String ago(long days) {
        if (days < 60) {
            return days + " days ago";
        }
        long months = days / 30;
        return months < 24 ? months + " months ago" : (days / 365) + " years ago";
    }
}
