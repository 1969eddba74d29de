package org.checkbench.service;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.checkbench.match.MiniLmEncoder;
import org.checkbench.match.SentenceEncoder;
import org.checkbench.store.Workspace;
import org.checkbench.store.WorkspaceCounts;

/**
 * One open workspace and the use cases on it. The UI keeps the current session and swaps it only
 * after a new one opened successfully, so a refused file leaves the previous workspace in place.
 * Methods are synchronous and safe to call from a background executor; calls are serialised.
 */
public final class WorkspaceSession implements AutoCloseable {

    private volatile boolean closed;
    private final Workspace workspace;
    private final ArticleService articles;
    private final ClaimService claims;
    private final EvidenceService evidence;
    private final SuggestionService suggestions;
    private final ReportService reports;
    private final ReviewService reviews;
    private final ServiceContext context;
    private final ExportService exports;
    private final PublicationService publications;
    private final BundleService bundles;
    private final DraftService drafts;
    private final FactCheckService factChecks;
    private final CheckedBefore matching;
    private final TakeOver takeOver;
    private final TeamSync teamSync;
    private final TextLock textLock;

    WorkspaceSession(ServiceContext context) {
        this(context, MiniLmEncoder.shared());
    }

    WorkspaceSession(ServiceContext context, SentenceEncoder encoder) {
        this.workspace = context.workspace();
        this.context = context;
        this.claims = new ClaimService(context);
        this.suggestions = new SuggestionService(context, claims);
        this.drafts = new DraftService(context, claims);
        this.articles = new ArticleService(context, claims, suggestions, drafts);
        this.evidence = new EvidenceService(context);
        this.reviews = new ReviewService(context);
        this.reports = new ReportService(context, reviews);
        this.exports = new ExportService(context);
        this.publications = new PublicationService(context);
        this.bundles = new BundleService(context);
        this.factChecks = new FactCheckService(context);
        this.matching = new CheckedBefore(context, new WorkspaceMatchIndex(workspace, encoder));
        this.takeOver = new TakeOver(context, claims, evidence);
        this.teamSync = workspace.team().isPresent()
                ? new TeamSync(claims, evidence, org.checkbench.store.TeamJournal.open(workspace.file())) : null;
        this.textLock = workspace.textLocks().map(TextLock::new).orElse(null);
    }

    /** A team workspace's one-editor-at-a-time lock on article texts (ADR 0150); empty for a file. */
    public java.util.Optional<TextLock> textLock() {
        return java.util.Optional.ofNullable(textLock);
    }

    /** A team workspace's edits that wait in the local journal while the server is away; empty for a file. */
    public java.util.Optional<TeamSync> teamSync() {
        return java.util.Optional.ofNullable(teamSync);
    }

    public Path file() {
        return workspace.file();
    }

    /** The name recorded as checker and in history rows. */
    /** What the title bar and messages call the workspace: its file, or user@host:port/database. */
    public String location() {
        return workspace.location();
    }

    /** The server of a team workspace; empty for a local file. */
    public java.util.Optional<org.checkbench.model.TeamServer> team() {
        return workspace.team();
    }

    /**
     * Hears the changes others make on a team workspace (and when its server stops or starts
     * answering) on a thread of the feed's own; close the feed with the window.
     */
    public AutoCloseable listenForChanges(org.checkbench.model.TeamChangeListener listener) {
        return workspace.listenForChanges(listener);
    }

    public String checker() {
        return context.checker();
    }

    public ArticleService articles() {
        return articles;
    }

    public ClaimService claims() {
        return claims;
    }

    public EvidenceService evidence() {
        return evidence;
    }

    /** Detection's suggestions: refresh after edits, accept, dismiss, undo. */
    public SuggestionService suggestions() {
        return suggestions;
    }

    /** Sending an article for review, approving it, returning it with a note. */
    public ReviewService reviews() {
        return reviews;
    }

    /** New drafts, the claims carried into them, revisions compared and restored, orphans attached. */
    public DraftService drafts() {
        return drafts;
    }

    /** The check report: built from the model, rendered to PDF. */
    public ReportService reports() {
        return reports;
    }

    /** The newsroom formats out: marked-up Word copy, ClaimReview, CSV, Web Annotations. */
    public ExportService exports() {
        return exports;
    }

    /** ClaimReview details: who made each claim, where the fact-check is published. */
    public PublicationService publications() {
        return publications;
    }

    /** Workspace bundles: articles with everything on them, to and from a colleague. */
    public BundleService bundles() {
        return bundles;
    }

    /** Imported fact-check collections: import, list, search. */
    public FactCheckService factChecks() {
        return factChecks;
    }

    /** "Checked before?": matching claims against earlier claims and fact-checks. */
    public CheckedBefore matching() {
        return matching;
    }

    /** Copying an earlier verdict and note, linking the same evidence. */
    public TakeOver takeOver() {
        return takeOver;
    }

    public WorkspaceCounts counts() {
        return workspace.counts();
    }

    /** Ctrl+S: puts everything committed on the disk now instead of within a second. */
    public void flush() {
        workspace.flush();
    }

    /**
     * Problems that happen in the background, outside any call (a sync to the disk that failed after a
     * commit), go to {@code listener}, on a background thread. The message says what to do.
     */
    public void onBackgroundProblem(Consumer<? super RuntimeException> listener) {
        workspace.onBackgroundFlushFailure(listener::accept);
    }

    /** File > Back up workspace…: a consistent copy while the workspace stays open. */
    public void backupTo(Path target) {
        workspace.backupTo(target);
    }

    /** For repair tooling and tests: SQLite's full integrity check, "ok" when sound. */
    public String integrityCheck() {
        return workspace.integrityCheck();
    }

    /**
     * True once {@link #close()} began: work still running for this workspace (matching, detection)
     * failing after it tells nobody, since the checker has moved on to another workspace.
     */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true; // before the connection goes, so whatever fails on it finds the flag set
        if (textLock != null) {
            textLock.close(); // gives the texts back while the connection is still there
        }
        if (teamSync != null) {
            teamSync.close();
        }
        workspace.close();
    }
}
