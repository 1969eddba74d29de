package org.checkbench.ui.app;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.checkbench.model.Claim;
import org.checkbench.service.ClaimFieldEdit;
import org.checkbench.service.TeamReplayTimer;
import org.checkbench.service.TeamSync;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.model.TeamChange;
import org.checkbench.model.TeamChangeListener;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.article.OthersChanges;
import org.checkbench.ui.fx.Problems;
import org.checkbench.ui.fx.TaskExecutor;

import javafx.application.Platform;

/**
 * The window's tie to a team workspace (ADR 0123, 0125): others' changes to the open article's
 * claims and links are shown within a second; when the server stops answering the status bar says
 * so at once, with how many changes wait; when it answers again they are sent, in order.
 */
final class TeamLink {

    private final TaskExecutor tasks;
    private final Consumer<String> status;
    /** Changes made offline that the server refused for good: the window names each, with its words. */
    private final Consumer<List<String>> notApplied;
    /** One editor at a time for the article's text (ADR 0150). */
    private final TextLockLink textLock;
    private WorkspaceSession session;
    private AutoCloseable feed;
    /** Sends waiting changes every few seconds too, not only when the feed hears the server again (ADR 0127). */
    private TeamReplayTimer replayTimer;
    private static final java.time.Duration REPLAY_EVERY = java.time.Duration.ofSeconds(3);
    private OpenArticle open;
    private long articleId;
    /** What the change feed last said, and how many changes waited then or since (FX thread). */
    private boolean serverReachable = true;
    private int lastWaiting;
    /** Changes made offline that were placed otherwise than made (a claim kept unattached): each named. */
    private Consumer<List<String>> told = words -> { };
    /** After a replay stored sources made offline: the evidence panel reads its claim's sources again. */
    private Runnable sourcesStored = () -> { };
    /** Another checker changed a source in the shared library (which no article owns). */
    private Runnable libraryChanged = () -> { };
    /** Others changed the library while changes still waited here: read once the journal is empty. */
    private boolean libraryChangedWhileWaiting;

    TeamLink(TaskExecutor tasks, Consumer<String> status, Consumer<List<String>> notApplied, TextLockLink textLock) {
        this.tasks = tasks;
        this.textLock = textLock;
        this.status = status;
        this.notApplied = notApplied;
    }

    /** Who hears about changes made offline that the server took otherwise than made, and sources it stored. */
    void onMadeOffline(Consumer<List<String>> toldOf, Runnable afterSourcesStored) {
        this.told = toldOf;
        this.sourcesStored = afterSourcesStored;
    }

    /** What to do when others edit, add or delete sources in the library (FX thread). */
    void onLibraryChanged(Runnable whenChanged) {
        libraryChanged = whenChanged;
    }

    /** The window shows {@code article} of {@code shown}: follow that session's changes (FX thread). */
    void follow(WorkspaceSession shown, OpenArticle article, long shownArticleId) {
        open = article;
        articleId = shownArticleId;
        if (shown == session) {
            textLock.follow(shown, article, shownArticleId);
            return;
        }
        stop();
        session = shown;
        textLock.follow(shown, article, shownArticleId);
        if (shown.team().isEmpty()) {
            return;
        }
        shown.teamSync().ifPresent(sync -> sync.onWaitingChanged(waiting -> Platform.runLater(() -> {
            if (shown == session) {
                waitingChanged(waiting);
            }
        })));
        WorkspaceSession followed = shown;
        shown.teamSync().ifPresent(sync -> replayTimer = TeamReplayTimer.start(sync, REPLAY_EVERY,
                replayed -> Platform.runLater(() -> replayedByTimer(followed, replayed))));
        feed = shown.listenForChanges(new TeamChangeListener() {
            @Override
            public void changed(List<TeamChange> changes) {
                Platform.runLater(() -> {
                    textLock.changed(followed, changes);
                    showLibraryChanges(followed, changes);
                    show(followed, changes);
                });
            }

            @Override
            public void reachable(boolean reachable) {
                Platform.runLater(() -> {
                    reachabilityChanged(followed, reachable);
                    if (reachable) {
                        textLock.serverBack(followed); // a lock may have expired meanwhile
                    }
                });
            }
        });
    }

