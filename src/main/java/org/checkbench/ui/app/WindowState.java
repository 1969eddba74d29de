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

    /** A first start: this big, or 90 % of a smaller screen; the article gets most of the width. */
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 820;
    private static final double DEFAULT_SCREEN_SHARE = 0.9;
    static final double DEFAULT_DIVIDER = 0.64;

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

    /**
     * Sizes and places the window as it was (or sensibly on a first start). Applied before the
     * window is shown and once more just after: under a window manager JavaFX 21 on Linux drops a
     * size set before the window is mapped (seen here under openbox; see ADR 0103), and a new user got
     * 720×480 with the article narrower than the claim panel.
     */
    public void restore(Stage stage, SplitPane split) {
        Placement placement = placement();
        placement.applyTo(stage);
        double divider = clampDivider(node.getDouble("divider", DEFAULT_DIVIDER));
        split.setDividerPositions(divider);
        stage.showingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> showing, Boolean was, Boolean is) {
                if (is) {
                    stage.showingProperty().removeListener(this);
                    // Once mapped: the window manager has placed it, and the split measures its real width.
                    javafx.application.Platform.runLater(() -> {
                        placement.applyTo(stage);
                        split.setDividerPositions(divider);
                    });
                }
            }
        });
    }

    /** Where the window goes: as saved, never larger than this screen, on a screen that is still there. */
    private record Placement(double width, double height, double x, double y, boolean maximized) {
        void applyTo(Stage stage) {
            if (stage.isMaximized() && !maximized) {
                stage.setMaximized(false);
            }
            stage.setWidth(width);
            stage.setHeight(height);
            if (!Double.isNaN(x) && !Double.isNaN(y) && isOnSomeScreen(x, y, width, height)) {
                stage.setX(x);
                stage.setY(y);
            } else {
                stage.centerOnScreen();
            }
            if (maximized) {
                stage.setMaximized(true);
            }
        }
    }

    private Placement placement() {
        // Never larger than the screen: a laptop after a big monitor must still show the whole window.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(node.getDouble("width", Math.min(DEFAULT_WIDTH, screen.getWidth() * DEFAULT_SCREEN_SHARE)),
                screen.getWidth());
        double height = Math.min(node.getDouble("height", Math.min(DEFAULT_HEIGHT, screen.getHeight() * DEFAULT_SCREEN_SHARE)),
                screen.getHeight());
        return new Placement(width, height, node.getDouble("x", Double.NaN), node.getDouble("y", Double.NaN),
                node.getBoolean("maximized", false));
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
