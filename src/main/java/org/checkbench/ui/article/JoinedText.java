package org.checkbench.ui.article;

import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A text made of lines joined by line breaks, joined once, by the first thread that asks (ADR 0116):
 * a save asks on the worker, detection after it may ask again on the FX thread and gets the same string.
 * The lines must come from something that does not change (the editor's immutable document).
 */
public final class JoinedText implements Supplier<String> {

    private final int lines;
    private final IntFunction<String> line;
    private String joined;

    public JoinedText(int lines, IntFunction<String> line) {
        this.lines = lines;
        this.line = line;
    }

    @Override
    public synchronized String get() {
        if (joined == null) {
            String[] parts = new String[lines];
            for (int i = 0; i < lines; i++) {
                parts[i] = line.apply(i);
            }
            // String.join sizes its result once, Latin-1 or UTF-16 as the lines need: no 1 MB failed compression.
            joined = String.join("\n", parts);
        }
        return joined;
    }
}
