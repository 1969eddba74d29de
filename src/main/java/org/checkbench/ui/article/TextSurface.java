package org.checkbench.ui.article;

/** Where the text lives: the editor. Lets undo and corrections change it the same way typing does. */
public interface TextSurface {
    String text();

    String text(int start, int end);

    /**
     * The stored text as it is now, to be read later and on any thread: a timed save reads it on the
     * worker, so the FX thread does not copy a long article between two keys (ADR 0116). This one
     * copies it now; the editor keeps a reference to its immutable document instead.
     */
    default TextSnapshot textSnapshot() {
        String now = text();
        return () -> now;
    }

    void replace(int start, int end, String replacement);

    /** The characters on screen, {start, end}: detection scores them first. */
    default int[] visibleRange() {
        return new int[] {0, Math.min(text().length(), 3000)};
    }
}
