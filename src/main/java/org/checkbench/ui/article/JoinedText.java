package org.checkbench.ui.article;

import java.util.function.IntFunction;

import org.checkbench.model.text.JoinedLines;

/**
 * A text made of lines joined by line breaks, joined once, by the first thread that asks (ADR 0116):
 * detection may ask on its own thread, a later reader gets the same string. A timed save reads only
 * its characters ({@link #chars()}, ADR 0157): the lines as they are, not joined. The lines must come
 * from something that does not change (the editor's immutable document).
 */
public final class JoinedText implements TextSnapshot {

    private final int lines;
    private final IntFunction<String> line;
    private JoinedLines unjoined;
    private String joined;

    public JoinedText(int lines, IntFunction<String> line) {
        this.lines = lines;
        this.line = line;
    }

    @Override
    public synchronized String get() {
        if (joined == null) {
            // String.join sizes its result once, Latin-1 or UTF-16 as the lines need: no 1 MB failed compression.
            joined = String.join("\n", parts());
            unjoined = null;
        }
        return joined;
    }

    /** The joined string when someone has asked for it already, else the lines read as one text. */
    @Override
    public synchronized CharSequence chars() {
        if (joined != null) {
            return joined;
        }
        if (unjoined == null) {
            unjoined = new JoinedLines(parts());
        }
        return unjoined;
    }

    private String[] parts() {
        String[] parts = new String[lines];
        for (int i = 0; i < lines; i++) {
            parts[i] = line.apply(i);
        }
        return parts;
    }
}
