package org.checkbench.ui.revisions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.checkbench.model.WordDiff;
import org.checkbench.model.WordDiff.Kind;
import org.checkbench.model.WordDiff.Piece;
import org.checkbench.service.RevisionComparison;
import org.checkbench.service.RevisionComparison.TouchedClaim;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * What the compare view shows, built once and off the FX thread: the text with the deletions
 * woven in, already styled (inserted underlined, deleted struck through, changes that touch a
 * claim tinted, with the claims' numbers in a badge before them) as a finished RichTextFX
 * document, so the FX thread only swaps it in; and the stops that stepping through the changes
 * visits.
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

    private final ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document;
    private final List<Stop> stops;

    private DiffDocument(ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document, List<Stop> stops) {
        this.document = document;
        this.stops = List.copyOf(stops);
    }

    /** The styled text, ready for {@code area.replace(0, area.getLength(), document())}. */
    ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document() {
        return document;
    }

    List<Stop> stops() {
        return stops;
    }

    static DiffDocument of(RevisionComparison comparison) {
        List<Piece> pieces = comparison.diff().pieces();
        List<WordDiff.Change> changes = comparison.diff().changes();
        Paragraphs text = new Paragraphs();
        List<Stop> stops = new ArrayList<>();
        int group = 0;
        for (int i = 0; i < pieces.size(); i++) {
            int stopStart = -1;
            List<TouchedClaim> claims = List.of();
            if (group < changes.size() && changes.get(group).first() == i) {
                stopStart = text.length();
                claims = touched(comparison, changes.get(group));
                if (!claims.isEmpty()) {
                    String badge = "[" + claims.stream().map(c -> String.valueOf(c.number()))
                            .collect(Collectors.joining(", ")) + "] ";
                    text.append(badge, List.of(BADGE));
                }
            }
            Piece piece = pieces.get(i);
            text.append(piece.text(), classes(piece, !comparison.touched().get(i).isEmpty()));
            if (stopStart >= 0) {
                int last = changes.get(group).last();
                for (int j = i + 1; j <= last; j++) {
                    Piece next = pieces.get(j);
                    text.append(next.text(), classes(next, !comparison.touched().get(j).isEmpty()));
                }
                stops.add(new Stop(stopStart, text.length(), claims));
                i = last;
                group++;
            }
        }
        return new DiffDocument(text.build(), stops);
    }

    /** Styled text cut into the paragraphs RichTextFX keeps, each with its own style spans. */
    private static final class Paragraphs {

        private final ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of());
        private final StringBuilder paragraph = new StringBuilder();
        private StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        private boolean styled;
        private int length;

        void append(String text, Collection<String> classes) {
            int from = 0;
            for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', from)) {
                add(text.substring(from, newline), classes);
                endParagraph();
                from = newline + 1;
            }
            add(text.substring(from), classes);
            length += text.length();
        }

        /** Characters shown so far, line ends included: where the next text will start. */
        int length() {
            return length;
        }

        private void add(String part, Collection<String> classes) {
            if (!part.isEmpty()) {
                paragraph.append(part);
                spans.add(classes, part.length());
                styled = true;
            }
        }

        private void endParagraph() {
            builder.addParagraph(paragraph.toString(), styled ? spans.create() : StyleSpans.singleton(List.of(), 0));
            paragraph.setLength(0);
            spans = new StyleSpansBuilder<>();
            styled = false;
        }

        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> build() {
            endParagraph();
            return builder.build();
        }
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
    private static List<TouchedClaim> touched(RevisionComparison comparison, WordDiff.Change group) {
        Map<Long, TouchedClaim> claims = new LinkedHashMap<>();
        for (int i = group.first(); i <= group.last(); i++) {
            comparison.touched().get(i).forEach(c -> claims.putIfAbsent(c.claimId(), c));
        }
        return claims.values().stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).toList();
    }
}
