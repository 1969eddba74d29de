package org.checkbench.model;

/** A claim's link together with the evidence it points at, as the claim panel lists them. */
public record LinkedEvidence(ClaimEvidence link, Evidence evidence) {
}
