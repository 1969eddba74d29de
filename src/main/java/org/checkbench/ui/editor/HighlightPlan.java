package org.checkbench.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.checkbench.ui.article.ClaimStyles;

/**
 * Merges every highlight layer (claim status, suggestion, overlap, the selected claim, search hits) into one
 * sequence of runs, so the editor can be styled in a single pass. {@code setStyleSpans} replaces
 * what was there and {@code StyleSpans.overlay} fragments borders, so the merging happens here.
 *
 * <p>Pure Java: no JavaFX, testable without a screen.
 */
final class HighlightPlan {

    /**
     * One highlighted range and the style classes it brings.
     *
     * @param overlay a layer drawn on top of whatever else is there (a search hit): its classes are
     *     added to the others' instead of competing with them
     */
    record Mark(int start, int end, List<String> styleClasses, int priority, boolean overlay) {

        Mark(int start, int end, List<String> styleClasses, int priority) {
            this(start, end, styleClasses, priority, false);
        }
    }

    /** A stretch of text with one set of style classes. */
    record Run(int length, List<String> styleClasses) {
    }

    static final String OVERLAP_CLASS = "claim-overlap";
    private static final List<String> CARRIED_CLASSES = List.of(ClaimStyles.SELECTED_CLASS, ClaimStyles.CHECKED_BEFORE_CLASS);

    private HighlightPlan() {
    }

    /**
     * @param marks ranges may overlap; where they do, the mark with the higher priority (then the
     *     shorter one, the inner claim) gives its classes and the run is flagged as an overlap
     */
    static List<Run> plan(int textLength, Collection<Mark> marks) {
        TreeMap<Integer, List<Mark>> opening = new TreeMap<>();
        TreeMap<Integer, List<Mark>> closing = new TreeMap<>();
        for (Mark mark : marks) {
            int start = Math.max(0, Math.min(mark.start(), textLength));
            int end = Math.max(start, Math.min(mark.end(), textLength));
            if (end > start) {
                opening.computeIfAbsent(start, k -> new ArrayList<>()).add(mark);
                closing.computeIfAbsent(end, k -> new ArrayList<>()).add(mark);
            }
        }
        TreeMap<Integer, Boolean> boundaries = new TreeMap<>();
        opening.keySet().forEach(k -> boundaries.put(k, true));
        closing.keySet().forEach(k -> boundaries.put(k, true));
        boundaries.put(textLength, true);

        List<Run> runs = new ArrayList<>();
        List<Mark> active = new ArrayList<>();
        Comparator<Mark> strongestFirst = Comparator.comparingInt(Mark::priority).reversed()
                .thenComparingInt(m -> m.end() - m.start());
        int position = 0;
        for (int boundary : boundaries.keySet()) {
            if (boundary > position) {
                runs.add(new Run(boundary - position, classesOf(active, strongestFirst)));
                position = boundary;
            }
            List<Mark> ending = closing.get(boundary);
            if (ending != null) {
                active.removeAll(ending);
            }
            List<Mark> starting = opening.get(boundary);
            if (starting != null) {
                active.addAll(starting);
            }
        }
        return runs;
    }

    private static List<String> classesOf(List<Mark> all, Comparator<Mark> strongestFirst) {
        if (all.isEmpty()) {
            return List.of();
        }
        if (all.size() == 1 && !all.get(0).overlay()) {
            return all.get(0).styleClasses();
        }
        List<Mark> active = new ArrayList<>(all.size());
        List<String> overlays = new ArrayList<>(2);
        for (Mark mark : all) {
            if (mark.overlay()) {
                mark.styleClasses().stream().filter(c -> !overlays.contains(c)).forEach(overlays::add);
            } else {
                active.add(mark);
            }
        }
        if (active.isEmpty()) {
            return List.copyOf(overlays);
        }
        List<String> beneath = active.size() == 1 ? active.get(0).styleClasses() : merged(active, strongestFirst);
        if (overlays.isEmpty()) {
            return beneath;
        }
        List<String> classes = new ArrayList<>(beneath);
        classes.addAll(overlays);
        return List.copyOf(classes);
    }

    private static List<String> merged(List<Mark> active, Comparator<Mark> strongestFirst) {
        Mark strongest = active.stream().min(strongestFirst).orElseThrow();
        List<String> classes = new ArrayList<>(strongest.styleClasses());
        // Selection emphasis and the "checked before" outline must survive when their claim is the outer one.
        for (Mark other : active) {
            for (String carried : CARRIED_CLASSES) {
                if (other != strongest && other.styleClasses().contains(carried) && !classes.contains(carried)) {
                    classes.add(carried);
                }
            }
        }
        long claims = active.stream().filter(m -> !m.styleClasses().contains(ClaimStyles.SUGGESTION_CLASS)).count();
        if (claims > 1) {
            classes.add(OVERLAP_CLASS);
        }
        return List.copyOf(classes);
    }
}
