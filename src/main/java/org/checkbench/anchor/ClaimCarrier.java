package org.checkbench.anchor;

import java.util.ArrayList;
import java.util.List;

import org.checkbench.model.CarriedClaim;
import org.checkbench.model.CarriedClaim.Outcome;
import org.checkbench.model.CarriedClaim.Place;
import org.checkbench.model.Claim;
import org.checkbench.model.TextAnchor;

/**
 * Carries claims from one text into a new revision of it (a writer's new draft, or an old
 * revision restored). Each claim follows its own words through the word-level diff of the two
 * texts ({@link TextAlignment}); where the diff lost them, a fuzzy search near the place they
 * went to looks for them by their words and context ({@link NearbyQuoteFinder}). Each claim ends
 * with one outcome: unchanged, changed (old and new wording), or orphaned.
 *
 * <p>The rule that matters most: a claim is attached only to words that came from its own words
 * (kept, or written in their place or between them), never to words the diff traced to another
 * part of the old text, and never to one of two places that fit equally well.
 */
public final class ClaimCarrier {

    /**
     * A claim found with changed words must be at least this similar to what it was: a claim with
     * a third of its words replaced scores 2/3, so this leaves room for rewording at its edges.
     */
    public static final double MIN_SIMILARITY = 0.6;
    /** How far rival copies of a repeated sentence are looked for around the place the diff chose. */
    private static final int RIVAL_SEARCH_CHARS = 4_000;
    private static final int MAX_OCCURRENCES = 50;

    /** What carrying did: one outcome per claim, in the order given, and how much the words changed. */
    public record Result(List<CarriedClaim> claims, int wordsAdded, int wordsRemoved) {

        public Result {
            claims = List.copyOf(claims);
        }

        public long count(Outcome outcome) {
            return claims.stream().filter(c -> c.outcome() == outcome).count();
        }
    }

    private final String oldText;
    private final String newText;
    private final TextAlignment alignment;
    private final WordTokens oldTokens;
    private final WordTokens newTokens;
    private final NearbyQuoteFinder finder;
    private LostSentences lostSentences;

    private ClaimCarrier(String oldText, String newText) {
        this.oldText = oldText;
        this.newText = newText;
        this.alignment = TextAlignment.of(oldText, newText);
        this.oldTokens = alignment.oldTokens();
        this.newTokens = alignment.newTokens();
        this.finder = new NearbyQuoteFinder(alignment);
    }

