package org.checkbench.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.checkbench.detect.Detector;
import org.checkbench.match.MiniLmEncoder;
import org.checkbench.match.SentenceEncoder;
import org.checkbench.model.TeamServer;
import org.checkbench.store.Workspace;
import org.checkbench.store.WorkspaceCounts;
import org.checkbench.store.WorkspaceException;

/**
 * Opening and creating workspaces, and the list of recent ones. Failures are
 * {@link WorkspaceException}s with a message meant for the user.
 */
public final class WorkspaceService {

    private final AppDirectories directories;
    private final RecentWorkspaces recent;
    private final RecentTeamWorkspaces recentTeams;
    private final LastViewedArticles lastViewed;
    private final Clock clock;
    private final Supplier<String> checker;
    /** Made on first use: reading its weights took tens of milliseconds before JavaFX could start (issue 18). */
    private Detector detector;
    private final SentenceEncoder encoder;

    /**
     * Sessions detect claims with the shipped detector ({@link Detector#standard()}) and match them
     * with the shipped sentence encoder (loaded on first use).
     */
    public WorkspaceService(AppDirectories directories, Clock clock, String checker) {
        this(() -> checker, directories, clock, MiniLmEncoder.shared());
    }

    /**
     * Sessions that ask {@code checker} for the name each time a verdict or history row is written
     * (the preferences' name now; later perhaps the database role), so a renamed checker applies at
     * once; a blank answer means the OS user.
     */
    public static WorkspaceService withCheckerFrom(AppDirectories directories, Clock clock, Supplier<String> checker) {
        return new WorkspaceService(checker, directories, clock, MiniLmEncoder.shared());
    }

    private WorkspaceService(Supplier<String> checker, AppDirectories directories, Clock clock,
            SentenceEncoder encoder) {
        this.directories = Objects.requireNonNull(directories, "directories");
        this.recent = new RecentWorkspaces(directories);
        this.recentTeams = new RecentTeamWorkspaces(directories);
        this.lastViewed = new LastViewedArticles(directories);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.checker = Objects.requireNonNull(checker, "checker");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    /** The same service with sessions that match claims with another sentence encoder. */
    public WorkspaceService withEncoder(SentenceEncoder other) {
        return new WorkspaceService(checker, directories, clock, other);
    }

    /** The standard set-up: the user's data folder, the system clock, the OS user as checker. */
    public static WorkspaceService standard() {
        return new WorkspaceService(AppDirectories.forCurrentUser(), Clock.systemUTC(), defaultCheckerName());
    }

    /** The checker's name when none is configured: the OS user name. */
    public static String defaultCheckerName() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "checker" : user;
    }

    public AppDirectories directories() {
        return directories;
    }

    /** Opens (creating on first start) the workspace in the user's data folder. */
    public WorkspaceSession openDefault() {
        return remember(Workspace.openDefault(directories.defaultWorkspace()));
    }

    /** Opens a workspace, creating it if the file does not exist. */
    public WorkspaceSession open(Path file) {
        return remember(Workspace.open(file));
    }

    /** Opens a workspace that must already exist (File > Open workspace, the CLI's {@code info}). */
    public WorkspaceSession openExisting(Path file) {
        return remember(Workspace.openExisting(file));
    }

    /** File > New workspace: refuses to overwrite an existing file. */
    public WorkspaceSession createNew(Path file) {
        return remember(Workspace.create(file));
    }

