package org.checkbench.bench.drafts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.checkbench.anchor.ClaimCarrier;
import org.checkbench.anchor.Similarity;
import org.checkbench.anchor.Span;
import org.checkbench.anchor.WordTokens;
import org.checkbench.model.CarriedClaim;
import org.checkbench.model.CarriedClaim.Outcome;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimOrigin;
import org.checkbench.model.TextAnchor;

/**
 * Judges claim carrying against the generator's ground truth. Each claim falls in one category by
 * what happened to its words (known exactly from where every new character came from):
 *
 * <ul>
 * <li><b>same words</b>: its words and marks are all still there in order (spacing, quotes and
 *     dashes may have been normalised, the paragraph may have moved). It must come out
 *     <em>unchanged</em> at exactly the place its words now occupy;</li>
 * <li><b>lightly changed</b>: up to a third of its words replaced, added or removed (word edit
 *     distance ≤ n/3 for n old words). It must come out <em>changed</em>, covering every one of
 *     its words that survived, and nothing unrelated;</li>
 * <li><b>heavily changed</b>: more than that. Changed or orphaned are both fine;</li>
 * <li><b>deleted</b>: none of its words and nothing written in their place is left. It must be
 *     orphaned.</li>
 * </ul>
 *
 * Across all categories, a claim is <b>attached to unrelated words</b> when its new range holds a
 * non-space character that did not come from its own words ({@link GeneratedRevisionPair#isRelated}):
 * a copy of other old text (even the very same words said elsewhere) or text written anywhere but
 * in place of or inside the claim. That count must be 0.
 */
public final class CarryEvaluation {

    public enum Category { SAME_WORDS, LIGHTLY_CHANGED, HEAVILY_CHANGED, DELETED }

    /** How one claim was carried, against what should have happened. */
    public record Grade(Span claim, Category category, CarriedClaim carried, Span expected, boolean met,
            boolean misattached, boolean exact) {
    }

