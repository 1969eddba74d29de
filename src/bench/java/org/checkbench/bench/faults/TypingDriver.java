package org.checkbench.bench.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.concurrent.Callable;

import javafx.animation.PauseTransition;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

import org.checkbench.ui.app.CheckbenchApp;
import org.checkbench.ui.app.LaunchOptions;
import org.fxmisc.richtext.StyleClassedTextArea;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code checkbench-bench typing-driver --workspace W --log LOG} (started by {@code faults typing}):
 * opens the real window on the workspace and, once the article is shown,
 * types "x" at its start every 60–140 ms through the editor's own key handling, as a steady typist
 * would, and appends each keystroke's wall-clock time to LOG right after the editor took it. The
 * process is meant to be killed; the log then says which keystrokes must already be on disk.
 */
@Command(name = "typing-driver", hidden = true, description = "Open the window and type steadily until killed.")
public final class TypingDriver implements Callable<Integer> {

    @Option(names = "--workspace", required = true)
    Path workspace;

    @Option(names = "--log", required = true)
    Path log;

    private StyleClassedTextArea area;
    private final Random random = new Random();
    private PauseTransition next;

    @Override
    public Integer call() {
        CheckbenchApp.launch(new LaunchOptions(workspace, null, false), window -> {
            area = window.editor().area();
            next = new PauseTransition();
            typeForever();
        });
        return 0;
    }

    private void typeForever() {
        area.requestFocus();
        next.setOnFinished(event -> {
            area.moveTo(0);
            area.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, "x", "", KeyCode.UNDEFINED, false, false, false, false));
            append(System.currentTimeMillis() + "\n");
            next.setDuration(Duration.millis(60 + random.nextInt(81)));
            next.playFromStart();
        });
        next.setDuration(Duration.millis(100));
        next.playFromStart();
    }

    private void append(String line) {
        try {
            Files.writeString(log, line, StandardCharsets.US_ASCII, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
