package org.checkbench.report;

import java.util.List;

/**
 * One claim as the report shows it.
 *
 * @param number              the claim's number in text order, shown as [n]
 * @param start               start offset (UTF-16 index) into {@link CheckReport#articleText()}
 * @param end                 end offset, exclusive; a range outside the text is not highlighted
 * @param quote               the claim's text as checked
 * @param statusLabel         the verdict, e.g. "Needs correction"
 * @param statusColourHex     "#rrggbb"
 * @param note                the checker's note (may be blank)
 * @param correctionBefore    text the suggested correction replaces (may be blank)
 * @param correctionAfter     the suggested text (may be blank: no correction)
 * @param changedSinceChecked the text changed after the verdict was given
 * @param orphaned            the claim could not be found in the current draft
 * @param evidence            evidence links in the order the checker gave them
 */
public record ReportClaim(
        int number,
        int start,
        int end,
        String quote,
        String statusLabel,
        String statusColourHex,
        String note,
        String correctionBefore,
        String correctionAfter,
        boolean changedSinceChecked,
        boolean orphaned,
        List<EvidenceLink> evidence) {

    public ReportClaim {
        quote = Text.orEmpty(quote);
        statusLabel = Text.orEmpty(statusLabel);
        statusColourHex = Text.orEmpty(statusColourHex);
        note = Text.orEmpty(note);
        correctionBefore = Text.orEmpty(correctionBefore);
        correctionAfter = Text.orEmpty(correctionAfter);
        evidence = List.copyOf(evidence);
    }

    public boolean hasCorrection() {
        return !correctionAfter.isBlank();
    }
}
