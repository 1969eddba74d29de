package org.checkbench.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.checkbench.model.ArticleSummary;
import org.checkbench.model.ReviewState;
import org.checkbench.model.Suggestion;
import org.checkbench.service.CarrySummary;
import org.checkbench.service.FirstPartAhead;
import org.checkbench.service.LoadedArticle;
import org.checkbench.service.ReviewService;
import org.checkbench.service.TextCleanup;
import org.checkbench.service.TypingJournal;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.Problems;
import org.checkbench.ui.fx.TaskExecutor;

/**
 * Opening, creating and backing up workspaces and bringing articles into them, all on the worker.
 * A workspace that cannot be opened leaves the current one open and untouched.
 */
final class WorkspaceActions {

    /**
     * Everything the window needs to show an article, loaded off the FX thread; {@code imported}
     * says how a file just imported was read (null for an article already in the workspace).
     */
    record ArticleBundle(WorkspaceSession session, LoadedArticle loaded, Map<Long, Integer> evidenceCounts,
            List<Suggestion> suggestions, ImportedFile imported, TypingJournal journal,
            List<TypingJournal.Edit> recovered, CarrySummary carry, FirstPartAhead ahead) {

        ArticleBundle withImported(ImportedFile file) {
            return new ArticleBundle(session, loaded, evidenceCounts, suggestions, file, journal, recovered, carry, ahead);
        }

        ArticleBundle withAhead(FirstPartAhead detecting) {
            return new ArticleBundle(session, loaded, evidenceCounts, suggestions, imported, journal, recovered, carry, detecting);
        }
    }

    /** A file just imported and how its text was decoded, so the window can offer another encoding. */
    record ImportedFile(Path file, org.checkbench.model.text.DecodedText decoding) {
    }

    /** An article file that could not be imported while the workspace itself opened fine. */
    record Opened(ArticleBundle bundle, RuntimeException articleProblem, org.checkbench.service.ImportedFile read) {
    }

    private final WorkspaceService service;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    /** The checker's threshold (negative: detection's default); null: no detection ahead (the launch's early open). */
    private final java.util.function.DoubleSupplier threshold;
    private WorkspaceSession session;

