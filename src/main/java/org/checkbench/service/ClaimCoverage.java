package org.checkbench.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.checkbench.model.Claim;

/**
 * The parts of a text covered by claims, merged into disjoint sorted ranges, so that asking whether
 * a sentence touches any claim costs a binary search rather than a pass over 2,000 claims.
 */
final class ClaimCoverage {

    private final int[] starts;
    private final int[] ends;

    private ClaimCoverage(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** Orphaned claims are left out: their offsets no longer point at their text. */
    static ClaimCoverage of(List<Claim> claims) {
        List<int[]> ranges = new ArrayList<>();
        for (Claim claim : claims) {
            if (!claim.orphaned()) {
                ranges.add(new int[] {claim.anchor().start(), claim.anchor().end()});
            }
        }
        return ofPlaces(ranges);
    }

    /** The same from the places of the claims that are not orphaned ({start, end}); empty ones cover nothing. */
    static ClaimCoverage ofPlaces(List<int[]> places) {
        List<int[]> ranges = new ArrayList<>(places.size());
        for (int[] place : places) {
            if (place[1] > place[0]) {
                ranges.add(place);
            }
        }
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] starts = new int[ranges.size()];
        int[] ends = new int[ranges.size()];
        int count = 0;
        for (int[] range : ranges) {
            if (count > 0 && range[0] <= ends[count - 1]) {
                ends[count - 1] = Math.max(ends[count - 1], range[1]);
            } else {
                starts[count] = range[0];
                ends[count] = range[1];
                count++;
            }
        }
        return new ClaimCoverage(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** True when [start, end) shares at least one character with a claim. */
    boolean overlaps(int start, int end) {
        // The first merged range that ends after start is the only one that can overlap.
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ends[middle] <= start) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low < ends.length && starts[low] < end;
    }
}