    /** Totals over many claims and trials. */
    public record Figures(int pairs, int claims, int sameWords, int sameWordsFoundExactly, int lightlyChanged,
            int lightlyChangedFound, int lightlyChangedExact, int heavilyChanged, int heavilyChangedCarried,
            int deleted, int deletedOrphaned, int misattached) {

        public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Figures plus(Figures o) {
            return new Figures(pairs + o.pairs, claims + o.claims, sameWords + o.sameWords,
                    sameWordsFoundExactly + o.sameWordsFoundExactly, lightlyChanged + o.lightlyChanged,
                    lightlyChangedFound + o.lightlyChangedFound, lightlyChangedExact + o.lightlyChangedExact,
                    heavilyChanged + o.heavilyChanged, heavilyChangedCarried + o.heavilyChangedCarried,
                    deleted + o.deleted, deletedOrphaned + o.deletedOrphaned, misattached + o.misattached);
        }

        static Figures of(List<Grade> grades) {
            int[] c = new int[10];
            for (Grade grade : grades) {
                switch (grade.category()) {
                    case SAME_WORDS -> {
                        c[0]++;
                        c[1] += grade.met() ? 1 : 0;
                    }
                    case LIGHTLY_CHANGED -> {
                        c[2]++;
                        c[3] += grade.met() ? 1 : 0;
                        c[4] += grade.met() && grade.exact() ? 1 : 0;
                    }
                    case HEAVILY_CHANGED -> {
                        c[5]++;
                        c[6] += grade.carried().isOrphaned() ? 0 : 1;
                    }
                    case DELETED -> {
                        c[7]++;
                        c[8] += grade.met() ? 1 : 0;
                    }
                }
                c[9] += grade.misattached() ? 1 : 0;
            }
            return new Figures(1, grades.size(), c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
        }
    }

    private CarryEvaluation() {
    }

    /** The pair's claims as stored claims (ids 1..n in the order of {@link GeneratedRevisionPair#claims}). */
    public static List<Claim> claimsOf(GeneratedRevisionPair pair) {
        List<Claim> claims = new ArrayList<>();
        Instant now = Instant.EPOCH;
        for (Span span : pair.claims()) {
            claims.add(new Claim(claims.size() + 1, 1, TextAnchor.of(pair.oldText(), span.start(), span.end(), 0),
                    ClaimOrigin.MANUAL, "confirmed", "", "", "", now, now, false, false));
        }
        return claims;
    }

    /** Carries the pair's claims and grades each. */
    public static List<Grade> carryAndGrade(GeneratedRevisionPair pair) {
        return grade(pair, ClaimCarrier.carry(pair.oldText(), pair.newText(), claimsOf(pair)));
    }

    /** Runs {@code trials} pairs from consecutive seeds and adds up the figures. */
    public static Figures evaluate(RevisionPairGenerator generator, long firstSeed, int trials) {
        Figures total = Figures.NONE;
        for (int i = 0; i < trials; i++) {
            total = total.plus(Figures.of(carryAndGrade(generator.generate(firstSeed + i))));
        }
        return total;
    }

    public static Figures figures(List<Grade> grades) {
        return Figures.of(grades);
    }

    public static List<Grade> grade(GeneratedRevisionPair pair, ClaimCarrier.Result result) {
        int[] copies = pair.copies();
        int[][] written = writtenRanges(pair);
        WordTokens oldTokens = WordTokens.of(pair.oldText());
        List<Grade> grades = new ArrayList<>();
        for (int i = 0; i < pair.claims().size(); i++) {
            grades.add(gradeOne(pair, pair.claims().get(i), result.claims().get(i), copies, written, oldTokens));
        }
        return grades;
    }

    /** For each edit, the first and last new character it wrote ({-1, -1} when none). */
    private static int[][] writtenRanges(GeneratedRevisionPair pair) {
        int[][] ranges = new int[pair.edits().size()][];
        for (int e = 0; e < ranges.length; e++) {
            ranges[e] = new int[] {-1, -1};
        }
        int[] source = pair.source();
        for (int j = 0; j < source.length; j++) {
            if (source[j] < 0) {
                int[] range = ranges[-source[j] - 1];
                range[0] = range[0] < 0 ? j : range[0];
                range[1] = j;
            }
        }
        return ranges;
    }

    private static Grade gradeOne(GeneratedRevisionPair pair, Span claim, CarriedClaim carried, int[] copies, int[][] written,
            WordTokens oldTokens) {
        String newText = pair.newText();
        int low = Integer.MAX_VALUE;
        int high = -1;
        for (int i = claim.start(); i < claim.end(); i++) {
            if (copies[i] >= 0 && !isSpace(newText.charAt(copies[i]))) {
                low = Math.min(low, copies[i]);
                high = Math.max(high, copies[i]);
            }
        }
        for (int e = 0; e < written.length; e++) {
            if (written[e][0] >= 0 && pair.isRelated(written[e][0], claim)) {
                for (int j = written[e][0]; j <= written[e][1]; j++) {
                    if (!isSpace(newText.charAt(j))) {
                        low = Math.min(low, j);
                        high = Math.max(high, j);
                    }
                }
            }
        }
        boolean misattached = false;
        if (!carried.isOrphaned()) {
            for (int j = carried.newStart(); j < carried.newEnd() && !misattached; j++) {
                misattached = !isSpace(newText.charAt(j)) && !pair.isRelated(j, claim);
            }
        }
        if (high < 0) {
            return new Grade(claim, Category.DELETED, carried, null, carried.isOrphaned(), misattached, false);
        }
        Span expected = new Span(low, high + 1);
        String oldWords = pair.oldText().substring(claim.start(), claim.end());
        String newWords = newText.substring(expected.start(), expected.end());
        boolean exact = !carried.isOrphaned() && carried.newStart() == expected.start() && carried.newEnd() == expected.end();
        if (sameKeys(oldWords, newWords)) {
            return new Grade(claim, Category.SAME_WORDS, carried, expected,
                    carried.outcome() == Outcome.UNCHANGED && exact, misattached, exact);
        }
        List<String> before = Similarity.words(oldWords);
        int distance = wordEditDistance(before, Similarity.words(newWords));
        if (distance * 3 > before.size()) {
            return new Grade(claim, Category.HEAVILY_CHANGED, carried, expected, true, misattached, exact);
        }
        boolean found = carried.outcome() == Outcome.CHANGED && !misattached
                && coversSurvivingWords(oldTokens, claim, carried, copies);
        return new Grade(claim, Category.LIGHTLY_CHANGED, carried, expected, found, misattached, exact);
    }

    private static boolean sameKeys(String a, String b) {
        WordTokens x = WordTokens.of(a);
        WordTokens y = WordTokens.of(b);
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!x.key(i).equals(y.key(i))) {
                return false;
            }
        }
        return true;
    }

    /** Every word of the claim that is still there, letter for letter, lies in the carried range. */
    private static boolean coversSurvivingWords(WordTokens words, Span claim, CarriedClaim carried, int[] copies) {
        for (int t = words.tokenAtOrAfter(claim.start()); t < words.tokenEndBefore(claim.end()); t++) {
            if (!words.isWord(t)) {
                continue;
            }
            boolean survived = true;
            for (int i = words.start(t); i < words.end(t) && survived; i++) {
                survived = copies[i] >= 0 && (i == words.start(t) || copies[i] == copies[i - 1] + 1);
            }
            if (survived && (copies[words.start(t)] < carried.newStart() || copies[words.end(t) - 1] >= carried.newEnd())) {
                return false;
            }
        }
        return true;
    }

    static int wordEditDistance(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int substitution = previous[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
