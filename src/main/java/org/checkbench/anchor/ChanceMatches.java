package org.checkbench.anchor;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops the matches of a word diff that are chance rather than kept text: a stretch of equal
 * words shorter than the rewrites on both sides of it ("the" between a deleted sentence and an
 * unrelated new one). Same rule as diff-match-patch's semantic clean-up, with punctuation marks
 * weighing half a word. Without it, a claim in a deleted sentence could follow a "the" or a full
 * stop into a sentence it has nothing to do with.
 */
final class ChanceMatches {

    private ChanceMatches() {
    }

    /**
     * @param runs equal stretches {oldStart, newStart, length} in positions of the two sides, in order
     * @return the runs worth keeping
     */
    static List<int[]> kept(List<int[]> runs, int[] oldSide, WordTokens oldTokens, int[] newSide, WordTokens newTokens) {
        double[] oldWeights = prefixWeights(oldSide, oldTokens);
        double[] newWeights = prefixWeights(newSide, newTokens);
        List<int[]> kept = new ArrayList<>(runs);
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (int i = 0; i < kept.size(); i++) {
                int[] run = kept.get(i);
                double weight = oldWeights[run[0] + run[2]] - oldWeights[run[0]];
                int oldBefore = i == 0 ? 0 : kept.get(i - 1)[0] + kept.get(i - 1)[2];
                int newBefore = i == 0 ? 0 : kept.get(i - 1)[1] + kept.get(i - 1)[2];
                int oldAfter = i + 1 == kept.size() ? oldSide.length : kept.get(i + 1)[0];
                int newAfter = i + 1 == kept.size() ? newSide.length : kept.get(i + 1)[1];
                double editBefore = Math.max(oldWeights[run[0]] - oldWeights[oldBefore],
                        newWeights[run[1]] - newWeights[newBefore]);
                double editAfter = Math.max(oldWeights[oldAfter] - oldWeights[run[0] + run[2]],
                        newWeights[newAfter] - newWeights[run[1] + run[2]]);
                if (weight < editBefore && weight < editAfter) {
                    kept.remove(i);
                    dropped = true;
                    i--;
                }
            }
        }
        return kept;
    }

    private static double[] prefixWeights(int[] side, WordTokens tokens) {
        double[] sums = new double[side.length + 1];
        for (int i = 0; i < side.length; i++) {
            sums[i + 1] = sums[i] + (tokens.isWord(side[i]) ? 1 : 0.5);
        }
        return sums;
    }
}
