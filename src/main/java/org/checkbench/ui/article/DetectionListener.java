package org.checkbench.ui.article;

import java.util.Optional;

/**
 * Hears when detection of the open article has finished, on the FX thread (the status bar; its
 * progress shows there as a running task).
 */
public interface DetectionListener {
    DetectionListener NONE = new DetectionListener() { };

    /** Detection finished; {@code notice} says why suggestions come from the simpler model, if they do. */
    default void finished(Optional<String> notice) { }
}
