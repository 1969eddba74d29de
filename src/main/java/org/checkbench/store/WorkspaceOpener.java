package org.checkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.checkbench.io.IoErrors;
import org.sqlite.SQLiteConfig;

/**
 * The careful way into a workspace file. Everything that could refuse the file happens before
 * SQLite opens it for writing, so a refused file keeps every byte: the header is read by hand, the
 * lock is taken, and the format is inspected through a read-only connection. Only then is a
 * backup made (if a migration is due) and the writing connection opened.
 */
final class WorkspaceOpener {

    /**
     * ADR 0010: NORMAL keeps a commit under a millisecond and safe from a crash of the app; the
     * {@link WalFlusher} makes it safe from a power cut within a second.
     */
    static final SQLiteConfig.SynchronousMode SYNCHRONOUS = SQLiteConfig.SynchronousMode.NORMAL;

    private static final DateTimeFormatter BACKUP_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final List<Migration> migrations;
    private final Clock clock;

    WorkspaceOpener(List<Migration> migrations, Clock clock) {
        this.migrations = migrations;
        this.clock = clock;
    }

    /**
     * What may happen to the path. An empty file (zero bytes, or a database without tables) is
     * never taken for a workspace when one is asked for by name: it is as often a copy that did not
     * finish as a placeholder, and silently starting afresh in it would hide the loss (ADR 0131).
     * Only creating a workspace there, and the app's own default workspace, fill it in.
     */
    enum Mode {
        /** A named workspace; a missing file is created, an empty one refused. */
        OPEN_OR_CREATE(false),
        /** A named workspace that must exist. */
        EXISTING_ONLY(false),
        /** A new workspace: a missing or empty file is filled in; anything else refused. */
        NEW_ONLY(true),
        /** The workspace in the data folder, which only Checkbench writes: missing or empty, it is created. */
        DEFAULT(true);

        private final boolean fillsEmptyFile;

        Mode(boolean fillsEmptyFile) {
            this.fillsEmptyFile = fillsEmptyFile;
        }
    }

    Workspace open(Path requested, Mode mode) {
        Path file = requested.toAbsolutePath().normalize();
        boolean exists = Files.exists(file);
        boolean zeroBytes = exists && isZeroBytes(file);
        if (exists && mode == Mode.NEW_ONLY && !zeroBytes) {
            throw WorkspaceException.alreadyExists(file);
        }
        if (!exists && mode == Mode.EXISTING_ONLY) {
            throw WorkspaceException.notFound(file);
        }
        if (exists) {
            refuseForeignOrReadOnly(file, mode);
        } else {
            createParentFolder(file);
            if (WorkspaceFileProbe.isReadOnly(file.getParent())) {
                throw WorkspaceException.readOnly(file, "The folder " + file.getParent());
            }
        }
        boolean lockFileExisted = Files.exists(WorkspaceLock.lockFileOf(file));
        WorkspaceLock lock = WorkspaceLock.acquire(file);
        try {
            int version = exists ? inspectLeavingNoTrace(file) : 0;
            if (exists && version == 0 && !mode.fillsEmptyFile) {
                throw WorkspaceException.emptyFile(file);
            }
            if (version > 0 && version < Migrations.latestOf(migrations)) {
                backupBeforeMigration(file, version);
            }
            Connection connection = openForWriting(file);
            try {
                migrate(file, connection, version);
                return new Workspace(new Database(file, connection), lock, Migrations.latestOf(migrations));
            } catch (RuntimeException e) {
                closeQuietly(connection);
                throw e;
            }
        } catch (RuntimeException e) {
            if (!exists || zeroBytes) {
                // A workspace that could not be created completely is not left half-made.
                if (zeroBytes) {
                    truncateQuietly(file);
                } else {
                    deleteQuietly(file);
                }
                deleteQuietly(file.resolveSibling(file.getFileName() + "-wal"));
                deleteQuietly(file.resolveSibling(file.getFileName() + "-shm"));
            }
            lock.close();
            if (!lockFileExisted) {
                // A refused file (another program's database, say) keeps no lock file beside it.
                deleteQuietly(WorkspaceLock.lockFileOf(file));
            }
            throw e;
        }
    }

