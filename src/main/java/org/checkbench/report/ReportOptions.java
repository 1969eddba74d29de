package org.checkbench.report;

import java.util.Set;

/**
 * What the user chose in the export dialog.
 *
 * @param includeArticleText print the article with highlighted claims
 * @param statuses           status labels to include; empty means every status
 * @param checkerName        overrides {@link CheckReport#checkerName()} when not blank
 */
public record ReportOptions(boolean includeArticleText, Set<String> statuses, String checkerName) {

    public ReportOptions {
        statuses = Set.copyOf(statuses);
        checkerName = Text.orEmpty(checkerName);
    }

    public static ReportOptions everything() {
        return new ReportOptions(true, Set.of(), "");
    }

    public boolean includes(ReportClaim claim) {
        return statuses.isEmpty() || statuses.contains(claim.statusLabel());
    }
}
