package org.checkbench.ui.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The window icon in every size we ship; the window manager picks the one it needs. */
final class AppIcons {

    /** Up to 256: no window manager draws a window's icon larger (the installer's own icons are separate files). */
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /**
     * Decodes the icons on a thread of their own and gives them to {@code stage} when done: decoding
     * them on the FX thread held up the first screen (issue 18). Called once the first article is
     * shown: beside the launch, their decoding and its compiled code took CPU the first frames needed
     * on two cores (ADR 0156). Later calls for the same stage do nothing.
     */
    static void loadOnceInto(Stage stage) {
        if (stage.getProperties().putIfAbsent(AppIcons.class, Boolean.TRUE) != null) {
            return;
        }
        Thread loading = new Thread(() -> {
            List<Image> icons = load();
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        }, "checkbench-icons");
        loading.setDaemon(true);
        loading.start();
    }

    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            InputStream png = AppIcons.class.getResourceAsStream("/org/checkbench/icon/checkbench-" + size + ".png");
            if (png != null) {
                icons.add(new Image(png));
            }
        }
        return icons;
    }
}
