package org.checkbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;

/**
 * Looks at a file before SQLite does, so that files which are not ours are refused without SQLite
 * ever opening them for writing.
 */
final class WorkspaceFileProbe {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private WorkspaceFileProbe() {
    }

    /** True when the file starts like an SQLite database (it may still be damaged further in). */
    static boolean hasSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(100);
            return header.length == 100
                    && Arrays.equals(Arrays.copyOf(header, SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            throw WorkspaceException.ioError(file, e.getMessage(), e);
        }
    }

    /**
     * Whether a path is meant to be read-only. {@link Files#isWritable} alone is not enough: it asks
     * the OS whether this process may write, and for root (CI, containers) the answer is always yes
     * whatever the permission bits say. The owner-write bit and the DOS read-only flag say what the
     * user intended, so they count too.
     */
    static boolean isReadOnly(Path path) {
        if (!Files.isWritable(path)) {
            return true;
        }
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            if (posix != null) {
                return !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
            }
            DosFileAttributeView dos = Files.getFileAttributeView(path, DosFileAttributeView.class);
            if (dos != null && !Files.isDirectory(path)) {
                return dos.readAttributes().isReadOnly();
            }
            return false;
        } catch (IOException e) {
            throw WorkspaceException.ioError(path, e.getMessage(), e);
        }
    }
}
