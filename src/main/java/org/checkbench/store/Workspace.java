package org.checkbench.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.checkbench.model.TeamChangeListener;
import org.checkbench.model.TeamServer;
import org.checkbench.model.TeamRole;

/**
 * An open workspace file: one SQLite database, locked against other Checkbench processes for as
 * long as it is open. Repositories reach every entity; {@link #inTransaction} groups their calls
 * into one atomic user action. Safe to call from several threads (calls are serialised).
 */
public final class Workspace implements AutoCloseable {

    private final Database db;
    private final WorkspaceLock lock;
    private final int schemaVersion;
    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final ClaimRepository claims;
    private final EvidenceRepository evidence;
    private final AttachmentRepository attachments;
    private final ClaimEvidenceRepository links;
    private final HistoryRepository history;
    private final SuggestionRepository suggestions;
    private final ReviewRepository reviews;
    private final RevisionInfoRepository revisionInfo;
    private final CarriedClaimRepository carriedClaims;
    private final FullTextSearch search;
    private final RevisionSourceRepository revisionSources;
    private final ClaimAttributionRepository attributions;
    private final PublicationRepository publications;
    private final BundleImportRepository bundleImports;
    private final FactCheckRepository factChecks;
    private final VectorRepository vectors;
    private final WalFlusher flusher;
    private final TeamServer team;
    private final TextLocks textLocks;
    private final char[] teamPassword;
    private boolean closed;

    Workspace(Database db, WorkspaceLock lock, int schemaVersion) {
        this(db, lock, schemaVersion, null);
    }

    /** {@code lock} is null for a team workspace: the server keeps writers apart, not a lock file. */
    Workspace(Database db, WorkspaceLock lock, int schemaVersion, TeamServer team) {
        this(db, lock, schemaVersion, team, null);
    }

    /**
     * {@code teamPassword} is kept in memory only, for the change feed's connection and for
     * reconnecting after the network dropped; it is wiped on close and never written anywhere.
     */
    Workspace(Database db, WorkspaceLock lock, int schemaVersion, TeamServer team, char[] teamPassword) {
        this.db = db;
        this.lock = lock;
        this.team = team;
        this.teamPassword = teamPassword == null ? null : teamPassword.clone();
        if (team != null) {
            db.reconnectWith(() -> TeamWorkspaceOpener.answerWithin(
                    TeamWorkspaceOpener.connect(team, this.teamPassword, db.file()), TeamWorkspaceOpener.WORK_TIMEOUT_MILLIS,
                    db.file()));
        }
        this.schemaVersion = schemaVersion;
        this.articles = new ArticleRepository(db);
        this.revisions = new RevisionRepository(db);
        this.claims = new ClaimRepository(db);
        this.evidence = new EvidenceRepository(db);
        this.attachments = new AttachmentRepository(db);
        this.links = new ClaimEvidenceRepository(db);
        this.history = new HistoryRepository(db);
        this.suggestions = new SuggestionRepository(db);
        this.reviews = new ReviewRepository(db);
        this.revisionInfo = new RevisionInfoRepository(db);
        this.carriedClaims = new CarriedClaimRepository(db);
        this.search = new FullTextSearch(db);
        this.revisionSources = new RevisionSourceRepository(db);
        this.attributions = new ClaimAttributionRepository(db);
        this.publications = new PublicationRepository(db);
        this.bundleImports = new BundleImportRepository(db);
        this.factChecks = new FactCheckRepository(db);
        this.vectors = new VectorRepository(db);
        this.flusher = new WalFlusher(db.file(), db::checkpoint);
        this.textLocks = team == null ? null : new TextLocks(db);
        if (team == null) {
            db.afterCommit(flusher::requestFlush);
        }
    }

    /**
     * Opens the workspace at {@code file}, creating it (and its folder) if there is none. An empty
     * file is refused, like a damaged one (ADR 0131).
     */
    public static Workspace open(Path file) {
        return new WorkspaceOpener(Migrations.ALL, Clock.systemUTC()).open(file, WorkspaceOpener.Mode.OPEN_OR_CREATE);
    }

