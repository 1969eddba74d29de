package org.checkbench.match;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Every stored vector, compared exactly with the query (no approximate index: at 100,000 claims a
 * full pass is a few tens of milliseconds, docs/matching.md). In memory each vector is kept as one
 * byte per dimension plus a scale: a quarter of the memory of floats, and on the benchmark MAP@5
 * moved by 0.003.
 */
final class VectorIndex {

    private final int dimension;
    private byte[] codes;
    private float[] scales;
    private int rows;

    VectorIndex(int dimension) {
        this.dimension = dimension;
        this.codes = new byte[dimension * 256];
        this.scales = new float[256];
    }

    /** Adds a unit vector and returns its row. */
    int add(float[] vector) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("expected " + dimension + " dimensions, got " + vector.length);
        }
        int row = rows++;
        if (row == scales.length) {
            scales = Arrays.copyOf(scales, row * 2);
            codes = Arrays.copyOf(codes, row * 2 * dimension);
        }
        float max = 0;
        for (float v : vector) {
            max = Math.max(max, Math.abs(v));
        }
        float scale = max == 0 ? 0 : max / 127f;
        scales[row] = scale;
        int offset = row * dimension;
        for (int i = 0; i < dimension; i++) {
            codes[offset + i] = scale == 0 ? 0 : (byte) Math.round(vector[i] / scale);
        }
        return row;
    }

    int size() {
        return rows;
    }

    // Below this many rows one core is quicker than handing work to others.
    private static final int ROWS_PER_TASK = 16_384;

    /** Cosine of the unit query with every row, indexed by row; large indexes use every core. */
    float[] cosines(float[] query) {
        float[] result = new float[rows];
        int tasks = (rows + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        if (tasks <= 1) {
            fill(query, result, 0, rows);
        } else {
            IntStream.range(0, tasks).parallel().forEach(task -> fill(query, result, task * ROWS_PER_TASK,
                    Math.min(rows, (task + 1) * ROWS_PER_TASK)));
        }
        return result;
    }

    private void fill(float[] query, float[] result, int from, int to) {
        for (int row = from; row < to; row++) {
            result[row] = cosine(query, row);
        }
    }

    float cosine(float[] query, int row) {
        int offset = row * dimension;
        float s0 = 0;
        float s1 = 0;
        for (int i = 0; i < dimension; i += 2) {
            s0 += query[i] * codes[offset + i];
            s1 += query[i + 1] * codes[offset + i + 1];
        }
        return (s0 + s1) * scales[row];
    }
}
