package org.checkbench.ui.app;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.function.Consumer;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.checkbench.service.AppDirectories;
import org.checkbench.service.WorkspaceService;
import org.checkbench.ui.article.CheckerActivity;
import org.checkbench.ui.editor.OnceTextRests;
import org.checkbench.ui.export.ReportOpener;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.FxDesktopActions;
import org.checkbench.ui.fx.FxDialogService;
import org.checkbench.ui.fx.FxTaskExecutor;
import org.checkbench.ui.fx.Problems;

/** The JavaFX application: builds the main window from the options the command line parsed. */
public final class CheckbenchApp extends Application {

    /** The report warm-up waits for this long without an edit (ADR 0145: it is the largest allocator while typing). */
    private static final javafx.util.Duration REPORT_WARM_UP_AFTER_QUIET = javafx.util.Duration.seconds(3);
    /**
     * After the warm-up, the heap it grew goes back once the checker has left the window alone this
     * long (ADR 0146): two full collections pause the window, so not between two words.
     */
    private static final long GIVE_BACK_AFTER_REST_NANOS = 3_000_000_000L;
    /** A key, click or scroll this recent means the checker is working (as detection keeps to one core then). */
    private static final long CHECKER_WORKING_NANOS = 1_500_000_000L;
    private static volatile LaunchOptions pendingOptions = LaunchOptions.defaults();
    private static volatile Consumer<MainWindow> pendingObserver = window -> { };
    private static volatile java.util.function.Function<Stage, DialogService> dialogsFor = FxDialogService::new;
    /**
     * The settings and the service, made by {@link #launch} on a thread of its own while JavaFX starts,
     * which then starts opening the workspace with them; null in tests.
     */
    private static volatile java.util.concurrent.CompletableFuture<Early> early;

    private record Early(AppPreferences preferences, WorkspaceService service) {
    }

    private FxTaskExecutor tasks;
    private volatile boolean stopped;
    private MainWindow window;
    private FxDialogService dialogs;

    /** Starts JavaFX and blocks until the last window closes. */
    public static void launch(LaunchOptions options) {
        launch(options, window -> { });
    }

