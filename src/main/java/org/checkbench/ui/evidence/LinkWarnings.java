package org.checkbench.ui.evidence;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;

import org.checkbench.model.text.BidiControls;
import org.checkbench.model.text.DeceptiveLinks;

/**
 * How the window shows a source's address link: its tooltip is the address (reordering controls
 * as marks), and an address that may not go where it seems (ADR 0132) gets a warning sign, a
 * warning style and the reason in the tooltip, the same check the report uses before making a link.
 */
final class LinkWarnings {

    static final String WARNING_CLASS = "deceptive-link";

    private LinkWarnings() {
    }

    /** Sets the link's label and tooltip for {@code address}; null or blank leaves it without a tooltip. */
    static void mark(Hyperlink link, String label, String address) {
        link.getStyleClass().remove(WARNING_CLASS);
        if (address == null || address.isBlank()) {
            link.setText(label);
            link.setTooltip(null);
            return;
        }
        var warning = DeceptiveLinks.warning(address);
        if (warning.isPresent()) {
            link.setText("⚠ " + label);
            link.getStyleClass().add(WARNING_CLASS);
            link.setTooltip(new Tooltip(BidiControls.visible(address) + "\n" + warning.get()));
        } else {
            link.setText(label);
            link.setTooltip(new Tooltip(address));
        }
    }
}
