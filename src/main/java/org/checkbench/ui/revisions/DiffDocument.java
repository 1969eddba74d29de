package org.checkbench.ui.revisions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.checkbench.model.WordDiff.Kind;
import org.checkbench.model.WordDiff.Piece;
import org.checkbench.service.RevisionComparison;
import org.checkbench.service.RevisionComparison.TouchedClaim;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * What the compare view shows, built once and off the FX thread: the text with the deletions
 * woven in, one {@link StyleSpans} for all of it (inserted underlined, deleted struck through,
 * changes that touch a claim tinted, with the claims' numbers in a badge before them), and the
 * stops that stepping through the changes visits.
 */
final class DiffDocument {

    static final String INSERTED = "diff-inserted";
    static final String DELETED = "diff-deleted";
    static final String MOVED = "diff-moved";
    static final String CLAIM = "diff-claim";
    static final String BADGE = "diff-claim-badge";

    /**
     * One change as the checker steps through them: a run of deleted and inserted words with only
     * spacing between, at [start, end) of the shown text.
     */
    record Stop(int start, int end, List<TouchedClaim> claims) {
    }

    private final String text;
    private final StyleSpans<Collection<String>> styles;
    private final List<Stop> stops;

    private DiffDocument(String text, StyleSpans<Collection<String>> styles, List<Stop> stops) {
        this.text = text;
        this.styles = styles;
        this.stops = List.copyOf(stops);
    }

    String text() {
        return text;
    }

    StyleSpans<Collection<String>> styles() {
        return styles;
    }

    List<Stop> stops() {
        return stops;
    }

    static DiffDocument of(RevisionComparison comparison) {
        List<Piece> pieces = comparison.diff().pieces();
        List<int[]> groups = groups(pieces);
        StringBuilder text = new StringBuilder();
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        List<Stop> stops = new ArrayList<>();
        int group = 0;
        for (int i = 0; i < pieces.size(); i++) {
            int stopStart = -1;
            List<TouchedClaim> claims = List.of();
            if (group < groups.size() && groups.get(group)[0] == i) {
                stopStart = text.length();
                claims = touched(comparison, groups.get(group));
                if (!claims.isEmpty()) {
                    String badge = "[" + claims.stream().map(c -> String.valueOf(c.number()))
                            .collect(Collectors.joining(", ")) + "] ";
                    text.append(badge);
                    spans.add(List.of(BADGE), badge.length());
                }
            }
            Piece piece = pieces.get(i);
            text.append(piece.text());
            spans.add(classes(piece, !comparison.touched().get(i).isEmpty()), piece.text().length());
            if (stopStart >= 0) {
                int last = groups.get(group)[1];
                for (int j = i + 1; j <= last; j++) {
                    Piece next = pieces.get(j);
                    text.append(next.text());
                    spans.add(classes(next, !comparison.touched().get(j).isEmpty()), next.text().length());
                }
                stops.add(new Stop(stopStart, text.length(), claims));
                i = last;
                group++;
            }
        }
        if (text.length() == 0) {
            spans.add(List.of(), 0);
        }
        return new DiffDocument(text.toString(), spans.create(), stops);
    }

    private static Collection<String> classes(Piece piece, boolean touchesClaim) {
        List<String> classes = new ArrayList<>(3);
        if (piece.kind() == Kind.INSERTED) {
            classes.add(INSERTED);
        } else if (piece.kind() == Kind.DELETED) {
            classes.add(DELETED);
        }
        if (piece.moved()) {
            classes.add(MOVED);
        }
        if (touchesClaim) {
            classes.add(CLAIM);
        }
        return classes;
    }

    /** Runs of change pieces with only spacing between them, as {first, last} piece indexes. */
    private static List<int[]> groups(List<Piece> pieces) {
        List<int[]> groups = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.isChange()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            } else if (!piece.text().isBlank() && first >= 0) {
                groups.add(new int[] {first, last});
                first = -1;
            }
        }
        if (first >= 0) {
            groups.add(new int[] {first, last});
        }
        return groups;
    }

    private static List<TouchedClaim> touched(RevisionComparison comparison, int[] group) {
        Map<Long, TouchedClaim> claims = new LinkedHashMap<>();
        for (int i = group[0]; i <= group[1]; i++) {
            comparison.touched().get(i).forEach(c -> claims.putIfAbsent(c.claimId(), c));
        }
        return claims.values().stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).toList();
    }
}
