package org.checkbench.service;

import java.util.Set;

import org.checkbench.report.ReportOptions;

/**
 * What goes into a check report, as the export dialog or the command line chose it.
 *
 * @param includeArticleText print the article with its claims highlighted
 * @param statuses status labels to include; empty means every status
 * @param checkerName the name on the cover; blank means the session's checker
 */
public record ReportRequest(boolean includeArticleText, Set<String> statuses, String checkerName) {

    public ReportRequest {
        statuses = Set.copyOf(statuses);
        checkerName = checkerName == null ? "" : checkerName;
    }

    ReportOptions toOptions() {
        return new ReportOptions(includeArticleText, statuses, checkerName);
    }
}