    /**
     * File > Connect to team workspace: connects to the server (setting up an empty database) and
     * remembers it among the recent team workspaces. The user's database role is the name in
     * history, verdicts and reviews. The password is wiped from {@code password} once used.
     */
    public WorkspaceSession connectTeam(TeamServer server, char[] password) {
        try {
            Workspace workspace = Workspace.connect(server, password, directories.teamJournal(server));
            recentTeams.add(server);
            return new WorkspaceSession(new ServiceContext(workspace, clock, server::user, detector()), encoder);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /**
     * {@code checkbench team init}: sets up (or upgrades) the team workspace and the roles the
     * server enforces. Returns where it is, with its format, for the message.
     */
    public static String setUpTeam(TeamServer server, char[] password, AppDirectories directories) {
        try (Workspace workspace = Workspace.connect(server, password, directories.teamJournal(server))) {
            workspace.setUpTeamRoles();
            return workspace.location() + " (format " + workspace.schemaVersion() + ")";
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /** {@code checkbench team add-user}: a member of the desk with a role; both passwords are wiped. */
    public static void addTeamMember(TeamServer server, char[] password, AppDirectories directories, String user,
            org.checkbench.model.TeamRole role, char[] memberPassword) {
        try (Workspace workspace = Workspace.connect(server, password, directories.teamJournal(server))) {
            workspace.addTeamMember(user, role, memberPassword);
        } finally {
            java.util.Arrays.fill(password, '\0');
            java.util.Arrays.fill(memberPassword, '\0');
        }
    }

    /** Team workspaces connected to lately, newest first. */
    public List<TeamServer> recentTeamWorkspaces() {
        return recentTeams.list();
    }

    /**
     * What a workspace holds (the CLI's {@code info}), read without adding it to the recent
     * workspaces: looking at a file does not make it "recent".
     */
    public static WorkspaceSummary describe(Path file) {
        try (Workspace opened = Workspace.openExisting(file)) {
            WorkspaceCounts counts = opened.counts();
            return new WorkspaceSummary(opened.file(), counts.schemaVersion(), counts.articles(), counts.claims(),
                    counts.evidence());
        }
    }

    /** The detector's own threshold, what "Suggest: default" in the preferences means. */
    public double defaultSuggestionThreshold() {
        return detector().defaultThreshold();
    }

    /** How long a sentence encoder stays loaded unused in the window (ADR 0147). */
    public static final java.time.Duration MODEL_IDLE = java.time.Duration.ofSeconds(30);
    private static final java.util.concurrent.atomic.AtomicBoolean MODELS_WATCHED =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * For the window, once per process (ADR 0147): glibc's malloc limits are set at once, before the
     * window's threads fill their own malloc heaps, and each sentence encoder (check-worthiness,
     * "checked before?") is let go when it has not run for {@link #MODEL_IDLE}, glibc's free pages
     * then handed back; the next use loads it again on its background thread (about a second).
     * Command-line tools keep theirs for the run; {@code -Dcheckbench.models.keepLoaded=true} keeps
     * them in the window too.
     */
    public void releaseModelsWhenIdle() {
        if (!MODELS_WATCHED.compareAndSet(false, true)) {
            return;
        }
        java.util.concurrent.ScheduledExecutorService watcher = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "checkbench-model-memory");
                    thread.setDaemon(true);
                    thread.setPriority(Thread.MIN_PRIORITY);
                    return thread;
                });
        watcher.execute(org.checkbench.detect.GlibcMalloc::returnLargeBlocksToTheSystem);
        long every = Math.max(1, MODEL_IDLE.toSeconds() / 6);
        // Freed native memory goes back every few seconds, not only when an encoder goes (ADR 0146).
        watcher.scheduleWithFixedDelay(IdleMemory::trimMalloc, every, every, java.util.concurrent.TimeUnit.SECONDS);
        if (!modelsLetGoWhenIdle()) {
            return; // for measuring what letting go saves (docs/detection.md)
        }
        watcher.scheduleWithFixedDelay(() -> {
            try {
                releaseIdleModels(MODEL_IDLE);
            } catch (RuntimeException e) {
                // Releasing is only a saving: a model that cannot be let go stays loaded and works.
            }
        }, every, every, java.util.concurrent.TimeUnit.SECONDS);
        // Asked each second, not every five: the first seconds of typing, the JIT compiling the
        // typing path beside the loaded encoder, were the window's peak (ADR 0173).
        watcher.scheduleWithFixedDelay(() -> {
            try {
                long now = System.nanoTime();
                boolean working = checkerWorking.getAsBoolean();
                if (working) {
                    lastSeenWorking = now;
                }
                if (!letEncoderGoWhileCheckerWorks() && !working && lastSeenWorking != 0
                        && now - lastSeenWorking < TRIM_EACH_SECOND_AFTER_WORK.toNanos()) {
                    // Each second in the first seconds after the checker stops, not under the keys:
                    // after the last key the JIT's freed arenas sat in glibc's heaps, on the loaded
                    // encoder, until the 5-s trim (ADR 0159: +15-18 MiB for 1-2 s, the peak near
                    // idle). Later the 5-s trim is enough, and an idle window is not woken each second.
                    IdleMemory.trimMalloc();
                }
            } catch (RuntimeException e) {
                // As above: it stays loaded and works.
            }
        }, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
    }

    /**
     * Gives back the Java heap a burst of background work grew and the malloc memory it freed
     * (ADR 0146), at once; the caller picks a moment when the checker is away, since it pauses the
     * window for two full collections. Only in the installed window, where the encoders are let go
     * too ({@link #releaseModelsWhenIdle}); elsewhere it does nothing. Any thread but the FX thread.
     */
    public void giveBackMemory() {
        if (MODELS_WATCHED.get()) {
            IdleMemory.giveBackHeap();
            IdleMemory.trimMalloc();
        }
    }

    /** How long detection must have been done before the report warm-up starts (ADR 0148). */
    static final java.time.Duration DETECTION_QUIET = java.time.Duration.ofSeconds(2);

    /**
     * Waits, on a background thread, until no detection has run for {@link #DETECTION_QUIET} and none
     * stopped half-way waits for its rest, so
     * that work which only prepares for later (the report warm-up) never adds its memory to
     * detection's peak (ADR 0148). True when that moment came, false when {@code stop} said to give
     * up (asked every 100 ms) or the thread was interrupted.
     */
    public boolean awaitDetectionDone(java.util.function.BooleanSupplier stop) {
        Detector current = detector();
        // A stopped detection's rest has not started yet when typing has just paused: with the encoder
        // let go while typing, the warm-up otherwise rendered beside it (ADR 0159: 408 MiB).
        while (!current.quietFor(DETECTION_QUIET) || current.lastDetectionStopped()) {
            if (!sleepUnless(stop)) {
                return false;
            }
        }
        return true;
    }

    /** Waits 100 ms unless {@code stop} says to give up first; false when it did or the thread was interrupted. */
    private static boolean sleepUnless(java.util.function.BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            return false;
        }
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The window's report warm-up (ADRs 0084, 0146, 0148, 0172), for the open article's text, on a
     * background thread, once per process: it waits until detection is done and {@code rested}
     * returns true (the checker has left the window alone), lets the idle encoders go, and only then
     * reads the text and renders, with the heap kept near its live data; it gives the memory back
     * once {@code rested} returns true again. Any of those waits may return false ({@code rested}
     * when the window closes): the warm-up then ends there. Without {@link #releaseModelsWhenIdle}
     * (tests) it only waits and renders.
     */
    public void warmUpReportInBackground(java.util.function.Supplier<String> text,
            java.util.function.BooleanSupplier rested, java.util.function.BooleanSupplier stopped) {
        Runnable[] uncap = {null};
        boolean[] givenBack = {false};
        // Asked before the text is read and before each render (ReportWarmUp, ADR 0172): a detection
        // started by a save, or typing, runs in between with the shipped ratios; the cap holds only
        // while a render runs.
        ReportService.warmUpInBackground(text, () -> {
            if (uncap[0] != null) {
                uncap[0].run();
                uncap[0] = null;
            }
            while (awaitDetectionDone(stopped) && rested.getAsBoolean()) {
                if (!modelsLetGoWhenIdle()) {
                    return true;
                }
                // Capped before the encoders go: the give-back's second collection then keeps the
                // heap near its live data instead of committing twice it again, room the render's
                // promoted garbage would fill, every page touched, before its first full collection
                // (ADR 0149: 131 MB committed for 55 MB live, resident 115-139 MiB while rendering).
                uncap[0] = IdleMemory.capHeap();
                if (letIdleModelsGo()) {
                    givenBack[0] = true;
                    return true;
                }
                if (!detector().encoderLoaded()) {
                    if (!givenBack[0]) {
                        // Let go while the checker typed (ADR 0173), not here: the heap that typing and
                        // detection grew goes back all the same, capped, before the first render.
                        givenBack[0] = true;
                        IdleMemory.giveBackHeap();
                        IdleMemory.trimMalloc();
                    }
                    return true;
                }
                // The encoder is still scoring although no detection was seen running: the warm-up
                // rendered beside it, on the encoder's and the detection's memory (ADR 0172: 447-453 MiB).
                uncap[0].run();
                uncap[0] = null;
                if (!sleepUnless(stopped)) {
                    return false;
                }
            }
            return false;
        }, () -> {
            if (uncap[0] != null) {
                uncap[0].run();
            }
            if (rested.getAsBoolean()) {
                giveBackMemory();
            }
        });
    }

    /** Whether this process lets idle encoders go: the window's, unless {@code checkbench.models.keepLoaded} says otherwise. */
    private static boolean modelsLetGoWhenIdle() {
        return MODELS_WATCHED.get() && !Boolean.getBoolean("checkbench.models.keepLoaded");
    }

    /**
     * Lets go at once of the encoders that have not run for {@link #DETECTION_QUIET}, instead of
     * {@link #MODEL_IDLE} later, and then gives back the heap and malloc memory: before the report
     * warm-up (ADR 0148), whose render would otherwise stack on the loaded encoder's memory. The next
     * detection loads it again (about a second, in the background). Installed window only, as
     * {@link #releaseModelsWhenIdle}; any thread but the FX thread. True when one was let go.
     */
    public boolean letIdleModelsGo() {
        return modelsLetGoWhenIdle() && releaseIdleModels(DETECTION_QUIET);
    }

    /** How long after the checker was last seen working glibc is trimmed each second (ADR 0159). */
    static final java.time.Duration TRIM_EACH_SECOND_AFTER_WORK = java.time.Duration.ofSeconds(15);
    /** {@link System#nanoTime()} when the watcher last saw the checker working, 0 before. */
    private volatile long lastSeenWorking;

    /** Whether the checker is working in the window now; told by the window once an article is shown. */
    private volatile java.util.function.BooleanSupplier checkerWorking = () -> false;
    /** {@link System#nanoTime()} of the last {@link #letEncoderGoWhileCheckerWorks}, 0 before the first. */
    private volatile long lastLetGoWhileWorking;

    /** The window's "is the checker typing, clicking or scrolling now": see {@link #letEncoderGoWhileCheckerWorks}. */
    public void watchCheckerWork(java.util.function.BooleanSupplier working) {
        checkerWorking = java.util.Objects.requireNonNull(working, "working");
    }

    /**
     * Lets the check-worthiness encoder go while the checker works, once it has not scored for
     * {@link #DETECTION_QUIET} (ADR 0173): no detection runs while they type (ADR 0114), and the one
     * after the keys loads it again only for a sentence the feature model does not settle. Loaded,
     * it held ~35 MiB of weights and a share of glibc's heaps under every key and under the moment
     * typing ends. Only the session goes and glibc's free pages: no collection runs under the keys
     * (the heap goes back when the checker rests, as before). At most once per {@link #MODEL_IDLE},
     * so an editing checker's pauses do not load and drop it again and again. True when let go.
     */
    boolean letEncoderGoWhileCheckerWorks() {
        long now = System.nanoTime();
        long last = lastLetGoWhileWorking;
        if (!checkerWorking.getAsBoolean() || last != 0 && now - last < MODEL_IDLE.toNanos()) {
            return false;
        }
        Detector current;
        synchronized (this) {
            current = detector;
        }
        // Also when typing stopped the article's detection half-way: its rest, after the keys, loads it
        // again from its file and scores on one lane, which peaked lower than keeping it (ADR 0159).
        if (current == null || !current.releaseEncoderIfIdleFor(DETECTION_QUIET)) {
            return false;
        }
        lastLetGoWhileWorking = now;
        IdleMemory.trimMalloc();
        return true;
    }

    /** Lets go of the encoders unused for {@code idle}; true when one was released. */
    boolean releaseIdleModels(java.time.Duration idle) {
        Detector current;
        synchronized (this) {
            current = detector;
        }
        boolean released = current != null && current.releaseEncoderIfIdleFor(idle);
        if (encoder instanceof MiniLmEncoder minilm) {
            released |= minilm.releaseIfIdleFor(idle);
        }
        if (released) {
            // The encoders go idle only when nobody has typed or asked "checked before?" for a
            // while: the one moment a full collection's pause (~0.1-0.3 s) goes unnoticed. The heap
            // shrinks only at a full collection (-XX:MaxHeapFreeRatio, -XX:-ShrinkHeapInSteps), so
            // without this the window would keep the heap the last burst of work grew (ADR 0147);
            // how its touched pages go back, ADR 0146.
            IdleMemory.giveBackHeap();
            IdleMemory.trimMalloc();
        }
        return released;
    }

    private synchronized Detector detector() {
        if (detector == null) {
            detector = Detector.standard();
        }
        return detector;
    }

    /** Recently opened workspaces, newest first. */
    public List<Path> recentWorkspaces() {
        return recent.list();
    }

    /** The articles last shown in the window, per workspace (a restart opens that one). */
    public LastViewedArticles lastViewed() {
        return lastViewed;
    }

    public void forgetRecent(Path file) {
        recent.remove(file);
    }

    private WorkspaceSession remember(Workspace workspace) {
        recent.add(workspace.file());
        return new WorkspaceSession(new ServiceContext(workspace, clock, checker, detector()), encoder);
    }
}
