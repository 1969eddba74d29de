package org.checkbench.ui.claims;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.checkbench.model.Claim;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.Verdict;

/** "Checked by Olena, 2 Dec 2026, 14:05" for a claim: who set its verdict and when, in the user's locale. */
final class CheckedByText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    private CheckedByText() {
    }

    /** Empty for a claim without a verdict; notes a verdict that went stale. */
    static String of(Claim claim, Verdict verdict, List<HistoryEntry> history) {
        if (!verdict.checked()) {
            return "Not checked yet";
        }
        HistoryEntry set = null;
        for (HistoryEntry entry : history) {
            if (entry.field().equals(HistoryEntry.FIELD_STATUS)) {
                set = entry;
            }
        }
        String who = set != null ? set.who() : claim.checker();
        String text = "Checked by " + (who.isBlank() ? "someone" : who)
                + (set == null ? "" : ", " + WHEN.format(set.when().atZone(ZoneId.systemDefault())));
        if (claim.orphaned()) {
            return text + " \u2014 no longer counts: the claim is orphaned";
        }
        if (claim.changedSinceChecked()) {
            return text + " \u2014 no longer counts: the words changed since";
        }
        return text;
    }
}
