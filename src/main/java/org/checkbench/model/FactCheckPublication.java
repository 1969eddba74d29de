package org.checkbench.model;

import java.time.LocalDate;

/**
 * Where an article's fact-check is published: the organisation publishing it and the fact-check's
 * own address and date (ClaimReview's author, url and datePublished). The article's own url and
 * date describe the piece under check, not the fact-check.
 *
 * @param organisation the publishing organisation's name, may be null
 * @param organisationUrl its home page, may be null
 * @param factCheckUrl the page carrying the fact-check, may be null
 * @param datePublished when the fact-check was (or will be) published, may be null
 */
public record FactCheckPublication(long articleId, String organisation, String organisationUrl, String factCheckUrl,
                                   LocalDate datePublished) {

    public FactCheckPublication {
        organisation = blankToNull(organisation);
        organisationUrl = blankToNull(organisationUrl);
        factCheckUrl = blankToNull(factCheckUrl);
    }

    public static FactCheckPublication none(long articleId) {
        return new FactCheckPublication(articleId, null, null, null, null);
    }

    public boolean isEmpty() {
        return organisation == null && organisationUrl == null && factCheckUrl == null && datePublished == null;
    }

    public FactCheckPublication withArticleId(long newArticleId) {
        return new FactCheckPublication(newArticleId, organisation, organisationUrl, factCheckUrl, datePublished);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
