package org.checkbench.ui.fx;

import java.nio.file.Path;

/**
 * What the app asks of the desktop around it: a browser, a file viewer, the clipboard. An
 * interface so tests can record the calls instead of opening a browser.
 */
public interface DesktopActions {

    /** Shows an http/https page in the system browser; callers check the address first ({@code WebAddress}). */
    void openWebPage(String address);

    /** Opens a file with the program the system uses for its type. */
    void openFile(Path file);

    void copyText(String text);
}