    /**
     * Starts JavaFX and blocks until the last window closes; {@code onArticleShown} runs on the FX
     * thread once the first article is on screen (the benchmark jar measures the window this way).
     */
    public static void launch(LaunchOptions options, Consumer<MainWindow> onArticleShown) {
        pendingOptions = options;
        pendingObserver = onArticleShown;
        // Opening the workspace and reading the article need no JavaFX: they start now, beside the
        // toolkit's own start-up, instead of after the window is built (issue 18).
        // Without a display the launch fails at once, and nothing may be opened for it.
        if (!System.getProperty("os.name", "").startsWith("Linux") || System.getenv("DISPLAY") != null
                || System.getenv("WAYLAND_DISPLAY") != null) {
            // Reading the settings and making the service (the logging, the settings' files, the malloc
            // limits) took ~0.15 s before JavaFX could start: now beside it (ADR 0156). The window waits
            // in start() until the opening is registered, so it always finds it.
            early = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                AppPreferences preferences = AppPreferences.standard();
                org.checkbench.service.LaunchTimeline.mark("settings read");
                WorkspaceService service = serviceFor(preferences);
                org.checkbench.service.LaunchTimeline.mark("service made");
                // The installed window only (not tests that start the app in-process): ADR 0147.
                service.releaseModelsWhenIdle();
                WorkspaceActions.openEarly(service, options.workspace(), options.article());
                return new Early(preferences, service);
            }, work -> {
                Thread thread = new Thread(work, "checkbench-early-start");
                thread.setDaemon(true);
                thread.start();
            });
        }
        org.checkbench.service.CompilerThreadPriority.lowerInBackground(); // the FX thread before the JIT on two cores (ADR 0181)
        org.checkbench.service.LaunchTimeline.mark("JavaFX launch");
        Application.launch(CheckbenchApp.class);
    }

    /** Lets a test start the app in-process with its own options. */
    public static void useOptions(LaunchOptions options) {
        pendingOptions = options;
    }

    /**
     * Lets a test answer file choosers and messages like a scripted checker (forms are still shown
     * for real); {@code null} goes back to the real dialogs.
     */
    public static void useDialogs(java.util.function.Function<Stage, DialogService> factory) {
        dialogsFor = factory == null ? FxDialogService::new : factory;
    }

    @Override
    public void start(Stage stage) {
        org.checkbench.service.LaunchTimeline.mark("start(stage)");
        LaunchOptions options = pendingOptions;
        tasks = new FxTaskExecutor();
        DialogService dialogs = dialogsFor.apply(stage);
        // The real dialogs are closed when the app stops (work finishing in the background then logs).
        this.dialogs = dialogs instanceof FxDialogService fx ? fx : null;
        // A task that names no failure handler reports here, titled with what it was doing.
        tasks.setDefaultFailureHandler((title, failure) -> Problems.show(dialogs, title, failure));
        // A failure there comes back here, where making them again reports it as before.
        Early started = early == null ? null : early.exceptionally(failure -> null).join();
        early = null;
        AppPreferences preferences = started != null ? started.preferences() : AppPreferences.standard();
        WorkspaceService service = started != null ? started.service() : serviceFor(preferences);
        org.checkbench.service.LaunchTimeline.mark("settings and service taken");
        window = new MainWindow(stage, service, tasks, dialogs, new WindowState(WindowState.defaultNode()), preferences);
        window.setDesktopActions(new FxDesktopActions(getHostServices(), tasks));
        window.reportExport().useOpener(ReportOpener.using(getHostServices()));
        org.checkbench.service.LaunchTimeline.mark("window built");
        window.show();
        org.checkbench.service.LaunchTimeline.mark("stage shown");
        Consumer<MainWindow> observer = pendingObserver;
        window.start(options, options.startupBenchmark() ? this::reportStartupAndQuit : () -> {
            // First export as fast as later ones, warmed up once the text rests, never while the checker types.
            // The heap the render grows goes back once the checker rests (ADR 0146).
            CheckerActivity activity = window.checkerActivity();
            // The encoder goes while the checker types (ADR 0173).
            service.watchCheckerWork(() -> activity.actedSince(activity.now() - CHECKER_WORKING_NANOS));
            // It renders the article's scripts only, once detection is done: never on top of its peak (ADR 0148).
            OnceTextRests.run(window.editor().area(), REPORT_WARM_UP_AFTER_QUIET,
                    () -> service.warmUpReportInBackground(window.editor().textSnapshot(),
                            () -> activity.awaitRest(GIVE_BACK_AFTER_REST_NANOS, () -> stopped), () -> stopped));
            // Ready for the first key: the heap sized for the article, the typing path compiled on a
            // scratch copy off screen (ADR 0119).
            org.checkbench.ui.article.OpenArticle shown = window.open();
            org.checkbench.ui.editor.TypingWarmUp.startOnce(window.editor(), shown, activity,
                    () -> window.open() == shown, () -> { });
            observer.accept(window);
        });
    }

    /** History rows and reports name the checker as set in the preferences (default: the OS user). */
    private static WorkspaceService serviceFor(AppPreferences preferences) {
        return WorkspaceService.withCheckerFrom(AppDirectories.forCurrentUser(), Clock.systemUTC(), preferences::checkerName);
    }

    @Override
    public void stop() {
        stopped = true;
        if (dialogs != null) {
            // Work still finishing in the background (a last save, a claim's flags) has no window to speak in.
            dialogs.close();
        }
        if (window != null) {
            window.shutdown();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
    }

    public MainWindow window() {
        return window;
    }

    /**
     * Runs after the next pulse, so the figure includes laying out and drawing the text once (the
     * bare window the benchmark compares with now waits for its first pulse too, ADR 0184). Queued
     * here, before that pulse, it runs ahead of the detection the pulse's layout starts.
     */
    private void reportStartupAndQuit() {
        Platform.runLater(() -> {
            long sinceLaunch = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            org.checkbench.service.LaunchTimeline.mark("article shown (after the first pulse)");
            org.checkbench.service.LaunchTimeline.print();
            System.out.println("startup: article shown " + sinceLaunch + " ms after JVM start");
            window.stage().close();
            Platform.exit();
        });
    }
}
