package org.checkbench.service;

import java.util.List;

import org.checkbench.model.Claim;
import org.checkbench.model.ClaimAttribution;
import org.checkbench.model.ClaimEvidence;

/**
 * A removed claim with its evidence links and who made it: everything {@link ClaimService#restore}
 * needs to undo it.
 */
public record RemovedClaim(Claim claim, List<ClaimEvidence> links, ClaimAttribution attribution) {

    public RemovedClaim {
        links = List.copyOf(links);
        if (attribution == null) {
            attribution = ClaimAttribution.none(claim.id());
        }
    }

    public RemovedClaim(Claim claim, List<ClaimEvidence> links) {
        this(claim, links, null);
    }
}
