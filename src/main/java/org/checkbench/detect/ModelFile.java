package org.checkbench.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoder's model file handed to ONNX Runtime by path: read from a file, the session holds only
 * what it builds, where read from bytes it also held our 24 MB copy and its own parse of them while
 * it built the session. That was the load's transient, some 35 MiB above what the loaded session
 * keeps, and it came back with every reload after the window let the encoder go (ADR 0173).
 */
final class ModelFile {

    private ModelFile() {
    }

    /**
     * {@code resource} streamed into a new temporary file only this user can read, or null when
     * none can be written (a full or read-only temporary folder): the caller then reads the bytes
     * as before. The caller deletes the file once the session is built ({@link #delete}).
     *
     * @throws EncoderUnavailableException when the jar lacks the resource
     */
    static Path temporaryCopy(String resource) {
        Path file = null;
        try (InputStream in = ModelFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new EncoderUnavailableException("its weights " + resource + " are missing from the jar");
            }
            file = Files.createTempFile("checkbench-encoder-", ".onnx");
            try (OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            }
            return file;
        } catch (IOException | SecurityException e) {
            delete(file);
            return null;
        }
    }

    /** Removes a copy made by {@link #temporaryCopy}; nothing when {@code file} is null or already gone. */
    static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException | SecurityException e) {
            // A stray file in the temporary folder, which the system clears; the session does not need it.
        }
    }
}
