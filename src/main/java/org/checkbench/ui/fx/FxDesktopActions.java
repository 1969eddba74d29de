package org.checkbench.ui.fx;

import java.awt.Desktop;
import java.nio.file.Path;

import javafx.application.HostServices;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The real desktop: JavaFX's HostServices for pages, AWT's Desktop (where it works) for files. */
public final class FxDesktopActions implements DesktopActions {

    private static final System.Logger LOG = System.getLogger(FxDesktopActions.class.getName());

    private final HostServices hostServices;
    private final TaskExecutor tasks;

    public FxDesktopActions(HostServices hostServices, TaskExecutor tasks) {
        this.hostServices = hostServices;
        this.tasks = tasks;
    }

    @Override
    public void openWebPage(String address) {
        hostServices.showDocument(address);
    }

    @Override
    public void openFile(Path file) {
        if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            // Desktop.open can take seconds while the viewer starts: a task of its own, off the FX thread.
            tasks.execute(BackgroundTask.of("Open " + file.getFileName(), () -> {
                Desktop.getDesktop().open(file.toFile());
                return file;
            }).onOwnThread().onFailure(failure -> {
                LOG.log(System.Logger.Level.WARNING, "Desktop could not open " + file + ", trying the browser", failure);
                hostServices.showDocument(file.toUri().toString());
            }));
        } else {
            hostServices.showDocument(file.toUri().toString());
        }
    }

    @Override
    public void copyText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
