package org.checkbench.ui.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.checkbench.model.Claim;
import org.checkbench.model.Suggestion;
import org.checkbench.service.MatchFound;

/**
 * The "checked before" marks of the open article: for each unrated claim (by id) and each
 * suggested sentence (by its words) that an earlier checked claim or fact-check resembles at or
 * above the service's threshold, the best such check. Computed on the matching thread, kept here
 * for the list, the editor's highlight, the hover and the status bar.
 */
public final class CheckedBeforeMarks {

    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Map<Long, MatchFound> claims = Map.of();
    private Map<String, MatchFound> sentences = Map.of();

    /** The best earlier check of this claim, or null. */
    public MatchFound ofClaim(long claimId) {
        return claims.get(claimId);
    }

    /** The best earlier check of this suggestion's sentence, or null. */
    public MatchFound ofSuggestion(Suggestion suggestion) {
        return sentences.get(suggestion.exact());
    }

    /** How many of these suggestions carry a mark. */
    public long countSuggestions(Collection<Suggestion> shown) {
        return sentences.isEmpty() ? 0 : shown.stream().filter(s -> sentences.containsKey(s.exact())).count();
    }

    /**
     * Takes a new answer; returns the ranges of the claims and suggestions shown whose mark came,
     * went or changed, so only those are redrawn.
     */
    List<int[]> replace(Map<Long, MatchFound> claimMarks, Map<String, MatchFound> sentenceMarks,
            Collection<Claim> shownClaims, Collection<Suggestion> shownSuggestions) {
        List<int[]> redraw = new ArrayList<>();
        for (Claim claim : shownClaims) {
            if (!claim.orphaned() && !Objects.equals(claims.get(claim.id()), claimMarks.get(claim.id()))) {
                redraw.add(new int[] {claim.anchor().start(), claim.anchor().end()});
            }
        }
        for (Suggestion suggestion : shownSuggestions) {
            if (!Objects.equals(sentences.get(suggestion.exact()), sentenceMarks.get(suggestion.exact()))) {
                redraw.add(new int[] {suggestion.start(), suggestion.end()});
            }
        }
        claims = Map.copyOf(claimMarks);
        sentences = Map.copyOf(sentenceMarks);
        return redraw;
    }

    /** "checked before: False, 12 Oct": the list's mark. */
    public static String shortLabel(MatchFound earlier) {
        return "checked before: " + (earlier.verdictLabel().isBlank() ? "unrated" : earlier.verdictLabel()) + ", "
                + shortDay(earlier.date());
    }

    /** "checked before: False, 12 Oct – claim 3 of “Budget speech”": the hover's and status bar's. */
    public static String label(MatchFound earlier) {
        return shortLabel(earlier) + " – " + ClaimDescriptions.shorten(earlier.sourceLabel(), 80);
    }

    /** The mark of the claim or, where there is none, the suggestion covering {@code index}. */
    public Optional<MatchFound> at(OpenArticle open, int index) {
        Optional<Claim> claim = open.claimAt(index);
        if (claim.isPresent()) {
            return Optional.ofNullable(ofClaim(claim.get().id()));
        }
        return open.suggestions().at(index).map(this::ofSuggestion);
    }

    /** "12 Oct" for an ISO date of this year, "12 Oct 2024" otherwise. */
    public static String shortDay(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return "undated";
        }
        try {
            LocalDate day = LocalDate.parse(isoDate.substring(0, Math.min(10, isoDate.length())));
            return day.getYear() == LocalDate.now().getYear() ? SHORT_DAY.format(day) : DAY.format(day);
        } catch (RuntimeException e) {
            return isoDate;
        }
    }
}
