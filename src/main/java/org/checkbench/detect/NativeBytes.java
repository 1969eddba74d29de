package org.checkbench.detect;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;

/**
 * A resource read into native memory that is handed back as soon as it is no longer needed. The
 * encoder's 24 MB model file is needed only while ONNX Runtime builds its session: in the Java heap
 * it would grow a window limited to 384 MB for good, and a direct buffer left to the garbage
 * collector stays resident until a full collection, which a quiet window may never run (ADR 0112).
 */
final class NativeBytes {

    private static final Method INVOKE_CLEANER;
    private static final Object UNSAFE;

    static {
        Method cleaner = null;
        Object unsafe = null;
        try {
            Class<?> type = Class.forName("sun.misc.Unsafe");
            Field field = type.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            unsafe = field.get(null);
            cleaner = type.getMethod("invokeCleaner", ByteBuffer.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Without it the buffer is freed by the garbage collector, later: the same result.
        }
        INVOKE_CLEANER = cleaner;
        UNSAFE = unsafe;
    }

    private NativeBytes() {
    }

    /** All of {@code in}, in a direct buffer of about {@code expectedSize} bytes (it grows if needed). */
    static ByteBuffer read(InputStream in, int expectedSize) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocateDirect(expectedSize);
        byte[] chunk = new byte[1 << 16];
        for (int read; (read = in.read(chunk)) > 0; ) {
            if (bytes.remaining() < read) {
                ByteBuffer larger = ByteBuffer.allocateDirect(bytes.capacity() * 2);
                larger.put(bytes.flip());
                free(bytes);
                bytes = larger;
            }
            bytes.put(chunk, 0, read);
        }
        return bytes.flip();
    }

    /** Frees {@code bytes} now; it must not be used afterwards. */
    static void free(ByteBuffer bytes) {
        if (INVOKE_CLEANER == null || !bytes.isDirect()) {
            return;
        }
        try {
            INVOKE_CLEANER.invoke(UNSAFE, bytes);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Left to the garbage collector.
        }
    }
}