    private static boolean isZeroBytes(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            throw WorkspaceException.ioError(file, IoErrors.describe(e), e);
        }
    }

    private static void truncateQuietly(Path file) {
        try (var channel = Files.newByteChannel(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(0);
        } catch (IOException ignored) {
            // Tidying up only.
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // Tidying up only.
        }
    }

    private static void refuseForeignOrReadOnly(Path file, Mode mode) {
        if (Files.isDirectory(file)) {
            throw WorkspaceException.notADatabase(file);
        }
        try {
            long size = Files.size(file);
            if (size == 0 && !mode.fillsEmptyFile) {
                throw WorkspaceException.emptyFile(file);
            }
            if (size > 0 && !WorkspaceFileProbe.hasSqliteHeader(file)) {
                throw WorkspaceException.notADatabase(file);
            }
        } catch (IOException e) {
            throw WorkspaceException.ioError(file, IoErrors.describe(e), e);
        }
        if (WorkspaceFileProbe.isReadOnly(file)) {
            throw WorkspaceException.readOnly(file, "The workspace file");
        }
        // WAL mode keeps two files beside the workspace, so the folder must be writable too.
        if (WorkspaceFileProbe.isReadOnly(file.getParent())) {
            throw WorkspaceException.readOnly(file, "The folder " + file.getParent());
        }
    }

    private static void createParentFolder(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            if (IoErrors.isDiskFull(e)) {
                throw WorkspaceException.diskFull(file, Phase.OPEN, e);
            }
            throw WorkspaceException.ioError(file, "cannot create the folder " + file.getParent() + ": "
                    + IoErrors.describe(e), e);
        }
    }

    /**
     * {@link #inspect}, and if the file is refused, removes the empty {@code -wal} and {@code -shm}
     * files SQLite's read-only connection made beside it, so a refused file is left exactly as found.
     */
    private int inspectLeavingNoTrace(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        Path shm = file.resolveSibling(file.getFileName() + "-shm");
        boolean hadWal = Files.exists(wal);
        boolean hadShm = Files.exists(shm);
        try {
            return inspect(file);
        } catch (RuntimeException e) {
            try {
                if (!hadWal && Files.exists(wal) && Files.size(wal) == 0) {
                    Files.delete(wal);
                    if (!hadShm) {
                        Files.deleteIfExists(shm);
                    }
                }
            } catch (IOException ignored) {
                // Tidying up only; the refusal is what matters.
            }
            throw e;
        }
    }

    /**
     * Reads the format of an existing file without writing to it. Returns 0 for an empty database
     * (we may initialise it) and the schema version for one of ours.
     */
    private int inspect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = config.createConnection(url(file));
             Statement statement = connection.createStatement()) {
            int applicationId = intPragma(statement, "application_id");
            int version = intPragma(statement, "user_version");
            int schemaObjects;
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
                schemaObjects = rs.getInt(1);
            }
            if (applicationId != Migrations.APPLICATION_ID) {
                if (applicationId == 0 && version == 0 && schemaObjects == 0) {
                    return 0;
                }
                throw WorkspaceException.notAWorkspace(file);
            }
            int latest = Migrations.latestOf(migrations);
            if (version > latest) {
                throw WorkspaceException.newerVersion(file, version, latest);
            }
            checkStructure(file, statement);
            return version;
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e, Phase.OPEN);
        }
    }

    /**
     * Every open checks every page (SQLite's quick_check) before anything writes, so a workspace
     * damaged anywhere is refused by every command and by the window alike, before it is touched
     * (ADR 0131, replacing ADR 0013's check only after an unclean shutdown).
     */
    private static void checkStructure(Path file, Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw WorkspaceException.corrupt(file, "integrity check: " + result, null);
            }
        }
    }

    /** A copy of the file as it was, next to it, before any migration touches it (ADR 0011). */
    private void backupBeforeMigration(Path file, int version) {
        Path target = file.resolveSibling(file.getFileName() + ".before-v" + (version + 1) + "-"
                + BACKUP_STAMP.format(clock.instant()) + ".bak");
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = config.createConnection(url(file))) {
            OnlineBackup.copy(connection, file, target);
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e, Phase.OPEN);
        }
    }

    private static Connection openForWriting(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SYNCHRONOUS);
        // Another process reading (a backup tool, `info`) must not make our writes fail at once.
        config.setBusyTimeout(5_000);
        try {
            Connection connection = config.createConnection(url(file));
            try (Statement statement = connection.createStatement()) {
                // The config applies these, but "on every connection" is too important to trust blindly.
                statement.execute("PRAGMA foreign_keys = ON");
                if (intPragma(statement, "foreign_keys") != 1) {
                    connection.close();
                    throw new IllegalStateException("SQLite refused to enforce foreign keys");
                }
            }
            return connection;
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e, Phase.OPEN);
        }
    }

    private void migrate(Path file, Connection connection, int fromVersion) {
        try (Statement statement = connection.createStatement()) {
            for (Migration migration : migrations.subList(fromVersion, migrations.size())) {
                statement.execute("BEGIN IMMEDIATE");
                try {
                    for (String sql : migration.statements()) {
                        statement.execute(sql);
                    }
                    statement.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
                    statement.execute("PRAGMA user_version = " + migration.version());
                    statement.execute("COMMIT");
                } catch (SQLException e) {
                    statement.execute("ROLLBACK");
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e, Phase.OPEN);
        }
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    static int intPragma(Statement statement, String pragma) throws SQLException {
        try (ResultSet rs = statement.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing; the first error is the one to report.
        }
    }
}