    /**
     * The count of waiting changes moved: fewer means a replay is sending them, which the status bar
     * says rather than "Offline"; more means one joined them, offline or behind a replay under way.
     */
    private void waitingChanged(int waiting) {
        int before = lastWaiting;
        lastWaiting = waiting;
        if (waiting == 0) {
            showLibraryChangedWhileWaiting();
            return; // the replay's own answer says what was sent
        }
        if (waiting < before) {
            status.accept("Sending the changes made offline, in order: " + waiting + " left");
        } else {
            status.accept(serverReachable ? waiting + (waiting == 1 ? " change waits" : " changes wait")
                    + " on this computer to be sent to the team workspace, in order" : offlineText(waiting));
        }
    }

    private static String offlineText(int waiting) {
        return "Offline — the team workspace cannot be reached; " + waiting + (waiting == 1 ? " change" : " changes")
                + " waiting (kept on this computer, sent when it is back)";
    }

    private void reachabilityChanged(WorkspaceSession followed, boolean reachable) {
        if (followed != session) {
            return;
        }
        // The journal is an SQLite file: counted on the worker, never on the FX thread.
        tasks.run("Count the changes waiting", () -> followed.teamSync().map(s -> s.waiting()).orElse(0),
                waiting -> {
                    if (followed == session) {
                        reachabilityChanged(followed, reachable, waiting);
                    }
                }, failure -> status.accept("Could not read the changes waiting on this computer: "
                        + Problems.whatHappened(failure)));
    }

    private void reachabilityChanged(WorkspaceSession followed, boolean reachable, int waiting) {
        serverReachable = reachable;
        lastWaiting = waiting;
        if (!reachable) {
            status.accept(offlineText(waiting));
            return;
        }
        if (waiting == 0) {
            status.accept("Connected to " + followed.location());
            showLibraryChangedWhileWaiting();
            reread(followed);
            return;
        }
        status.accept("Back online — sending the " + waiting + (waiting == 1 ? " change" : " changes")
                + " made offline, in order");
        if (replayTimer != null) {
            replayTimer.replayNow(); // its answer comes to replayedByTimer; new edits join the journal meanwhile
        }
    }

    /**
     * A source's title, citation or excerpt edited elsewhere reaches no article's changes: the claim's
     * sources and the library window read it again. One reading for a whole batch of changes. While
     * links made here still wait, the server's list lacks them, so the reading waits for the journal.
     */
    private void showLibraryChanges(WorkspaceSession followed, List<TeamChange> changes) {
        if (followed != session || changes.stream().noneMatch(change -> change.table().equals("evidence"))) {
            return;
        }
        if (lastWaiting > 0) {
            libraryChangedWhileWaiting = true;
        } else {
            libraryChanged.run();
        }
    }

    private void showLibraryChangedWhileWaiting() {
        if (libraryChangedWhileWaiting) {
            libraryChangedWhileWaiting = false;
            libraryChanged.run();
        }
    }

    /** Reads the changed claims of the open article off the FX thread, then shows them. */
    private void show(WorkspaceSession followed, List<TeamChange> changes) {
        if (followed != session || open == null) {
            return;
        }
        long shownArticle = articleId;
        OpenArticle shown = open;
        Set<Long> claimIds = new LinkedHashSet<>();
        boolean links = false;
        for (TeamChange change : changes) {
            if (change.articleId() != shownArticle) {
                continue;
            }
            switch (change.table()) {
                case "claim" -> claimIds.add(change.rowId());
                case "claim_evidence" -> links = true;
                default -> { }
            }
        }
        if (claimIds.isEmpty() && !links) {
            return;
        }
        boolean countLinks = links;
        tasks.run("Show others' changes", () -> {
            Map<Long, Optional<Claim>> claims = new HashMap<>();
            for (long id : claimIds) {
                try {
                    claims.put(id, Optional.of(followed.claims().find(id)));
                } catch (NoSuchElementException removed) {
                    claims.put(id, Optional.empty());
                }
            }
            Map<Long, Integer> counts = countLinks ? followed.evidence().countsForArticle(shownArticle) : Map.of();
            return new Object[] {claims, counts};
        }, loaded -> {
            if (open == shown) {
                @SuppressWarnings("unchecked")
                Map<Long, Optional<Claim>> claims = (Map<Long, Optional<Claim>>) loaded[0];
                @SuppressWarnings("unchecked")
                Map<Long, Integer> counts = (Map<Long, Integer>) loaded[1];
                OthersChanges.show(shown, claims, counts);
            }
        }, failure -> status.accept("Others' changes could not be read: " + Problems.whatHappened(failure)
                + " (they show after the next change, or open the article again)"));
    }

