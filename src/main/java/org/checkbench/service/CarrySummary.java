package org.checkbench.service;

import java.util.List;
import java.util.Map;

import org.checkbench.model.CarriedClaim;
import org.checkbench.model.CarriedClaim.Outcome;
import org.checkbench.model.Claim;
import org.checkbench.model.Revision;

/**
 * What the latest revision did to an article's claims, as the claim panel and the status bar show
 * it after an import.
 *
 * @param revision the latest revision, null when there is none
 * @param outcomes the stored outcome of each claim that still exists
 * @param orphaned claims orphaned by the revision and still orphaned
 * @param attached claims orphaned by the revision that the checker has attached since
 */
public record CarrySummary(Revision revision, List<CarriedClaim> outcomes, int unchanged, int changed, int orphaned,
        int attached) {

    public static final CarrySummary NONE = new CarrySummary(null, List.of(), 0, 0, 0, 0);

    public CarrySummary {
        outcomes = List.copyOf(outcomes);
    }

    static CarrySummary of(Revision revision, List<CarriedClaim> outcomes, Map<Long, Claim> claimsNow) {
        int unchanged = 0;
        int changed = 0;
        int orphaned = 0;
        int attached = 0;
        for (CarriedClaim outcome : outcomes) {
            switch (outcome.outcome()) {
                case UNCHANGED -> unchanged++;
                case CHANGED -> changed++;
                case ORPHANED -> {
                    if (claimsNow.get(outcome.claimId()).orphaned()) {
                        orphaned++;
                    } else {
                        attached++;
                    }
                }
            }
        }
        return new CarrySummary(revision, outcomes, unchanged, changed, orphaned, attached);
    }

    /** Whether the latest revision replaced an earlier one (so there is something to report). */
    public boolean isEmpty() {
        return outcomes.isEmpty();
    }

    /** The outcome the latest revision gave this claim, or null (a claim marked since, or none carried). */
    public CarriedClaim of(long claimId) {
        return outcomes.stream().filter(c -> c.claimId() == claimId).findFirst().orElse(null);
    }

    public long count(Outcome outcome) {
        return outcomes.stream().filter(c -> c.outcome() == outcome).count();
    }
}
