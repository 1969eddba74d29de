package org.checkbench.report;

import java.time.LocalDateTime;
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
 * @param signOff             whether it counts as checked, what it still needs, who set the verdict
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
        List<EvidenceLink> evidence,
        SignOff signOff) {

    /** A claim without sign-off details (the renderer's tests and benchmarks). */
    public ReportClaim(int number, int start, int end, String quote, String statusLabel, String statusColourHex,
            String note, String correctionBefore, String correctionAfter, boolean changedSinceChecked,
            boolean orphaned, List<EvidenceLink> evidence) {
        this(number, start, end, quote, statusLabel, statusColourHex, note, correctionBefore, correctionAfter,
                changedSinceChecked, orphaned, evidence, SignOff.NONE);
    }

    /** What keeps a claim from being cleared, as the service layer decided it; the cover's lists. */
    public enum Attention {
        CORRECTION_REQUIRED("Corrections required"),
        DISPUTED("Disputed claims"),
        UNCHECKED("Unchecked claims"),
        CHANGED_SINCE_CHECKED("Changed since checked"),
        ORPHANED("Orphaned claims (not found in this draft)");

        private final String heading;

        Attention(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    /** One verdict the claim had: what, who, when. */
    public record VerdictStep(String label, String who, LocalDateTime when) {
        public VerdictStep {
            label = Text.orEmpty(label);
            who = Text.orEmpty(who);
        }
    }

    /**
     * @param checked           counts as checked (the service's one definition)
     * @param attention         what keeps it from being cleared, null when nothing does
     * @param verdictBy         who set the current verdict (blank when unknown)
     * @param verdictAt         when, null when unknown
     * @param history           earlier and current verdicts, oldest first
     * @param correctionApplied the correction was put into the draft: correctionBefore holds the
     *                          original words, correctionAfter the applied wording
     * @param flags             warnings about the sources ("Only one independent source")
     */
    public record SignOff(boolean checked, Attention attention, String verdictBy, LocalDateTime verdictAt,
            List<VerdictStep> history, boolean correctionApplied, List<String> flags) {

        public static final SignOff NONE = new SignOff(false, null, "", null, List.of(), false, List.of());

        public SignOff {
            verdictBy = Text.orEmpty(verdictBy);
            history = List.copyOf(history);
            flags = List.copyOf(flags);
        }
    }

    public ReportClaim {
        quote = Text.orEmpty(quote);
        statusLabel = Text.orEmpty(statusLabel);
        statusColourHex = Text.orEmpty(statusColourHex);
        note = Text.orEmpty(note);
        correctionBefore = Text.orEmpty(correctionBefore);
        correctionAfter = Text.orEmpty(correctionAfter);
        evidence = List.copyOf(evidence);
        signOff = signOff == null ? SignOff.NONE : signOff;
    }

    /** The same claim over another range (the article section moves starts off line breaks). */
    public ReportClaim withRange(int newStart, int newEnd) {
        return new ReportClaim(number, newStart, newEnd, quote, statusLabel, statusColourHex, note, correctionBefore,
                correctionAfter, changedSinceChecked, orphaned, evidence, signOff);
    }

    public boolean hasCorrection() {
        return !correctionAfter.isBlank();
    }
}
