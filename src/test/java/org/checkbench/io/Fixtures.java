package org.checkbench.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The committed draft fixtures (src/test/resources/org/checkbench/io, see its README). */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/org/checkbench/io/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