    /** The window leaves this workspace or closes. */
    void stop() {
        textLock.leave();
        closeInBackground("Stop following the team workspace", feed);
        feed = null;
        closeInBackground("Stop sending waiting changes", replayTimer);
        replayTimer = null;
        session = null;
        lastWaiting = 0;
        libraryChangedWhileWaiting = false;
    }

    /** Closing a feed or timer waits on the network: on the worker, and a failure to close is nothing to tell. */
    private void closeInBackground(String title, AutoCloseable closing) {
        if (closing != null) {
            tasks.run(title, () -> {
                closing.close();
                return true;
            }, done -> { }, failure -> { });
        }
    }

    /** The replay timer sent changes that waited: said as when the server came back, then caught up. */
    private void replayedByTimer(WorkspaceSession followed, TeamSync.Replayed replayed) {
        if (followed != session) {
            return;
        }
        List<ClaimFieldEdit> sent = replayed.sent();
        long conflicts = sent.stream().filter(r -> r instanceof ClaimFieldEdit.Conflict).count();
        int count = replayed.count();
        status.accept("Back online: " + count + " waiting " + (count == 1 ? "change" : "changes") + " sent"
                + (conflicts == 0 ? "" : "; " + conflicts + " met a newer value from someone else and were not"
                        + " applied (see the claim's history)"));
        madeOfflineStored(replayed.created());
        if (!replayed.notApplied().isEmpty()) {
            notApplied.accept(replayed.notApplied());
        }
        reread(followed);
    }

    /**
     * Claims and sources made offline are on the server now (ADR 0155): the open article shows its
     * claims under the server's ids, the evidence panel reads its sources again, and a claim placed
     * otherwise than made is named.
     */
    private void madeOfflineStored(List<TeamSync.Created> created) {
        if (created.isEmpty()) {
            return;
        }
        Map<Long, Claim> claims = new HashMap<>();
        List<String> placedOtherwise = new java.util.ArrayList<>();
        boolean sources = false;
        for (TeamSync.Created made : created) {
            if (made.claim() != null) {
                claims.put(made.standInId(), made.claim());
            } else {
                sources = true;
            }
            if (made.told() != null) {
                placedOtherwise.add(made.told());
            }
        }
        if (open != null) {
            OthersChanges.madeOfflineStored(open, claims);
        }
        if (sources || !claims.isEmpty()) {
            sourcesStored.run();
        }
        if (!placedOtherwise.isEmpty()) {
            told.accept(placedOtherwise);
        }
    }

    /**
     * After an outage: reads the open article's claims and evidence counts again and shows them as
     * others' changes, since what others did meanwhile reached no change feed (ADR 0127). Skipped
     * while changes still wait here: the window shows them as made until they are sent.
     */
    private void reread(WorkspaceSession followed) {
        OpenArticle shown = open;
        if (followed != session || shown == null) {
            return;
        }
        long shownArticle = articleId;
        Set<Long> onScreen = new LinkedHashSet<>();
        shown.currentClaims().forEach(c -> onScreen.add(c.id()));
        tasks.run("Read the article again after the outage", () -> {
            if (followed.teamSync().map(TeamSync::waiting).orElse(0) > 0) {
                return null;
            }
            Map<Long, Optional<Claim>> claims = new HashMap<>();
            onScreen.forEach(id -> claims.put(id, Optional.<Claim>empty())); // removed meanwhile unless read below
            followed.claims().forArticle(shownArticle).forEach(c -> claims.put(c.id(), Optional.of(c)));
            return new Object[] {claims, followed.evidence().countsForArticle(shownArticle)};
        }, loaded -> {
            if (loaded != null && open == shown) {
                @SuppressWarnings("unchecked")
                Map<Long, Optional<Claim>> claims = (Map<Long, Optional<Claim>>) loaded[0];
                @SuppressWarnings("unchecked")
                Map<Long, Integer> counts = (Map<Long, Integer>) loaded[1];
                OthersChanges.show(shown, claims, counts);
            }
        }, failure -> status.accept("The article could not be read again after the outage: " + failure.getMessage()));
    }
}
