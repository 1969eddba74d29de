package org.checkbench.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.checkbench.anchor.WordDiffs;
import org.checkbench.model.WordDiff;
import org.checkbench.model.WordDiff.Kind;
import org.checkbench.model.WordDiff.Piece;
import org.checkbench.model.Article;
import org.checkbench.model.CarriedClaim;
import org.checkbench.model.Claim;
import org.checkbench.model.Revision;
import org.checkbench.model.RevisionInfo;
import org.checkbench.service.RevisionComparison.TouchedClaim;
import org.checkbench.store.Workspace;

/**
 * Builds {@link RevisionComparison}s. Which claims a change touches needs each claim's place in
 * both revisions. A claim's place in a revision is what was recorded when claims were carried into
 * it (or out of it), or, for the current text, its anchor; each is checked against the revision's
 * text before it is used, so a place recorded against a text edited since is never trusted.
 */
final class RevisionComparisons {

    private final Workspace workspace;

    RevisionComparisons(Workspace workspace) {
        this.workspace = workspace;
    }

    RevisionComparison compare(Article article, int fromNumber, int toNumber) {
        return workspace.inTransaction(() -> {
            List<Revision> revisions = workspace.revisions().forArticle(article.id());
            Revision from = byNumber(revisions, fromNumber);
            Revision to = byNumber(revisions, toNumber);
            List<RevisionInfo> infos = new RevisionList(workspace).of(article.id());
            List<Claim> claims = workspace.claims().forArticle(article.id());
            Map<Long, Integer> numbers = ClaimNumbers.of(claims);
            Map<Long, int[]> inFrom = places(article, claims, revisions, from);
            Map<Long, int[]> inTo = places(article, claims, revisions, to);
            WordDiff diff = WordDiffs.of(from.text(), to.text());
            List<List<TouchedClaim>> touched = new ArrayList<>(diff.pieces().size());
            for (Piece piece : diff.pieces()) {
                touched.add(piece.isChange() && piece.start() >= 0
                        ? touching(piece, piece.kind() == Kind.DELETED ? inFrom : inTo, claims, numbers)
                        : List.of());
            }
            return new RevisionComparison(infos.get(revisions.indexOf(from)), infos.get(revisions.indexOf(to)), diff,
                    touched);
        });
    }

    private static Revision byNumber(List<Revision> revisions, int number) {
        return revisions.stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new NoSuchElementException("The article has no revision " + number
                        + "; its revisions are 1 to " + revisions.size() + "."));
    }

    /** Where each claim stands in one revision's text, where that is known for sure. */
    private Map<Long, int[]> places(Article article, List<Claim> claims, List<Revision> revisions, Revision revision) {
        String text = revision.text();
        Map<Long, int[]> places = new HashMap<>();
        for (CarriedClaim carried : workspace.carriedClaims().forRevision(revision.id())) {
            if (!carried.isOrphaned()) {
                putIfStands(places, carried.claimId(), text, carried.newStart(), carried.newEnd(), carried.newQuote());
            }
        }
        int index = revisions.indexOf(revision);
        if (index + 1 < revisions.size()) {
            for (CarriedClaim carried : workspace.carriedClaims().forRevision(revisions.get(index + 1).id())) {
                putIfStands(places, carried.claimId(), text, carried.oldStart(), carried.oldEnd(), carried.oldQuote());
            }
        }
        if (index == revisions.size() - 1 && text.equals(article.currentText())) {
            for (Claim claim : claims) {
                if (!claim.orphaned()) {
                    putIfStands(places, claim.id(), text, claim.anchor().start(), claim.anchor().end(), claim.quote());
                }
            }
        }
        return places;
    }

    private static void putIfStands(Map<Long, int[]> places, long claimId, String text, int start, int end, String quote) {
        if (!places.containsKey(claimId) && quote != null && start >= 0 && end <= text.length()
                && text.regionMatches(start, quote, 0, quote.length()) && end - start == quote.length()) {
            places.put(claimId, new int[] {start, end});
        }
    }

    private static List<TouchedClaim> touching(Piece piece, Map<Long, int[]> places, List<Claim> claims,
            Map<Long, Integer> numbers) {
        List<TouchedClaim> touched = new ArrayList<>();
        for (Claim claim : claims) {
            int[] place = places.get(claim.id());
            if (place != null && place[0] < piece.end() && piece.start() < place[1]) {
                touched.add(new TouchedClaim(claim.id(), numbers.getOrDefault(claim.id(), 0), claim.quote()));
            }
        }
        touched.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return touched;
    }
}
