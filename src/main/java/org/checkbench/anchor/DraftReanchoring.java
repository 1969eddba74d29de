package org.checkbench.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.checkbench.model.Claim;
import org.checkbench.model.TextAnchor;

/**
 * Carries claims over to a new draft that replaces the whole text: each claim is found again by
 * its words and their context. A claim whose exact words are gone is orphaned where it was, never
 * attached to other words; a claim that is found again stops being orphaned.
 */
public final class DraftReanchoring {

    private DraftReanchoring() {
    }

    /** The claims as they stand in {@code newText}; the revision id is set by whoever stores the draft. */
    public static List<Claim> reanchor(List<Claim> claims, String newText) {
        List<Claim> result = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            TextAnchor old = claim.anchor();
            Optional<Span> found = QuoteLocator.locate(newText, old, old.start());
            result.add(found.map(span -> claim.withAnchor(TextAnchor.of(newText, span.start(), span.end(), old.revisionId()))
                    .withOrphaned(false)).orElseGet(() -> claim.withOrphaned(true)));
        }
        return result;
    }
}
