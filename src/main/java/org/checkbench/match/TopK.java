package org.checkbench.match;

import java.util.Arrays;
import java.util.PriorityQueue;

/** The indices of the largest values, largest first, without sorting everything. */
final class TopK {

    private TopK() {
    }

    static int[] indices(float[] values, int k) {
        int limit = Math.min(k, values.length);
        if (limit <= 0) {
            return new int[0];
        }
        PriorityQueue<Integer> smallestKept = new PriorityQueue<>(limit + 1, (a, b) -> Float.compare(values[a], values[b]));
        for (int i = 0; i < values.length; i++) {
            if (smallestKept.size() < limit) {
                smallestKept.add(i);
            } else if (values[i] > values[smallestKept.peek()]) {
                smallestKept.poll();
                smallestKept.add(i);
            }
        }
        int[] result = new int[smallestKept.size()];
        for (int i = result.length - 1; i >= 0; i--) {
            result[i] = smallestKept.poll();
        }
        return result;
    }

    /** Rank (1 = best) of each index in {@code values}, for reciprocal rank fusion. */
    static int[] ranks(float[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Float.compare(values[b], values[a]));
        int[] ranks = new int[values.length];
        for (int r = 0; r < order.length; r++) {
            ranks[order[r]] = r + 1;
        }
        return ranks;
    }
}
