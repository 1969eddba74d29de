package org.checkbench.service;

import java.util.Objects;
import java.util.Set;

import org.checkbench.report.ReportOptions;

/**
 * What goes into a check report, as the export dialog or the command line chose it.
 *
 * @param includeArticleText print the article with its claims highlighted
 * @param statuses status labels to include; empty means every status
 * @param checkerName the name on the cover; blank means the session's checker
 * @param embedAttachments put the sources' attached files into the PDF (PDF/A-3), so the report is
 *     the complete record
 * @param policy the source rules the flags follow (Preferences, or {@code --sources-required})
 */
public record ReportRequest(boolean includeArticleText, Set<String> statuses, String checkerName,
        boolean embedAttachments, SourcePolicy policy) {

    public ReportRequest {
        statuses = Set.copyOf(statuses);
        checkerName = checkerName == null ? "" : checkerName;
        Objects.requireNonNull(policy, "policy");
    }

    /** Files not embedded, the default source policy. */
    public ReportRequest(boolean includeArticleText, Set<String> statuses, String checkerName) {
        this(includeArticleText, statuses, checkerName, false, SourcePolicy.DEFAULT);
    }

    ReportOptions toOptions() {
        return new ReportOptions(includeArticleText, statuses, checkerName, embedAttachments);
    }
}
