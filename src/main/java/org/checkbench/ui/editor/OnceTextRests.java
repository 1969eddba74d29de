package org.checkbench.ui.editor;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

import org.fxmisc.richtext.GenericStyledArea;
import org.reactfx.Subscription;

/**
 * Runs a piece of preparatory work once, when the text has been left alone for a while. Work that
 * only prepares for later (the report's warm-up) then never competes with typing for the cores and
 * the heap: run while the checker types, it stopped the FX thread for hundreds of young collections'
 * worth of garbage (ADR 0145).
 */
public final class OnceTextRests {

    private OnceTextRests() {
    }

    /** From now on (FX thread): {@code work} runs once on the FX thread after {@code quiet} without an edit. */
    public static void run(GenericStyledArea<?, ?, ?> area, Duration quiet, Runnable work) {
        PauseTransition rest = new PauseTransition(quiet);
        Subscription edits = area.plainTextChanges().subscribe(change -> rest.playFromStart());
        rest.setOnFinished(event -> {
            edits.unsubscribe();
            work.run();
        });
        rest.play();
    }
}
