package org.checkbench.ui.app;

import java.nio.file.Path;

/**
 * What the command line asked the window to do.
 *
 * @param workspace workspace database to open, or null for the default one
 * @param article text file to open as an article, or null
 * @param startupBenchmark print the launch-to-article time and quit (kept in the app: the installer
 *     check runs it with the installed launcher to prove the window opens)
 */
public record LaunchOptions(Path workspace, Path article, boolean startupBenchmark) {

    public static LaunchOptions defaults() {
        return new LaunchOptions(null, null, false);
    }
}
