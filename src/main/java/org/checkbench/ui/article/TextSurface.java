package org.checkbench.ui.article;

/** Where the text lives: the editor. Lets undo and corrections change it the same way typing does. */
public interface TextSurface {
    String text();

    String text(int start, int end);

    void replace(int start, int end, String replacement);

    /** The characters on screen, {start, end}: detection scores them first. */
    default int[] visibleRange() {
        return new int[] {0, Math.min(text().length(), 3000)};
    }
}
