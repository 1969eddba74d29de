package org.checkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The app's dialogs until the window closes; after that, work still finishing on the background
 * thread (a last save racing the workspace's close, a claim's history or flags being read) is
 * logged rather than shown, since there is no window left to show it in and nobody to answer.
 */
final class QuietAfterCloseDialogs implements DialogService {

    private static final System.Logger LOG = System.getLogger(QuietAfterCloseDialogs.class.getName());

    private final DialogService dialogs;
    private volatile boolean closed;

    QuietAfterCloseDialogs(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    void close() {
        closed = true;
    }

    @Override
    public void showError(String title, String whatHappened, String whatToDo) {
        if (closed) {
            LOG.log(System.Logger.Level.WARNING, "After the window closed: " + title + ": " + whatHappened);
        } else {
            dialogs.showError(title, whatHappened, whatToDo);
        }
    }

    @Override
    public void showInformation(String title, String message) {
        if (!closed) {
            dialogs.showInformation(title, message);
        }
    }

    @Override
    public boolean confirm(String title, String question) {
        return !closed && dialogs.confirm(title, question);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, List<String> extensions) {
        return closed ? Optional.empty() : dialogs.chooseFileToOpen(title, filterName, extensions);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName,
            List<String> extensions) {
        return closed ? Optional.empty() : dialogs.chooseFileToSave(title, suggestedName, filterName, extensions);
    }

    @Override
    public Optional<String> askText(String title, String question) {
        return closed ? Optional.empty() : dialogs.askText(title, question);
    }
}
