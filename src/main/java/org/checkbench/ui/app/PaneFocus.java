package org.checkbench.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * F6 / Ctrl+Tab (Shift for back): the focus goes round the window's parts in a fixed order, so a
 * keyboard user is never stuck in the article, where Tab types a tab. A part that is hidden or
 * greyed out is passed over.
 */
final class PaneFocus {

    /** One stop: the node that takes the focus, and the part of the window that counts as "there". */
    record Stop(Node takesFocus, Node area) {
        static Stop of(Node node) {
            return new Stop(node, node);
        }
    }

    private PaneFocus() {
    }

    /** Moves the focus from wherever it is in {@code scene} to the next (+1) or previous (-1) stop. */
    static void move(Scene scene, List<Optional<Stop>> order, int direction) {
        List<Stop> stops = new ArrayList<>();
        for (Optional<Stop> stop : order) {
            stop.filter(s -> s.takesFocus() != null && !s.takesFocus().isDisabled() && s.takesFocus().isVisible())
                    .ifPresent(stops::add);
        }
        if (stops.isEmpty()) {
            return;
        }
        int here = indexOfFocused(scene.getFocusOwner(), stops);
        int next = here < 0 ? (direction > 0 ? 0 : stops.size() - 1) : Math.floorMod(here + direction, stops.size());
        stops.get(next).takesFocus().requestFocus();
    }

    private static int indexOfFocused(Node focused, List<Stop> stops) {
        for (Node node = focused; node != null; node = node.getParent()) {
            for (int i = 0; i < stops.size(); i++) {
                if (node == stops.get(i).takesFocus() || node == stops.get(i).area()) {
                    return i;
                }
            }
        }
        return -1;
    }
}