    WorkspaceActions(WorkspaceService service, TaskExecutor tasks, DialogService dialogs,
            java.util.function.DoubleSupplier threshold) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.threshold = threshold;
    }

    WorkspaceSession session() {
        return session;
    }

    /** Call off the FX thread: the first call loads the detector's model. */
    double defaultSuggestionThreshold() {
        return service.defaultSuggestionThreshold();
    }

    List<Path> recentWorkspaces() {
        return service.recentWorkspaces();
    }

    /**
     * Opens a workspace (the default one for null), then the article file if given, else the article
     * shown last (or changed last), importing the sample into an empty workspace. When it fails and
     * no workspace was open before, {@code nothingOpen} hears why before the message is shown.
     */
    void open(Path workspace, Path articleFile, boolean createIfMissing, Consumer<ArticleBundle> then,
            Consumer<Throwable> nothingOpen) {
        WorkspaceSession previous = session;
        org.checkbench.service.OpeningTimeline.asked();
        // At launch the same opening may already be under way, started while JavaFX started (issue 18).
        java.util.concurrent.Callable<Opened> early = previous == null
                ? EarlyOpen.claim(service, workspace, articleFile, createIfMissing, Opened.class) : null;
        // At launch the part on screen is detected ahead from here, once JavaFX is up (ADR 0118).
        tasks.run("Open the workspace", early != null ? () -> withAhead(early.call())
                : () -> openNow(previous, workspace, articleFile, createIfMissing), result -> {
            use(result.bundle().session());
            then.accept(result.bundle());
            if (result.articleProblem() != null) {
                Problems.show(dialogs, "Open the article", result.articleProblem());
            } else if (result.read() != null && !result.read().notices().isEmpty()) {
                // What the reader noticed (tracked changes accepted, comments left out), as File > Open article says it.
                dialogs.showInformation("Imported " + result.read().fileName(), String.join("\n", result.read().notices()));
            }
        }, failure -> {
            if (session == null) {
                nothingOpen.accept(failure);
            }
            Problems.show(dialogs, "Open the workspace", failure);
        });
    }

    /**
     * Starts opening what {@code open} will be asked to open at launch, on a thread of its own, before
     * the window exists: reading the workspace and the article overlaps with JavaFX starting up.
     */
    static void openEarly(WorkspaceService service, Path workspace, Path articleFile) {
        WorkspaceActions opener = new WorkspaceActions(service, null, null, null);
        EarlyOpen.start(service, workspace, articleFile, true, () -> opener.openNow(null, workspace, articleFile, true));
    }

    /** Opens the workspace and loads the article to show; any thread but the FX thread. */
    private Opened openNow(WorkspaceSession previous, Path workspace, Path articleFile, boolean createIfMissing) {
        WorkspaceSession opened = workspace == null ? service.openDefault()
                : createIfMissing ? service.open(workspace) : service.openExisting(workspace);
        try {
            RuntimeException articleProblem = null;
            long articleId;
            ImportedFile imported = null;
            org.checkbench.service.ImportedFile read = null;
            try {
                if (articleFile != null) {
                    var options = opened.articles().defaultImportOptions();
                    read = opened.articles().readFile(articleFile, options.encoding());
                    var article = opened.articles().importDocument(read, null, options,
                            TextCleanup.NONE);
                    articleId = article.article().id();
                    // Only a text file has an encoding to offer another choice of (a Word file has none).
                    imported = article.decoding() == null ? null : new ImportedFile(articleFile, article.decoding());
                } else {
                    articleId = firstArticle(opened);
                }
            } catch (org.checkbench.service.ArticleImportException e) {
                // A bad article file must not cost the checker their workspace: show the latest article.
                articleProblem = e;
                articleId = firstArticle(opened);
            }
            Opened result = new Opened(load(opened, articleId).withImported(imported), articleProblem, read);
            if (previous != null && previous != opened) {
                previous.close();
            }
            return result;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private Opened withAhead(Opened opened) {
        ArticleBundle bundle = opened.bundle();
        return bundle.ahead() != null ? opened : new Opened(bundle.withAhead(detectAhead(bundle)), opened.articleProblem(), opened.read());
    }

    /**
     * Prepares detecting the part of the article on screen when it opens, with its text; it starts as
     * the window builds its screen (ADR 0118); null when the window will not show this text as read
     * (typing a killed run left comes back first; a text the editor cannot show stops it there), at
     * the launch's early open (before JavaFX is up: its CPU would count in the launch), or with
     * {@code -Dcheckbench.noFirstPartAhead=true} (to measure without it).
     */
    private FirstPartAhead detectAhead(ArticleBundle bundle) {
        String text = bundle.loaded().article().currentText();
        if (threshold == null || Boolean.getBoolean("checkbench.noFirstPartAhead") || !bundle.recovered().isEmpty()) {
            return null;
        }
        return FirstPartAhead.prepare(bundle.session().suggestions(), bundle.loaded().article().id(), text,
                threshold.getAsDouble());
    }

    /** File > New workspace…: a fresh file, with the sample article so there is something to see. */
    void createNew(Path file, Consumer<ArticleBundle> then) {
        WorkspaceSession previous = session;
        tasks.run("Create a workspace", () -> {
            WorkspaceSession created = service.createNew(file);
            if (previous != null) {
                previous.close();
            }
            return load(created, firstArticle(created));
        }, bundle -> {
            use(bundle.session());
            then.accept(bundle);
        }, failure -> Problems.show(dialogs, "Create the workspace", failure));
    }

    /**
     * File > Connect to team workspace…: connects off the FX thread (the password is wiped once
     * used), then shows the article shown last there, as opening a file does.
     */
    void connectTeam(org.checkbench.model.TeamServer server, char[] password, Consumer<ArticleBundle> then) {
        WorkspaceSession previous = session;
        tasks.run("Connect to the team workspace", () -> {
            WorkspaceSession connected = service.connectTeam(server, password);
            try {
                ArticleBundle bundle = load(connected, firstArticle(connected));
                if (previous != null) {
                    previous.close();
                }
                return bundle;
            } catch (RuntimeException e) {
                connected.close();
                throw e;
            }
        }, bundle -> {
            use(bundle.session());
            then.accept(bundle);
        }, failure -> Problems.show(dialogs, "Connect to the team workspace", failure));
    }

    /** What a copy into a team workspace left: the connected workspace (to switch to or close) and what landed. */
    record CopiedToTeam(WorkspaceSession team, org.checkbench.service.BundleService.Imported copied) {
    }

    /**
     * File > Copy workspace to team server…: every article of the open local workspace into the team
     * workspace, in one transaction there (all of it lands, or nothing); the local file is not changed.
     * The caller switches to the connected workspace or closes it.
     */
    void copyToTeam(org.checkbench.model.TeamServer server, char[] password, Consumer<CopiedToTeam> then) {
        WorkspaceSession from = session;
        tasks.run("Copy to the team workspace", () -> {
            WorkspaceSession team = service.connectTeam(server, password);
            try {
                return new CopiedToTeam(team, org.checkbench.service.WorkspaceCopy.copy(from, team, List.of()));
            } catch (RuntimeException e) {
                team.close();
                throw e;
            }
        }, then, failure -> Problems.show(dialogs, "Copy to the team workspace", failure));
    }

    /**
     * File > Copy to local workspace file…: {@code articleIds} (every article when empty) of the open
     * workspace into a new file. A copy that fails leaves no half-made file behind.
     */
    void copyToNewFile(Path file, List<Long> articleIds, Consumer<org.checkbench.service.BundleService.Imported> then) {
        WorkspaceSession from = session;
        tasks.run("Copy to a local workspace file", () -> {
            WorkspaceSession created = service.createNew(file);
            try (created) {
                return org.checkbench.service.WorkspaceCopy.copy(from, created, articleIds);
            } catch (RuntimeException e) {
                deleteQuietly(file);
                throw e;
            }
        }, then, failure -> Problems.show(dialogs, "Copy to a local workspace file", failure));
    }

    private static void deleteQuietly(Path workspaceFile) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                java.nio.file.Files.deleteIfExists(workspaceFile.resolveSibling(workspaceFile.getFileName() + suffix));
            } catch (java.io.IOException ignored) {
                // The copy's own failure is what the checker is told; a leftover empty file is harmless.
            }
        }
    }

    /** Shows {@code opened} (a team workspace just copied into) in place of the current workspace. */
    void switchTo(WorkspaceSession opened, Consumer<ArticleBundle> then) {
        WorkspaceSession previous = session;
        tasks.run("Open the team workspace", () -> {
            ArticleBundle bundle = load(opened, firstArticle(opened));
            if (previous != null) {
                previous.close();
            }
            return bundle;
        }, bundle -> {
            use(bundle.session());
            then.accept(bundle);
        }, failure -> {
            closeInBackground(opened);
            Problems.show(dialogs, "Open the team workspace", failure);
        });
    }

    /** A workspace the window does not show (a copy's target) is let go off the FX thread. */
    void closeInBackground(WorkspaceSession unused) {
        tasks.run("Disconnect", () -> {
            unused.close();
            return true;
        }, done -> { }, failure -> { });
    }

    List<org.checkbench.model.TeamServer> recentTeamWorkspaces() {
        return service.recentTeamWorkspaces();
    }

    /** The checker chose another encoding for the article just imported: it is read again in it. */
    void reimport(long articleId, Path file, java.nio.charset.Charset encoding, Consumer<ArticleBundle> then) {
        WorkspaceSession current = session;
        tasks.run("Read the article again", () -> {
            var article = current.articles().reimport(articleId, file, encoding);
            return load(current, article.article().id()).withImported(new ImportedFile(file, article.decoding()));
        }, then, failure -> Problems.show(dialogs, "Read the article again", failure));
    }

    void openArticle(long articleId, Consumer<ArticleBundle> then) {
        WorkspaceSession current = session;
        tasks.run("Open the article", () -> load(current, articleId), then,
                failure -> Problems.show(dialogs, "Open the article", failure));
    }

    /** The articles, most recent first, with the review state of those that were ever sent for review. */
    void listArticles(Consumer<ArticleList> then) {
        WorkspaceSession current = session;
        tasks.run("List the articles", () -> new ArticleList(current.articles().list(),
                current.reviews().statusOfAllArticles()), then,
                failure -> Problems.show(dialogs, "List the articles", failure));
    }

    /** The workspace's articles and their review states (an article never sent for review is in progress). */
    record ArticleList(List<ArticleSummary> articles, Map<Long, ReviewService.ReviewStatus> statuses) {
        /** "In progress", "In review", "Approved", "Approval no longer valid", "Returned". */
        String stateOf(long articleId) {
            ReviewService.ReviewStatus status = statuses.get(articleId);
            return status == null ? ReviewState.IN_PROGRESS.label() : status.label();
        }
    }

    void backUp(Path target) {
        WorkspaceSession current = session;
        tasks.run("Back up the workspace", () -> {
            current.backupTo(target);
            return target;
        }, done -> dialogs.showInformation("Backup made", "The workspace was copied to " + done + "."),
                failure -> Problems.show(dialogs, "Back up the workspace", failure));
    }

    /** Ctrl+S: whatever is committed goes to the disk now; {@code then} runs once it has. */
    void flush(Runnable then) {
        WorkspaceSession current = session;
        if (current != null) {
            tasks.run("Save", () -> {
                current.flush();
                return true;
            }, done -> then.run(), failure -> Problems.show(dialogs, "Save", failure));
        }
    }

    void close() {
        WorkspaceSession current = session;
        session = null;
        if (current != null) {
            tasks.run("Close the workspace", () -> {
                current.close();
                return true;
            }, done -> { }, failure -> { });
        }
    }

    /** The open workspace from now on; its background problems (a failed sync) reach the user like any other. */
    private void use(WorkspaceSession opened) {
        session = opened;
        opened.onBackgroundProblem(problem -> tasks.reportFailure("Sync the workspace to the disk", problem));
    }

    /** The article shown last from this workspace if it is still there, else the one changed last. */
    private long firstArticle(WorkspaceSession session) {
        session.articles().importSampleIfEmpty();
        List<ArticleSummary> articles = session.articles().list();
        java.util.OptionalLong last = service.lastViewed().of(session.file());
        if (last.isPresent() && articles.stream().anyMatch(a -> a.id() == last.getAsLong())) {
            return last.getAsLong();
        }
        return articles.get(0).id();
    }

    /**
     * Loads the article, and its typing journal (ADR 0134): edits a killed run typed on top of
     * exactly this text come back to be replayed; the journal then starts afresh on the text, or,
     * when there are such edits, is left untouched for the window to resume once it has replayed
     * them (a window that fails to start in between must not take them with it).
     */
    private ArticleBundle load(WorkspaceSession session, long articleId) {
        LoadedArticle loaded = session.articles().load(articleId);
        String text = loaded.article().currentText();
        org.checkbench.service.OpeningTimeline.step("article's text read");
        TypingJournal journal = TypingJournal.of(service.directories().dataDirectory().resolve("journal"),
                session.file(), articleId);
        List<TypingJournal.Edit> recovered = journal.unsaved(text);
        if (TypingJournal.replay(text, recovered) == null) {
            recovered = List.of();
        }
        if (recovered.isEmpty()) {
            journal.start(text);
        } // else the window resumes it after replaying the edits: until then the file keeps them
        service.lastViewed().viewed(session.file(), articleId);
        ArticleBundle bundle = new ArticleBundle(session, loaded, session.evidence().countsForArticle(articleId),
                session.suggestions().list(articleId), null, journal, recovered, session.drafts().lastCarry(articleId), null);
        return bundle.withAhead(detectAhead(bundle));
    }
}
