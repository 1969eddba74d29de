package org.checkbench.io.bundle;

import java.util.List;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimAttribution;
import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.FactCheckPublication;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.Revision;
import org.checkbench.model.RevisionSource;
import org.checkbench.model.TextChoices;

/**
 * One article in a bundle with everything that hangs on it, ids as they were in the workspace it
 * came from (the importer remaps them). Imported files' bytes are in the bundle's {@code files/}
 * folder under their SHA-256.
 */
public record BundleArticle(Article article, List<Revision> revisions, List<RevisionSource> sources, List<Claim> claims,
                            List<ClaimAttribution> attributions, List<ClaimEvidence> links, List<HistoryEntry> history,
                            FactCheckPublication publication, TextChoices textChoices) {

    public BundleArticle {
        revisions = List.copyOf(revisions);
        sources = sources == null ? List.of() : List.copyOf(sources);
        claims = List.copyOf(claims);
        attributions = attributions == null ? List.of() : List.copyOf(attributions);
        links = List.copyOf(links);
        history = history == null ? List.of() : List.copyOf(history);
    }
}
