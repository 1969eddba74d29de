package org.checkbench.service;

import java.util.List;

import org.checkbench.model.Claim;
import org.checkbench.model.ClaimEvidence;

/** A removed claim with its evidence links: everything {@link ClaimService#restore} needs to undo it. */
public record RemovedClaim(Claim claim, List<ClaimEvidence> links) {

    public RemovedClaim {
        links = List.copyOf(links);
    }
}
