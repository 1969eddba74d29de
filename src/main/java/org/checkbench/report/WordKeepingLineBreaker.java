package org.checkbench.report;

import java.text.BreakIterator;
import java.util.Locale;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;

/**
 * openhtmltopdf's line breaker (URL-aware, on Java's line BreakIterator) treats a typographic
 * apostrophe as a place to break, so "Putin’s" could end a line as "Putin’" and start the next with
 * "s". This keeps such words whole and leaves every other break where the standard breaker puts it.
 */
final class WordKeepingLineBreaker implements FSTextBreaker {

    private final FSTextBreaker standard = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.ROOT));
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        standard.setText(newText);
    }

    @Override
    public int next() {
        int position = standard.next();
        while (position != BreakIterator.DONE && insideWord(position)) {
            position = standard.next();
        }
        return position;
    }

    /** A break right after an apostrophe with letters on both sides: don’t, Putin’s, O’Brien. */
    private boolean insideWord(int position) {
        if (position < 2 || position >= text.length()) {
            return false;
        }
        char before = text.charAt(position - 1);
        return (before == '\u2019' || before == '\'') && Character.isLetter(text.charAt(position))
                && Character.isLetter(text.charAt(position - 2));
    }
}
