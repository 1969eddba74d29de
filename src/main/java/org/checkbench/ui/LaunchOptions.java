package org.checkbench.ui;

import java.nio.file.Path;

/**
 * What the command line asked the window to do.
 *
 * @param workspace workspace database to open, or null for the default one
 * @param article text file to open as an article, or null
 * @param startupBenchmark print the launch-to-article time and quit
 * @param editorBenchmark time the editor on a 1 MB article with 2,000 claims, print, quit
 * @param typingLog for fault injection ({@code faults typing}): type steadily into the article and
 *                  log each keystroke's time here, until killed; null normally
 */
public record LaunchOptions(Path workspace, Path article, boolean startupBenchmark, boolean editorBenchmark,
        Path typingLog) {

    public LaunchOptions(Path workspace, Path article, boolean startupBenchmark, boolean editorBenchmark) {
        this(workspace, article, startupBenchmark, editorBenchmark, null);
    }

    public static LaunchOptions defaults() {
        return new LaunchOptions(null, null, false, false);
    }
}
