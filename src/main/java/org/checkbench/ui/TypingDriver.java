package org.checkbench.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

import javafx.animation.PauseTransition;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * {@code --typing-driver LOG} (used by {@code checkbench faults typing}): once the article is shown,
 * types "x" at its start every 60–140 ms through the editor's own key handling, as a steady typist
 * would, and appends each keystroke's wall-clock time to LOG right after the editor took it. The
 * process is meant to be killed; the log then says which keystrokes must already be on disk.
 */
final class TypingDriver {

    private final StyleClassedTextArea area;
    private final Path log;
    private final Random random = new Random();
    private final PauseTransition next = new PauseTransition();

    private TypingDriver(StyleClassedTextArea area, Path log) {
        this.area = area;
        this.log = log;
    }

    static void start(MainWindow window, Path log) {
        new TypingDriver(window.editor().area(), log).typeForever();
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
