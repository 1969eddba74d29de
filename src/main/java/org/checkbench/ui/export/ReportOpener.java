package org.checkbench.ui.export;

import java.nio.file.Path;

import javafx.application.HostServices;

/**
 * Opens a finished report in the user's PDF viewer. An interface so tests can record the request
 * instead of starting a viewer.
 */
@FunctionalInterface
public interface ReportOpener {

    void open(Path pdf);

    /** The desktop's viewer through JavaFX itself, so opening a file never starts AWT beside it. */
    static ReportOpener using(HostServices hostServices) {
        return pdf -> hostServices.showDocument(pdf.toUri().toString());
    }
}
