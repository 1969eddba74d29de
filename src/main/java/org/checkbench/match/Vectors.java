package org.checkbench.match;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Small vector helpers: normalising, dot products and the stored byte form. */
public final class Vectors {

    private Vectors() {
    }

    /** A copy scaled to length one (a zero vector stays zero). */
    public static float[] normalized(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        float[] result = vector.clone();
        if (sum > 0) {
            float scale = (float) (1 / Math.sqrt(sum));
            for (int i = 0; i < result.length; i++) {
                result[i] *= scale;
            }
        }
        return result;
    }

    /** Dot product of {@code query} with the vector stored at {@code offset} of {@code flat}. */
    static float dot(float[] query, float[] flat, int offset) {
        // Four sums let the processor overlap the additions.
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int n = query.length;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += query[i] * flat[offset + i];
            s1 += query[i + 1] * flat[offset + i + 1];
            s2 += query[i + 2] * flat[offset + i + 2];
            s3 += query[i + 3] * flat[offset + i + 3];
        }
        for (; i < n; i++) {
            s0 += query[i] * flat[offset + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    public static float dot(float[] a, float[] b) {
        return dot(a, b, 0);
    }

    /** Little-endian float32, as stored in the workspace. */
    public static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : vector) {
            buffer.putFloat(v);
        }
        return buffer.array();
    }

    public static float[] fromBytes(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] vector = new float[bytes.length / Float.BYTES];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = buffer.getFloat();
        }
        return vector;
    }
}
