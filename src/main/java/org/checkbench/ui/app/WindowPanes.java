package org.checkbench.ui.app;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.checkbench.model.VerdictScales;
import org.checkbench.ui.article.ClaimStyles;
import org.checkbench.ui.claims.ClaimPanel;
import org.checkbench.ui.editor.ArticleEditor;
import org.checkbench.ui.editor.FindBar;
import org.checkbench.ui.revisions.RevisionStyles;

/**
 * The window's two columns — the find bar over the article, the claim panel beside it — and the
 * keyboard's way round them (F6, F9). Apart from {@link MainWindow} so the arrangement of the parts
 * and the order focus visits them are described in one place.
 */
final class WindowPanes {

    private static final double PANEL_DIVIDER = 0.68;

    private final ArticleEditor editor;
    private final FindBar findBar;
    private final ClaimPanel claimPanel;
    private final SplitPane split;

    WindowPanes(ArticleEditor editor, FindBar findBar, ClaimPanel claimPanel) {
        this.editor = editor;
        this.findBar = findBar;
        this.claimPanel = claimPanel;
        VBox articleColumn = new VBox(editor);
        articleColumn.setId("articleColumn");
        // The find bar joins the window when first opened: hidden, its fields, boxes and buttons were
        // still styled and skinned for the first frame (ADR 0186).
        findBar.visibleProperty().addListener((obs, was, is) -> {
            if (is && findBar.getParent() == null) {
                articleColumn.getChildren().add(0, findBar);
            }
        });
        VBox.setVgrow(editor, Priority.ALWAYS);
        this.split = new SplitPane(articleColumn, claimPanel);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setId("mainSplit");
        SplitPane.setResizableWithParent(claimPanel, false);
        VBox.setVgrow(split, Priority.ALWAYS);
    }

    SplitPane split() {
        return split;
    }

    /** The window's style sheets: the app's own, the colour of each status, the revision marks. */
    static void addStylesheets(Scene scene) {
        scene.getStylesheets().add(MainWindow.class.getResource("/org/checkbench/ui/checkbench.css").toExternalForm());
        scene.getStylesheets().add(ClaimStyles.stylesheetUrl(VerdictScales.ALL));
        scene.getStylesheets().add(RevisionStyles.STYLESHEET);
    }

    /** F6 / Ctrl+Tab (Shift for back): the find bar when open, the article, the claim list, the claim's detail. */
    void focusPane(Scene scene, int direction) {
        boolean panelShown = split.getItems().contains(claimPanel);
        PaneFocus.move(scene, List.of(
                Optional.ofNullable(findBar.isOpen() ? findBar.lookup("#findField") : null).map(PaneFocus.Stop::of),
                Optional.of(PaneFocus.Stop.of(editor.area())),
                Optional.ofNullable(panelShown ? claimPanel.list() : null).map(PaneFocus.Stop::of),
                claimPanel.detail().firstField().filter(field -> panelShown)
                        .map(field -> new PaneFocus.Stop(field, claimPanel.detail()))), direction);
    }

    /** F9: hides the claim panel, or shows it again at its usual width. */
    void toggleClaimPanel() {
        if (split.getItems().contains(claimPanel)) {
            split.getItems().remove(claimPanel);
        } else {
            split.getItems().add(claimPanel);
            split.setDividerPositions(PANEL_DIVIDER);
        }
    }
}
