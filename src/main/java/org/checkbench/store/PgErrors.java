package org.checkbench.store;

import java.nio.file.Path;
import java.sql.SQLException;

import org.checkbench.store.WorkspaceException.Kind;

/** Turns PostgreSQL's SQLSTATE codes into the team-workspace problems people can act on. */
final class PgErrors {

    private PgErrors() {
    }

    static RuntimeException translate(String location, Path journal, SQLException e, Phase phase) {
        String state = sqlState(e);
        if (state.startsWith("23")) { // integrity constraint violation: a caller's bug, as on SQLite
            return new IllegalArgumentException("the change breaks a rule of the workspace: " + e.getMessage(), e);
        }
        if (isConnectionLost(e)) {
            return WorkspaceException.serverUnreachable(journal, location, e.getMessage(), stateAfter(phase), e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new WorkspaceException(Kind.NOT_ALLOWED, journal,
                    "The server " + location + " refused the user name or password.",
                    "Check them with whoever runs the server, then connect again. Nothing was changed.", e);
        }
        if (state.equals("42501")) {
            return new WorkspaceException(Kind.NOT_ALLOWED, journal,
                    "Your role on " + location + " may not do this (" + e.getMessage() + "); " + stateAfter(phase),
                    "Ask a reviewer or an admin of the team workspace to do it, or to give you that role.", e);
        }
        return new WorkspaceException(Kind.IO_ERROR, journal,
                "The server " + location + " refused the change (" + e.getMessage() + "); " + stateAfter(phase),
                "Try again; if it keeps failing, tell whoever runs the server.", e);
    }

    /** Lost connections: class 08, the server shutting down (57P01-3), or no answer at all. */
    static boolean isConnectionLost(SQLException e) {
        String state = sqlState(e);
        return state.startsWith("08") || state.startsWith("57P");
    }

    /** Another writer changed the rows this transaction read (40001) or a deadlock (40P01). */
    static boolean isSerializationFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sqlState(sql).startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private static String sqlState(SQLException e) {
        return e.getSQLState() == null ? "" : e.getSQLState();
    }

    private static String stateAfter(Phase phase) {
        return switch (phase) {
            case OPEN -> "the workspace was not opened.";
            case READ, BACKUP, FLUSH -> "nothing was changed.";
            case WRITE -> "the last change was not saved on the server.";
        };
    }
}
