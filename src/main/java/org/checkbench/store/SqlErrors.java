package org.checkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's result codes into the workspace problems people can act on. */
final class SqlErrors {

    /**
     * Below this much free space an I/O error is the disk being full: SQLite then fails with
     * whichever call ran out first (SQLITE_IOERR_SHMSIZE on open, _WRITE, _FSYNC...), not SQLITE_FULL.
     */
    static final long NEARLY_FULL_BYTES = 1024 * 1024;

    private SqlErrors() {
    }

    /** {@link #translate(Path, SQLException, Phase)} for a failed write transaction. */
    static RuntimeException translate(Path file, SQLException e) {
        return translate(file, e, Phase.WRITE);
    }

    /**
     * A WorkspaceException for problems with the file, saying what became of the data in that
     * phase; an IllegalArgumentException for a change that breaks the schema's rules (a link to a
     * missing claim, a duplicate link), which is a bug in the caller rather than something the user
     * can fix.
     */
    static RuntimeException translate(Path file, SQLException e, Phase phase) {
        int code = primaryCode(e);
        if (code == 13 || (code == 10 || code == 14) && nearlyFull(file)) { // SQLITE_FULL, _IOERR, _CANTOPEN
            return WorkspaceException.diskFull(file, phase, e);
        }
        switch (code) {
            case 19: // SQLITE_CONSTRAINT
                return new IllegalArgumentException("the change breaks a rule of the workspace: " + e.getMessage(), e);
            case 11: // SQLITE_CORRUPT
            case 26: // SQLITE_NOTADB: the header was fine when probed, so the rest is damaged
                return WorkspaceException.corrupt(file, e.getMessage(), e);
            case 8: // SQLITE_READONLY
                return WorkspaceException.readOnly(file, "The workspace file");
            case 5: // SQLITE_BUSY
            case 6: // SQLITE_LOCKED
                return WorkspaceException.locked(file);
            default:
                return WorkspaceException.ioError(file, phase, e.getMessage(), e);
        }
    }

    /** Whether the disk holding {@code file} has (almost) no space left. */
    static boolean nearlyFull(Path file) {
        try {
            Path existing = file.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null && Files.getFileStore(existing).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException | SecurityException unknown) {
            return false;
        }
    }

    static int primaryCode(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            return code.code & 0xff;
        }
        return e.getErrorCode() & 0xff;
    }
}
