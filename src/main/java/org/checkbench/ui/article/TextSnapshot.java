package org.checkbench.ui.article;

import java.util.function.Supplier;

/**
 * The stored text as it was at one moment, to be read later on any thread (ADR 0116): {@link #get()}
 * as one string, or {@link #chars()} as characters, which the editor gives without joining its
 * lines (ADR 0157: a timed save needs only the characters, and a 1 MB article joined was a 2 MB
 * string every 600 ms while a checker types).
 */
@FunctionalInterface
public interface TextSnapshot extends Supplier<String> {

    /** The same text as {@link #get()}, possibly not as one string. */
    default CharSequence chars() {
        return get();
    }
}
