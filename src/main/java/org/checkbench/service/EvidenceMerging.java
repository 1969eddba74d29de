package org.checkbench.service;

import java.util.function.Function;

import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;

/** How two entries for the same source become one: the kept entry wins, its gaps are filled. */
final class EvidenceMerging {

    private EvidenceMerging() {
    }

    static Evidence fillBlanks(Evidence keep, Evidence other) {
        Evidence result = keep;
        result = fillText(result, other, Evidence::url, Evidence::withUrl);
        result = fillText(result, other, Evidence::archivedUrl, Evidence::withArchivedUrl);
        result = fillText(result, other, Evidence::outlet, Evidence::withOutlet);
        result = fillText(result, other, Evidence::author, Evidence::withAuthor);
        result = fillText(result, other, Evidence::excerpt, Evidence::withExcerpt);
        result = fillText(result, other, Evidence::locator, Evidence::withLocator);
        result = fillText(result, other, Evidence::reliabilityNote, Evidence::withReliabilityNote);
        if (result.published() == null && other.published() != null) {
            result = result.withPublished(other.published());
        }
        if (result.accessed() == null && other.accessed() != null) {
            result = result.withAccessed(other.accessed());
        }
        if (result.kind() == EvidenceKind.OTHER && other.kind() != EvidenceKind.OTHER) {
            result = result.withKind(other.kind());
        }
        // A title that is only the address (made from a pasted link) gives way to a real one.
        if (result.title().equals(result.url()) && !other.title().isBlank() && !other.title().equals(other.url())) {
            result = result.withTitle(other.title());
        }
        return result;
    }

    private static Evidence fillText(Evidence target, Evidence source, Function<Evidence, String> field,
            java.util.function.BiFunction<Evidence, String, Evidence> with) {
        String mine = field.apply(target);
        String theirs = field.apply(source);
        if ((mine == null || mine.isBlank()) && theirs != null && !theirs.isBlank()) {
            return with.apply(target, theirs);
        }
        return target;
    }
}
