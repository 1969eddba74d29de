package org.checkbench.ui.app;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the window's size, position and split between runs. Kept in java.util.prefs rather
 * than the workspace: it belongs to this screen setup, not to the work.
 */
final class WindowState {

    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 820;
    private static final double DEFAULT_DIVIDER = 0.64;

    private final Preferences node;

    public WindowState(Preferences node) {
        this.node = node;
    }

    /** The app's settings node; tests name their own so they never touch the user's settings. */
    public static Preferences appNode() {
        String override = System.getProperty("checkbench.prefs.node");
        return Preferences.userRoot().node(override == null ? "org/checkbench" : override);
    }

    public static Preferences defaultNode() {
        return appNode().node("window");
    }

    public void restore(Stage stage, SplitPane split) {
        // Never larger than the screen: a laptop after a big monitor must still show the whole window.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(node.getDouble("width", DEFAULT_WIDTH), screen.getWidth());
        double height = Math.min(node.getDouble("height", DEFAULT_HEIGHT), screen.getHeight());
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        stage.setWidth(width);
        stage.setHeight(height);
        // A monitor unplugged since the last run must not leave the window off screen.
        if (!Double.isNaN(x) && !Double.isNaN(y) && isOnSomeScreen(x, y, width, height)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(node.getBoolean("maximized", false));
        double divider = clampDivider(node.getDouble("divider", DEFAULT_DIVIDER));
        split.setDividerPositions(divider);
        // Set again once the window has its real width: before that the split measures a smaller one.
        javafx.application.Platform.runLater(() -> split.setDividerPositions(divider));
    }

    public void save(Stage stage, SplitPane split) {
        node.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            node.putDouble("width", stage.getWidth());
            node.putDouble("height", stage.getHeight());
            node.putDouble("x", stage.getX());
            node.putDouble("y", stage.getY());
        }
        if (!split.getDividers().isEmpty()) {
            node.putDouble("divider", clampDivider(split.getDividers().get(0).getPosition()));
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Losing the window layout is harmless; the work itself is in the workspace.
            System.getLogger(WindowState.class.getName())
                    .log(System.Logger.Level.WARNING, "Could not save the window layout", e);
        }
    }

    private static double clampDivider(double position) {
        return Math.max(0.3, Math.min(0.85, position));
    }

    private static boolean isOnSomeScreen(double x, double y, double width, double height) {
        Rectangle2D titleBar = new Rectangle2D(x + 20, y, Math.max(1, width - 40), 30);
        return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(titleBar));
    }
}
