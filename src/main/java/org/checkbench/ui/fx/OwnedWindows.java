package org.checkbench.ui.fx;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Dialogs and secondary windows that behave under a real window manager as without one (ADR 0103).
 *
 * <p>A natively modal window (APPLICATION_ or WINDOW_MODAL) makes JavaFX 21's GTK glass disable its
 * owner with fixed size hints, and openbox then un-maximises the main window for every question
 * (issue 14). So dialogs are shown without native modality and {@link #blockOwnerWhileShowing}
 * keeps them modal in effect: while one is up, the owner's scene takes no input, a click on it
 * brings the dialog back to the front, and closing the owner is refused. A size set before a
 * window is mapped is also dropped under a window manager (seen under openbox), so {@link #fitOnceShown}
 * sizes a dialog to its content again just after it appears.
 */
public final class OwnedWindows {

    private static final String BLOCKERS = "checkbench.blockedBy";

    private OwnedWindows() {
    }

    /** While {@code window} shows, {@code owner} behaves as behind a modal dialog. */
    public static void blockOwnerWhileShowing(Window window, Window owner) {
        if (owner == null) {
            return;
        }
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> blockers(owner).push(window));
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            blockers(owner).remove(window);
            if (blockers(owner).isEmpty() && owner.isShowing()) {
                owner.requestFocus();
            }
        });
    }

    /** True while a dialog blocks this window: its keys and commands must wait. */
    public static boolean isBlocked(Window owner) {
        if (owner == null) {
            return false;
        }
        @SuppressWarnings("unchecked")
        Deque<Window> open = (Deque<Window>) owner.getProperties().get(BLOCKERS);
        return open != null && !open.isEmpty();
    }

    /**
     * Once shown, the window gets at least the size its content asks for and sits centred on its
     * owner (a form must never open at 200×200 with its labels cut).
     */
    public static void fitOnceShown(Window window, Parent content) {
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> Platform.runLater(() -> fit(window, content)));
    }

    /**
     * Esc closes the window, as it does a dialog, and the window it belongs to has the focus again.
     * A filter, not a handler: a text field (the library's search box) consumes Esc itself, so a
     * handler never heard it. An open drop-down list keeps its Esc (it closes the list first).
     */
    public static void closeOnEscape(Stage stage) {
        stage.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean listOpen = stage.getScene() != null
                    && stage.getScene().getFocusOwner() instanceof javafx.scene.control.ComboBoxBase<?> box && box.isShowing();
            if (event.getCode() == KeyCode.ESCAPE && !event.isConsumed() && !listOpen) {
                event.consume();
                stage.close();
                if (stage.getOwner() != null && stage.getOwner().isShowing()) {
                    stage.getOwner().requestFocus();
                }
            }
        });
    }

    private static void fit(Window window, Parent content) {
        if (!window.isShowing() || window.getScene() == null) {
            return;
        }
        double wantWidth = content.prefWidth(-1);
        double wantHeight = content.prefHeight(wantWidth);
        Scene scene = window.getScene();
        if (scene.getWidth() + 1 < wantWidth || scene.getHeight() + 1 < wantHeight) {
            window.sizeToScene();
        }
        Window owner = window instanceof Stage stage ? stage.getOwner() : null;
        if (owner != null && owner.isShowing()) {
            Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                    .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
            double x = owner.getX() + (owner.getWidth() - window.getWidth()) / 2;
            double y = owner.getY() + (owner.getHeight() - window.getHeight()) / 3;
            window.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - window.getWidth())));
            window.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - window.getHeight())));
        }
    }

    private static Deque<Window> blockers(Window owner) {
        @SuppressWarnings("unchecked")
        Deque<Window> open = (Deque<Window>) owner.getProperties().get(BLOCKERS);
        if (open == null) {
            Deque<Window> created = new ArrayDeque<>();
            owner.getProperties().put(BLOCKERS, created);
            installBlock(owner, created);
            return created;
        }
        return open;
    }

    /** Once per owner: its scene's input is swallowed while a dialog is up, and closing it waits. */
    private static void installBlock(Window owner, Deque<Window> open) {
        EventHandler<InputEvent> swallow = event -> {
            if (!open.isEmpty()) {
                if (event.getEventType() == MouseEvent.MOUSE_PRESSED) {
                    Window top = open.peek();
                    top.requestFocus();
                    if (top instanceof Stage stage) {
                        stage.toFront();
                    }
                }
                event.consume();
            }
        };
        owner.addEventFilter(InputEvent.ANY, swallow);
        owner.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            if (!open.isEmpty()) {
                event.consume();
                open.peek().requestFocus();
            }
        });
    }
}
