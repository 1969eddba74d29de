package org.checkbench.service;

import java.util.List;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.Revision;
import org.checkbench.model.VerdictScale;

/** What the editor needs to show an article: its text, claims in text order, scale and latest revision. */
public record LoadedArticle(Article article, List<Claim> claims, VerdictScale scale, Revision latestRevision) {

    public LoadedArticle {
        claims = List.copyOf(claims);
    }
}
