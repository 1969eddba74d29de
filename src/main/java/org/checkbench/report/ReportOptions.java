package org.checkbench.report;

import java.util.Set;

/**
 * What the user chose in the export dialog.
 *
 * @param includeArticleText print the article with highlighted claims
 * @param statuses           status labels to include; empty means every status
 * @param checkerName        overrides {@link CheckReport#checkerName()} when not blank
 * @param embedAttachments   put the sources' attached files into the PDF (PDF/A-3), so the report is
 *                           the complete record
 */
public record ReportOptions(boolean includeArticleText, Set<String> statuses, String checkerName,
        boolean embedAttachments) {

    public ReportOptions(boolean includeArticleText, Set<String> statuses, String checkerName) {
        this(includeArticleText, statuses, checkerName, false);
    }

    public ReportOptions {
        statuses = Set.copyOf(statuses);
        checkerName = Text.orEmpty(checkerName);
    }

    public static ReportOptions everything() {
        return new ReportOptions(true, Set.of(), "", false);
    }

    public boolean includes(ReportClaim claim) {
        return statuses.isEmpty() || statuses.contains(claim.statusLabel());
    }
}