    /**
     * The workspace in the app's data folder: created when missing, and also when the file is
     * empty (a first start that was cut off), since only Checkbench writes there.
     */
    public static Workspace openDefault(Path file) {
        return new WorkspaceOpener(Migrations.ALL, Clock.systemUTC()).open(file, WorkspaceOpener.Mode.DEFAULT);
    }

    /** Opens an existing workspace; a missing file is an error rather than a new workspace. */
    public static Workspace openExisting(Path file) {
        return new WorkspaceOpener(Migrations.ALL, Clock.systemUTC()).open(file, WorkspaceOpener.Mode.EXISTING_ONLY);
    }

    /** Creates a new, empty workspace; refuses to touch a file that already exists (an empty one is filled in). */
    public static Workspace create(Path file) {
        return new WorkspaceOpener(Migrations.ALL, Clock.systemUTC()).open(file, WorkspaceOpener.Mode.NEW_ONLY);
    }

    /**
     * Connects to a team workspace on a PostgreSQL server, setting up its schema on an empty
     * database and bringing an older one to this build's format (ADR 0120).
     *
     * @param journal the local file that holds this workspace's changes while the server cannot be
     *                reached; messages about the workspace name the server, not this file
     */
    public static Workspace connect(TeamServer server, char[] password, Path journal) {
        return new TeamWorkspaceOpener(PgSchema.migrations()).open(server, password, journal);
    }

    /** For migration tests: open with another list of schema steps. */
    static Workspace open(Path file, List<Migration> migrations, Clock clock) {
        return new WorkspaceOpener(migrations, clock).open(file, WorkspaceOpener.Mode.OPEN_OR_CREATE);
    }

    /** The workspace file; for a team workspace, its local journal file. */
    public Path file() {
        return db.file();
    }

    /** The server a team workspace lives on; empty for a local file. */
    public java.util.Optional<TeamServer> team() {
        return java.util.Optional.ofNullable(team);
    }

    /** Who may change each article's text (ADR 0150); empty for a local file, which has one writer. */
    public java.util.Optional<TextLocks> textLocks() {
        return java.util.Optional.ofNullable(textLocks);
    }

    /**
     * Starts hearing every change others make on a team workspace's server; close the feed when the
     * window goes. A local workspace has no one else writing: this is for team workspaces only.
     */
    public TeamChangeFeed listenForChanges(TeamChangeListener listener) {
        if (team == null) {
            throw new IllegalStateException("only a team workspace has changes made by others");
        }
        TeamChangeFeed feed = new TeamChangeFeed(() -> TeamWorkspaceOpener.connect(team, teamPassword, file()), listener);
        feed.start();
        return feed;
    }

    /**
     * {@code checkbench team init}: the checker, reviewer and admin roles with their grants and
     * row-level security on this team workspace (ADR 0126). Needs the database's owner.
     */
    public void setUpTeamRoles() {
        requireTeam();
        db.transaction(connection -> {
            TeamRoles.setUp(connection);
            return null;
        });
    }

    /** Makes {@code user} a member of the desk with {@code role}, creating the login if it is new. */
    public void addTeamMember(String user, TeamRole role, char[] password) {
        requireTeam();
        db.transaction(connection -> {
            TeamRoles.addMember(connection, user, role, password);
            return null;
        });
    }

    private void requireTeam() {
        if (team == null) {
            throw new IllegalStateException("roles exist on team workspaces only");
        }
    }

    /** What messages and the title bar call this workspace: its file, or user@host:port/database. */
    public String location() {
        return db.location();
    }

    /** The engine the workspace lives on. */
    public Dialect dialect() {
        return db.dialect();
    }

