package org.checkbench.ui.app;

import org.checkbench.model.text.BidiControls;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.Problems;

/**
 * What the window says when it declines to show something, worded once: what happened, that
 * nothing was lost, and what the checker can do instead.
 */
final class WindowRefusals {

    private WindowRefusals() {
    }

    /** An article whose text the editor cannot lay out (one enormous line, say). */
    static void articleNotShown(DialogService dialogs, String title, String why) {
        dialogs.showError("Article not shown", "“" + BidiControls.visible(title) + "” cannot be shown in the window: "
                + why, "It stays in the workspace unchanged, and `checkbench report` can still export it. Choose"
                + " another article, or import the text with line breaks or spaces in it.");
    }

    /** The editor's text when no workspace could be opened and none was open. */
    static String noWorkspace(Throwable why) {
        return "No workspace is open: " + Problems.whatHappened(why) + "\n\nNothing typed here could be kept. Open"
                + " another workspace (File > Open workspace…), create one (File > New workspace…), or close this"
                + " window and try again.";
    }
}
