package org.checkbench.store;

/**
 * A save of an article's text refused because another window holds its text (ADR 0150): nothing
 * was written. The window shows that person's text instead and says so.
 */
public final class TextHeldElsewhere extends RuntimeException {

    private final String who;

    public TextHeldElsewhere(String articleTitle, String who) {
        super("“" + articleTitle + "” is being edited by " + (who.isEmpty() ? "someone else" : who)
                + ": only one person at a time changes an article's text, so this change to it was not saved.");
        this.who = who;
    }

    /** Who holds the text. */
    public String who() {
        return who;
    }
}