    /** For tests in this package: the connection, to set limits such as {@code max_page_count}. */
    Database database() {
        return db;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public ArticleRepository articles() {
        return articles;
    }

    public RevisionRepository revisions() {
        return revisions;
    }

    public ClaimRepository claims() {
        return claims;
    }

    public EvidenceRepository evidence() {
        return evidence;
    }

    public AttachmentRepository attachments() {
        return attachments;
    }

    public ClaimEvidenceRepository links() {
        return links;
    }

    public HistoryRepository history() {
        return history;
    }

    public SuggestionRepository suggestions() {
        return suggestions;
    }

    /** Review steps of articles: sent for review, approved, returned. */
    public ReviewRepository reviews() {
        return reviews;
    }

    /** Who made each revision and how many words it changed. */
    public RevisionInfoRepository revisionInfo() {
        return revisionInfo;
    }

    /** What became of each claim at each new revision. */
    public CarriedClaimRepository carriedClaims() {
        return carriedClaims;
    }

    public FullTextSearch search() {
        return search;
    }

    /** The files revisions were imported from. */
    public RevisionSourceRepository revisionSources() {
        return revisionSources;
    }

    /** Who made each claim, when and where (ClaimReview). */
    public ClaimAttributionRepository attributions() {
        return attributions;
    }

    /** Where an article's fact-check is published, and the checker's text choices per article. */
    public PublicationRepository publications() {
        return publications;
    }

    /** Which bundled articles were imported already. */
    public BundleImportRepository bundleImports() {
        return bundleImports;
    }

    /** Imported fact-check collections. */
    public FactCheckRepository factChecks() {
        return factChecks;
    }

    /** Sentence vectors for claim matching. */
    public VectorRepository vectors() {
        return vectors;
    }

    /** Runs {@code work} as one transaction: all of its writes land, or none do. */
    public <T> T inTransaction(Supplier<T> work) {
        return db.transaction(connection -> work.get());
    }

    public void inTransaction(Runnable work) {
        db.transaction(connection -> {
            work.run();
            return null;
        });
    }

    /** Writes a consistent copy of the workspace to {@code target} while it stays open. */
    public void backupTo(Path target) {
        if (team != null) {
            throw new WorkspaceException(WorkspaceException.Kind.IO_ERROR, target, "A team workspace is backed up"
                    + " by whoever runs its server, not copied file by file.",
                    "To keep a copy on this computer, use File > Copy team workspace to a file.", null);
        }
        Path normalized = target.toAbsolutePath().normalize();
        String name = normalized.toString();
        // The database, its -wal and -shm, and its lock file.
        if (name.equals(file().toString()) || name.startsWith(file() + "-") || name.startsWith(file() + ".lock")) {
            throw WorkspaceException.ioError(normalized, "a backup cannot replace the workspace or its own files;"
                    + " choose another name", null);
        }
        db.read(connection -> {
            OnlineBackup.copy(connection, file(), target);
            return null;
        });
    }

    /**
     * Every commit is on the disk within a second anyway; this makes it so at once (Ctrl+S,
     * or before the user copies the file elsewhere).
     */
    public void flush() {
        flusher.flushNow();
    }

    /**
     * Who hears about a sync to the disk that failed in the background after a commit (called on the
     * flush thread). The failure is logged either way; the work stays committed.
     */
    public void onBackgroundFlushFailure(Consumer<WorkspaceException> listener) {
        flusher.onBackgroundFailure(listener);
    }

    public WorkspaceCounts counts() {
        return db.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT (SELECT count(*) FROM article),"
                         + " (SELECT count(*) FROM claim), (SELECT count(*) FROM evidence)")) {
                rs.next();
                return new WorkspaceCounts(schemaVersion, rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        });
    }

    /** SQLite's full integrity check: "ok", or a description of the damage. */
    public String integrityCheck() {
        if (team != null) {
            return "ok"; // the server checks its own pages; there is no file here to check
        }
        return db.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("PRAGMA integrity_check")) {
                StringBuilder result = new StringBuilder();
                while (rs.next()) {
                    result.append(result.length() == 0 ? "" : "\n").append(rs.getString(1));
                }
                return result.toString();
            }
        });
    }

    /** True once {@link #close()} has run. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /** Closes the database and releases the lock; closing twice is harmless. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (teamPassword != null) {
            java.util.Arrays.fill(teamPassword, '\0');
        }
        try {
            flusher.close();
            db.close(); // the last connection to close checkpoints and removes the log
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
