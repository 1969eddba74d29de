package org.checkbench.service;

import java.util.NoSuchElementException;
import java.util.Optional;

import org.checkbench.model.ClaimAttribution;
import org.checkbench.model.FactCheckPublication;
import org.checkbench.model.TextChoices;
import org.checkbench.store.Workspace;

/**
 * The details ClaimReview needs beyond claims and verdicts: who made each claim, when and where it
 * appeared, and which organisation publishes the article's fact-check at which address. Web
 * addresses are checked as evidence addresses are (http and https only).
 */
public final class PublicationService {

    private final Workspace workspace;

    PublicationService(ServiceContext context) {
        this.workspace = context.workspace();
    }

    public ClaimAttribution attribution(long claimId) {
        return workspace.attributions().find(claimId);
    }

    /** Saves who made a claim, when and where; an empty attribution clears it. */
    public ClaimAttribution saveAttribution(ClaimAttribution attribution) {
        checkAddress(attribution.appearanceUrl(), "Where the claim appeared");
        return workspace.inTransaction(() -> {
            if (workspace.claims().find(attribution.claimId()).isEmpty()) {
                throw new NoSuchElementException("no claim with id " + attribution.claimId());
            }
            workspace.attributions().save(attribution);
            return attribution;
        });
    }

    public FactCheckPublication publication(long articleId) {
        return workspace.publications().find(articleId);
    }

    public FactCheckPublication savePublication(FactCheckPublication publication) {
        checkAddress(publication.factCheckUrl(), "The fact-check's address");
        checkAddress(publication.organisationUrl(), "The organisation's address");
        workspace.publications().save(publication);
        return publication;
    }

    /** The checker's remembered answers about the article's text (join wrapped lines, drop headers). */
    public TextChoices textChoices(long articleId) {
        return workspace.publications().textChoices(articleId);
    }

    private static void checkAddress(String address, String what) {
        if (address == null) {
            return;
        }
        Optional<String> problem = WebAddress.problemWith(address);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(what + ": " + problem.get());
        }
    }
}