    /**
     * @param oldText the text the claims' anchors point into
     * @param claims the claims to carry; orphaned ones are looked for by their exact words
     */
    public static Result carry(String oldText, String newText, List<Claim> claims) {
        ClaimCarrier carrier = new ClaimCarrier(oldText, newText);
        List<CarriedClaim> carried = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            carried.add(carrier.carryOne(claim));
        }
        return new Result(carried, carrier.alignment.wordsAdded(), carrier.alignment.wordsRemoved());
    }

    private CarriedClaim carryOne(Claim claim) {
        TextAnchor anchor = claim.anchor();
        if (claim.orphaned() || anchor.end() > oldText.length()
                || !oldText.regionMatches(anchor.start(), anchor.exact(), 0, anchor.length())) {
            return findAgain(claim);
        }
        int start = anchor.start();
        int end = anchor.end();
        int from = oldTokens.tokenAtOrAfter(start);
        int to = oldTokens.tokenEndBefore(end);
        if (from >= to) {
            return CarriedClaim.orphaned(claim.id(), start, end, anchor.exact(), List.of());
        }
        CarriedClaim followed = followWords(claim, from, to);
        return followed != null ? followed : searchNearby(claim, from, to);
    }

    /** The claim through the diff: its own words kept, new words between and at its edges. Null when lost. */
    private CarriedClaim followWords(Claim claim, int from, int to) {
        int firstOwn = -1;
        int lastOwn = -1;
        int kept = 0;
        for (int t = from; t < to; t++) {
            if (alignment.newOf(t) >= 0) {
                firstOwn = firstOwn < 0 ? t : firstOwn;
                lastOwn = t;
                kept++;
            }
        }
        if (firstOwn < 0) {
            return null;
        }
        int first = alignment.newOf(firstOwn);
        int last = alignment.newOf(lastOwn);
        if (first > last) {
            return null;
        }
        for (int j = first; j <= last; j++) {
            int old = alignment.oldOf(j);
            if (old >= 0 && (old < from || old >= to)) {
                return null; // another sentence's words inside: the claim was torn apart
            }
        }
        boolean whole = kept == to - from && last - first == to - from - 1 && sameKeys(from, to, first, last + 1);
        int startToken = first - (firstOwn == from ? 0 : leadingReplacement(from, firstOwn, first));
        int endToken = last + 1 + (lastOwn == to - 1 ? 0 : trailingReplacement(lastOwn, to, last));
        int newStart = edgeStart(claim.anchor().start(), from, firstOwn == from, startToken);
        int newEnd = edgeEnd(claim.anchor().end(), to - 1, lastOwn == to - 1, endToken - 1);
        if (whole) {
            List<Place> rivals = rivalCopies(claim, from, newStart, newEnd);
            if (!rivals.isEmpty()) {
                return CarriedClaim.orphaned(claim.id(), claim.anchor().start(), claim.anchor().end(), claim.quote(), rivals);
            }
            return carried(claim, Outcome.UNCHANGED, newStart, newEnd, 1);
        }
        return judged(claim, from, to, startToken, endToken, newStart, newEnd);
    }

    /**
     * The claim's first words were rewritten: how many of the new words just before its first kept
     * word stand in their place. Only when the rewrite lies wholly inside the claim, and then no
     * more new words than old ones, taken from the claim's side: a word written before the claim
     * is not the claim's.
     */
    private int leadingReplacement(int from, int firstOwn, int first) {
        if (from > 0 && alignment.newOf(from - 1) < 0) {
            return 0; // the rewrite began before the claim
        }
        int inserted = 0;
        while (first - inserted - 1 >= 0 && alignment.oldOf(first - inserted - 1) < 0) {
            inserted++;
        }
        int before = first - inserted - 1;
        boolean sameGap = from == 0 ? before < 0 : before >= 0 && alignment.newOf(from - 1) == before;
        return sameGap ? Math.min(inserted, firstOwn - from) : 0;
    }

    /** The same at the claim's end. */
    private int trailingReplacement(int lastOwn, int to, int last) {
        if (to < oldTokens.size() && alignment.newOf(to) < 0) {
            return 0;
        }
        int inserted = 0;
        while (last + inserted + 1 < newTokens.size() && alignment.oldOf(last + inserted + 1) < 0) {
            inserted++;
        }
        int after = last + inserted + 1;
        boolean sameGap = to == oldTokens.size() ? after >= newTokens.size()
                : after < newTokens.size() && alignment.newOf(to) == after;
        return sameGap ? Math.min(inserted, to - 1 - lastOwn) : 0;
    }

    /** Where the claim starts in the new text: inside its first token or in the space before it, as it did. */
    private int edgeStart(int oldStart, int oldToken, boolean kept, int newToken) {
        int tokenStart = newTokens.start(newToken);
        if (!kept) {
            return tokenStart;
        }
        int offset = oldStart - oldTokens.start(oldToken);
        if (offset > 0) {
            return sameToken(oldToken, newToken) ? tokenStart + offset : tokenStart;
        }
        int lead = -offset;
        return tokenStart - lead >= 0 && newText.regionMatches(tokenStart - lead, oldText, oldStart, lead)
                ? tokenStart - lead : tokenStart;
    }

    private int edgeEnd(int oldEnd, int oldToken, boolean kept, int newToken) {
        int tokenEnd = newTokens.end(newToken);
        if (!kept) {
            return tokenEnd;
        }
        int offset = oldTokens.end(oldToken) - oldEnd;
        if (offset > 0) {
            return sameToken(oldToken, newToken) ? tokenEnd - offset : tokenEnd;
        }
        int trail = -offset;
        return tokenEnd + trail <= newText.length() && newText.regionMatches(tokenEnd, oldText, oldTokens.end(oldToken), trail)
                ? tokenEnd + trail : tokenEnd;
    }

    private boolean sameToken(int oldToken, int newToken) {
        int length = oldTokens.end(oldToken) - oldTokens.start(oldToken);
        return length == newTokens.end(newToken) - newTokens.start(newToken)
                && oldText.regionMatches(oldTokens.start(oldToken), newText, newTokens.start(newToken), length);
    }

    /** Unchanged, changed or (too different) null, for a claim found at new tokens [startToken, endToken). */
    private CarriedClaim judged(Claim claim, int from, int to, int startToken, int endToken, int newStart, int newEnd) {
        if (sameKeys(from, to, startToken, endToken)) {
            return carried(claim, Outcome.UNCHANGED, newStart, newEnd, 1);
        }
        double similarity = Similarity.of(Similarity.words(oldTokens, from, to),
                Similarity.words(newTokens, startToken, endToken));
        if (similarity < MIN_SIMILARITY) {
            return null;
        }
        if (hasRival(from, to, startToken, endToken)) {
            return CarriedClaim.orphaned(claim.id(), claim.anchor().start(), claim.anchor().end(), claim.quote(),
                    List.of(new Place(newStart, newEnd)));
        }
        return carried(claim, Outcome.CHANGED, newStart, newEnd, similarity);
    }

    /** Whether the sentences around the claim and around its new place are alike enough to be one. */
    private boolean sentencesAlike(int from, int to, int startToken, int endToken) {
        int oldFirst = oldTokens.segmentOf(from);
        int oldLast = oldTokens.segmentOf(to - 1);
        int newFirst = newTokens.segmentOf(startToken);
        int newLast = newTokens.segmentOf(endToken - 1);
        return Similarity.of(Similarity.words(oldTokens, oldTokens.segmentStart(oldFirst), oldTokens.segmentEnd(oldLast)),
                Similarity.words(newTokens, newTokens.segmentStart(newFirst), newTokens.segmentEnd(newLast)))
                >= TextAlignment.MIN_SENTENCE_SIMILARITY;
    }

    /** Another old sentence that lost its words could just as well have become the new sentence. */
    private boolean hasRival(int from, int to, int startToken, int endToken) {
        if (lostSentences == null) {
            lostSentences = new LostSentences(alignment);
        }
        return lostSentences.rivalFor(oldTokens.segmentOf(from), oldTokens.segmentOf(to - 1) + 1,
                newTokens.segmentOf(startToken), newTokens.segmentOf(endToken - 1) + 1);
    }

    private boolean sameKeys(int from, int to, int startToken, int endToken) {
        if (to - from != endToken - startToken) {
            return false;
        }
        for (int k = 0; k < to - from; k++) {
            if (!oldTokens.key(from + k).equals(newTokens.key(startToken + k))) {
                return false;
            }
        }
        return true;
    }

    /** The fuzzy search near where the claim's surroundings went. */
    private CarriedClaim searchNearby(Claim claim, int from, int to) {
        TextAnchor anchor = claim.anchor();
        NearbyQuoteFinder.Result result = finder.find(from, to, prefixOf(anchor.start()), suffixOf(anchor.end()),
                MIN_SIMILARITY);
        if (result.found() != null) {
            NearbyQuoteFinder.Place place = result.found();
            int newStart = newTokens.start(place.startToken());
            int newEnd = newTokens.end(place.endToken() - 1);
            if (sameKeys(from, to, place.startToken(), place.endToken())) {
                return carried(claim, Outcome.UNCHANGED, newStart, newEnd, 1);
            }
            // Changed words found by likeness alone need their sentence to back them: a short
            // clause can read alike by chance ("that 16 patients were") in a new sentence.
            if (!sentencesAlike(from, to, place.startToken(), place.endToken())
                    || hasRival(from, to, place.startToken(), place.endToken())) {
                return CarriedClaim.orphaned(claim.id(), anchor.start(), anchor.end(), anchor.exact(),
                        List.of(new Place(newStart, newEnd)));
            }
            return carried(claim, Outcome.CHANGED, newStart, newEnd, place.similarity());
        }
        List<Place> candidates = result.candidates().stream()
                .map(p -> new Place(newTokens.start(p.startToken()), newTokens.end(p.endToken() - 1)))
                .toList();
        return CarriedClaim.orphaned(claim.id(), anchor.start(), anchor.end(), anchor.exact(), candidates);
    }

    /**
     * Other copies of a repeated sentence near the place the diff chose, whose context fits at
     * least as well: then the choice was a guess, and the claim is orphaned with all of them.
     */
    private List<Place> rivalCopies(Claim claim, int from, int newStart, int newEnd) {
        boolean check = false;
        for (int t = from; t < oldTokens.tokenEndBefore(claim.anchor().end()) && !check; t++) {
            check = alignment.needsContextCheck(t);
        }
        if (!check) {
            return List.of();
        }
        String prefix = prefixOf(claim.anchor().start());
        String suffix = suffixOf(claim.anchor().end());
        String words = newText.substring(newStart, newEnd);
        int chosen = Context.matchingBefore(newText, newStart, prefix) + Context.matchingAfter(newText, newEnd, suffix);
        List<Place> rivals = new ArrayList<>();
        int searchFrom = Math.max(0, newStart - RIVAL_SEARCH_CHARS);
        int searchTo = Math.min(newText.length(), newEnd + RIVAL_SEARCH_CHARS);
        for (int at = newText.indexOf(words, searchFrom); at >= 0 && at + words.length() <= searchTo
                && rivals.size() < MAX_OCCURRENCES; at = newText.indexOf(words, at + 1)) {
            if (at != newStart && Context.matchingBefore(newText, at, prefix)
                    + Context.matchingAfter(newText, at + words.length(), suffix) >= chosen) {
                rivals.add(new Place(at, at + words.length()));
            }
        }
        if (rivals.isEmpty()) {
            return List.of();
        }
        rivals.add(0, new Place(newStart, newEnd));
        return rivals;
    }

    /**
     * A claim orphaned earlier: found again only where its exact words stand in text that is new in
     * this revision (words kept from the old text belong to other claims' places), and only once.
     */
    private CarriedClaim findAgain(Claim claim) {
        TextAnchor anchor = claim.anchor();
        String exact = anchor.exact();
        List<Place> places = new ArrayList<>();
        if (!exact.isBlank()) {
            for (int at = newText.indexOf(exact); at >= 0 && places.size() < MAX_OCCURRENCES;
                    at = newText.indexOf(exact, at + 1)) {
                if (allNew(at, at + exact.length())) {
                    places.add(new Place(at, at + exact.length()));
                }
            }
        }
        if (places.size() == 1) {
            return carried(claim, Outcome.UNCHANGED, places.get(0).start(), places.get(0).end(), 1);
        }
        return CarriedClaim.orphaned(claim.id(), anchor.start(), anchor.end(), exact, places);
    }

    private boolean allNew(int start, int end) {
        for (int j = newTokens.tokenAtOrAfter(start); j < newTokens.tokenEndBefore(end); j++) {
            if (alignment.oldOf(j) >= 0) {
                return false;
            }
        }
        return true;
    }

    private CarriedClaim carried(Claim claim, Outcome outcome, int newStart, int newEnd, double similarity) {
        TextAnchor anchor = claim.anchor();
        return new CarriedClaim(0, claim.id(), outcome, anchor.start(), anchor.end(), newStart, newEnd, similarity,
                anchor.exact(), newText.substring(newStart, newEnd), List.of());
    }

    private String prefixOf(int start) {
        return oldText.substring(Math.max(0, start - TextAnchor.CONTEXT_LENGTH), start);
    }

    private String suffixOf(int end) {
        return oldText.substring(end, Math.min(oldText.length(), end + TextAnchor.CONTEXT_LENGTH));
    }
}
