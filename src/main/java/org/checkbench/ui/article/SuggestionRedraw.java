package org.checkbench.ui.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.checkbench.model.Suggestion;

/**
 * Which characters to restyle when the suggestions shown change: only the sentences that appeared
 * or went, so a new set of 4,000 suggestions of which ten changed restyles ten sentences.
 */
final class SuggestionRedraw {

    private SuggestionRedraw() {
    }

    /** The ranges of the suggestions in {@code shown} and not in {@code fresh}, and the other way round (by place). */
    static List<int[]> appearedOrWent(List<Suggestion> shown, List<Suggestion> fresh) {
        Set<Long> oldRanges = new HashSet<>();
        shown.forEach(s -> oldRanges.add(key(s)));
        Set<Long> newRanges = new HashSet<>();
        fresh.forEach(s -> newRanges.add(key(s)));
        List<int[]> redraw = new ArrayList<>();
        shown.stream().filter(s -> !newRanges.contains(key(s))).forEach(s -> redraw.add(range(s)));
        fresh.stream().filter(s -> !oldRanges.contains(key(s))).forEach(s -> redraw.add(range(s)));
        return redraw;
    }

    static int[] range(Suggestion s) {
        return new int[] {s.start(), s.end()};
    }

    private static long key(Suggestion s) {
        return ((long) s.start() << 32) | s.end();
    }
}
