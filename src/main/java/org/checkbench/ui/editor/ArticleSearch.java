package org.checkbench.ui.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

import org.checkbench.model.text.TextSearch;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * What the find bar found in the article: every occurrence of the phrase, and the current one.
 * The editor draws them as one layer of its style spans ({@link #marksIn}). While the bar is closed
 * there are none, so typing pays nothing for it; while it is open an edit shifts the occurrences
 * at once (cheap) and they are looked for again once typing pauses.
 */
public final class ArticleSearch {

    static final String HIT_CLASS = "search-hit";
    static final String CURRENT_CLASS = "search-current";
    private static final List<String> HIT = List.of(HIT_CLASS);
    private static final List<String> CURRENT = List.of(HIT_CLASS, CURRENT_CLASS);

    private final StyleClassedTextArea area;
    private final Consumer<List<int[]>> redraw;
    private final PauseTransition searchAgain = new PauseTransition(Duration.millis(250));
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private TextSearch search = TextSearch.of("", false, false);
    private String phrase = "";
    private List<TextSearch.Match> matches = List.of();
    private int current = -1;

    /** @param redraw asked to restyle the text ranges whose search marks changed */
    ArticleSearch(StyleClassedTextArea area, Consumer<List<int[]>> redraw) {
        this.area = area;
        this.redraw = redraw;
        searchAgain.setOnFinished(event -> findAll(false));
    }

    /** "3 of 12", "No matches", or empty while nothing is searched for. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public int count() {
        return matches.size();
    }

    /** The current occurrence's place, from 1; 0 when there is none. */
    public int currentNumber() {
        return current + 1;
    }

    /** Looks for {@code phrase} from the caret on; the first occurrence after it becomes current. */
    public void search(String newPhrase, boolean matchCase, boolean wholeWords) {
        phrase = newPhrase == null ? "" : newPhrase;
        search = TextSearch.of(phrase, matchCase, wholeWords);
        searchAgain.stop();
        findAll(true);
        if (current >= 0) {
            selectCurrent();
        }
    }

    /** Another article (or draft) is shown: the open bar's phrase is looked for in it. */
    void textReplaced() {
        matches = List.of();
        current = -1;
        if (!phrase.isEmpty()) {
            findAll(false);
        }
    }

    /** The bar closed: no marks, no work while typing. */
    public void clear() {
        phrase = "";
        search = TextSearch.of("", false, false);
        searchAgain.stop();
        show(List.of(), -1);
    }

    /** Next (+1) or previous (-1) occurrence from the current one (or the caret), wrapping; it is selected. */
    public void step(int direction) {
        if (matches.isEmpty()) {
            return;
        }
        int next;
        if (current < 0) {
            int from = firstFrom(area.getSelection().getStart(), matches);
            next = direction > 0 ? from : Math.floorMod(from - 1, matches.size());
        } else {
            next = Math.floorMod(current + direction, matches.size());
        }
        show(matches, next);
        selectCurrent();
    }

    /** The current occurrence, if the selection is still exactly it (what Replace replaces). */
    public java.util.Optional<int[]> currentIfSelected() {
        if (current < 0) {
            return java.util.Optional.empty();
        }
        TextSearch.Match match = matches.get(current);
        boolean selected = area.getSelection().getStart() == match.start() && area.getSelection().getEnd() == match.end()
                && search.matchesAt(area.getText(), match.start(), match.end());
        return selected ? java.util.Optional.of(new int[] {match.start(), match.end()}) : java.util.Optional.empty();
    }

    /** Every occurrence, for Replace all. */
    public List<int[]> all() {
        return matches.stream().map(m -> new int[] {m.start(), m.end()}).toList();
    }

    /** The text changed: occurrences after the edit move with it, those it touched go until the next look. */
    void textEdited(int position, int removedLength, int insertedLength) {
        if (phrase.isEmpty()) {
            return; // the bar is closed: typing pays nothing for it
        }
        int delta = insertedLength - removedLength;
        int end = position + removedLength;
        List<TextSearch.Match> kept = new ArrayList<>(matches.size());
        int keptCurrent = -1;
        for (int i = 0; i < matches.size(); i++) {
            TextSearch.Match match = matches.get(i);
            if (match.end() <= position) {
                kept.add(match);
            } else if (match.start() >= end) {
                kept.add(new TextSearch.Match(match.start() + delta, match.end() + delta));
            } else {
                continue;
            }
            if (i == current) {
                keptCurrent = kept.size() - 1;
            }
        }
        matches = kept;
        current = keptCurrent;
        updateSummary();
        searchAgain.playFromStart();
    }

    /** The search marks inside [windowStart, windowEnd), for one restyle pass. */
    List<HighlightPlan.Mark> marksIn(int windowStart, int windowEnd) {
        if (matches.isEmpty()) {
            return List.of();
        }
        List<HighlightPlan.Mark> marks = new ArrayList<>();
        for (int i = firstEndingAfter(windowStart); i < matches.size(); i++) {
            TextSearch.Match match = matches.get(i);
            if (match.start() >= windowEnd) {
                break;
            }
            marks.add(new HighlightPlan.Mark(Math.max(match.start(), windowStart), Math.min(match.end(), windowEnd),
                    i == current ? CURRENT : HIT, 2, true));
        }
        return marks;
    }

    /** Looks again; the current occurrence is the first from the selection, or stays where it was. */
    private void findAll(boolean fromSelection) {
        List<TextSearch.Match> found = search.findAll(area.getText());
        int next;
        if (found.isEmpty()) {
            next = -1;
        } else if (fromSelection) {
            next = firstFrom(area.getSelection().getStart(), found);
        } else {
            next = current < 0 ? -1 : found.indexOf(matches.get(current));
        }
        show(found, next);
    }

    private void show(List<TextSearch.Match> found, int newCurrent) {
        Set<TextSearch.Match> before = new HashSet<>(matches);
        TextSearch.Match oldCurrent = current >= 0 && current < matches.size() ? matches.get(current) : null;
        Set<TextSearch.Match> after = new HashSet<>(found);
        List<int[]> changed = new ArrayList<>();
        for (TextSearch.Match match : matches) {
            if (!after.contains(match)) {
                changed.add(new int[] {match.start(), match.end()});
            }
        }
        for (TextSearch.Match match : found) {
            if (!before.contains(match)) {
                changed.add(new int[] {match.start(), match.end()});
            }
        }
        TextSearch.Match newOne = newCurrent >= 0 ? found.get(newCurrent) : null;
        for (TextSearch.Match match : new TextSearch.Match[] {oldCurrent, newOne}) {
            if (match != null && !java.util.Objects.equals(oldCurrent, newOne)) {
                changed.add(new int[] {match.start(), match.end()});
            }
        }
        matches = List.copyOf(found);
        current = newCurrent;
        updateSummary();
        if (!changed.isEmpty()) {
            redraw.accept(changed);
        }
    }

    private void selectCurrent() {
        TextSearch.Match match = matches.get(current);
        area.selectRange(match.start(), match.end());
        area.requestFollowCaret();
    }

    private void updateSummary() {
        if (phrase.isEmpty()) {
            summary.set("");
        } else if (matches.isEmpty()) {
            summary.set("No matches");
        } else if (current < 0) {
            summary.set(matches.size() + (matches.size() == 1 ? " match" : " matches"));
        } else {
            summary.set((current + 1) + " of " + matches.size());
        }
    }

    private static int firstFrom(int caret, List<TextSearch.Match> in) {
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i).start() >= caret) {
                return i;
            }
        }
        return 0;
    }

    private int firstEndingAfter(int position) {
        int low = 0;
        int high = matches.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (matches.get(middle).end() <= position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
