package org.checkbench.store;

import java.nio.file.Path;
import java.sql.SQLException;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's result codes into the workspace problems people can act on. */
final class SqlErrors {

    private SqlErrors() {
    }

    /**
     * A WorkspaceException for problems with the file; an IllegalArgumentException for a change
     * that breaks the schema's rules (a link to a missing claim, a duplicate link), which is a bug
     * in the caller rather than something the user can fix.
     */
    static RuntimeException translate(Path file, SQLException e) {
        switch (primaryCode(e)) {
            case 19: // SQLITE_CONSTRAINT
                return new IllegalArgumentException("the change breaks a rule of the workspace: " + e.getMessage(), e);
            case 11: // SQLITE_CORRUPT
            case 26: // SQLITE_NOTADB: the header was fine when probed, so the rest is damaged
                return WorkspaceException.corrupt(file, e.getMessage(), e);
            case 13: // SQLITE_FULL
                return WorkspaceException.diskFull(file, e);
            case 8: // SQLITE_READONLY
                return WorkspaceException.readOnly(file, "The workspace file");
            case 5: // SQLITE_BUSY
            case 6: // SQLITE_LOCKED
                return WorkspaceException.locked(file);
            default:
                return WorkspaceException.ioError(file, e.getMessage(), e);
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
