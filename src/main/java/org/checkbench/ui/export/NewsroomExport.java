package org.checkbench.ui.export;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.checkbench.service.ClaimReviewCheck;
import org.checkbench.service.ExportService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.article.ClaimDescriptions;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.fx.BackgroundTask;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.Problems;
import org.checkbench.ui.fx.TaskExecutor;

/**
 * File > Export as (the marked-up Word copy, ClaimReview, CSV, Web Annotations) and File > Check
 * ClaimReview fields… for the open article. ClaimReview says which claims lack which fields instead
 * of writing invalid markup.
 *
 * <p>An export reads the article on the worker, queued behind the save of what is on screen, then
 * writes the file on a thread of its own with progress and Cancel ({@link FileJob}): a long draft's
 * Word copy takes seconds, and a cancelled export leaves no file.
 */
public final class NewsroomExport {

    private static final String NO_CLAIMS = "This article has no claims yet, so there is nothing for ClaimReview.";
    private static final String RATE_CLAIMS = "Mark the claims you rated, on the Public rating scale (File > Article"
            + " details…), then export again.";

    private final Window owner;
    private final TaskExecutor tasks;
    private final Supplier<OpenArticle> current;
    private final Consumer<String> status;
    private DialogService dialogs;
    private FileJob job;

    public NewsroomExport(Window owner, TaskExecutor tasks, DialogService dialogs, Supplier<OpenArticle> current,
            Consumer<String> status) {
        this.owner = owner;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.current = current;
        this.status = status;
    }

    /** Tests answer the file choosers and read the messages. */
    public void useDialogs(DialogService scripted) {
        this.dialogs = scripted;
    }

    /** File > Export as …: the open article in one of the newsroom formats. Ignored while an export runs. */
    public void export(ExportService.Format format) {
        OpenArticle open = current.get();
        if (open == null || (job != null && job.running())) {
            return;
        }
        String name = ExportFileNames.suggested(open.article().title(), fileWord(format), format.extension());
        dialogs.chooseFileToSave("Export as " + format.label(), name, format.label(),
                List.of("*." + format.extension())).ifPresent(out -> start(open, format, out));
    }

    private void start(OpenArticle open, ExportService.Format format, Path out) {
        String doing = "Export " + format.label();
        // Queued on the worker before the read below: the export includes the last keystrokes.
        open.saveNow();
        WorkspaceSession session = open.session();
        long articleId = open.article().id();
        FileJob export = new FileJob(owner, tasks, "Exporting " + format.label(), "Writing " + out.getFileName(),
                "Reading the article", failure -> {
                    status.accept(doing + " failed; no file was written.");
                    Problems.show(dialogs, doing, failure);
                }, () -> status.accept("Export cancelled; no file was written."));
        job = export;
        export.step(BackgroundTask.of("Read the article for the export", () -> session.exports().prepare(articleId)),
                prepared -> export.step(BackgroundTask.withProgress(doing,
                        progress -> ExportService.write(prepared, format, out, FileJob.reporting(progress))).onOwnThread(),
                        result -> {
                            export.done();
                            reportExport(format, result);
                        }));
    }

    private void reportExport(ExportService.Format format, ExportService.Exported result) {
        ClaimReviewCheck review = result.claimReview();
        if (review != null && !review.wroteAnything()) {
            status.accept("ClaimReview not written.");
            dialogs.showError("ClaimReview not written", review.leftOut().isEmpty() ? NO_CLAIMS
                    : "No claim has every field ClaimReview requires, so nothing was written.",
                    review.leftOut().isEmpty() ? RATE_CLAIMS : missingList(review));
            return;
        }
        status.accept("Exported " + format.label() + " to " + result.file());
        String message = "Wrote " + result.file() + " (" + result.claims() + " claim" + (result.claims() == 1 ? "" : "s")
                + ").";
        if (review != null && !review.complete()) {
            message += "\n\n" + missingList(review);
        }
        dialogs.showInformation(format.label(), message);
    }

    /** File > Check ClaimReview fields…: what each claim still lacks, without writing anything. */
    public void checkClaimReview() {
        OpenArticle open = current.get();
        if (open == null) {
            return;
        }
        open.saveNow();
        long articleId = open.article().id();
        tasks.run("Check ClaimReview fields", () -> open.session().exports().checkClaimReview(articleId),
                review -> dialogs.showInformation("ClaimReview fields", !review.complete() ? missingList(review)
                        : review.wroteAnything() ? "Every claim has the fields ClaimReview requires and recommends."
                        : NO_CLAIMS + " " + RATE_CLAIMS),
                failure -> Problems.show(dialogs, "Check ClaimReview fields", failure));
    }

    /**
     * The "missing fields" list: each claim with its fields one a line. What every claim lacks (the
     * article's scale, the fact-check's address) is said once at the top instead of on every claim.
     */
    static String missingList(ClaimReviewCheck review) {
        StringBuilder text = new StringBuilder();
        if (!review.leftOut().isEmpty()) {
            text.append("Left out (a required field is missing):\n");
            appendGaps(text, review.leftOut());
        }
        if (!review.incomplete().isEmpty()) {
            text.append(text.length() > 0 ? "\n" : "").append("Written without recommended fields:\n");
            appendGaps(text, review.incomplete());
        }
        return text.toString().strip();
    }

    private static void appendGaps(StringBuilder text, List<ClaimReviewCheck.Gap> gaps) {
        Set<String> shared = new LinkedHashSet<>(gaps.get(0).missing());
        gaps.forEach(gap -> shared.retainAll(gap.missing()));
        if (gaps.size() > 1 && !shared.isEmpty()) {
            text.append("• Every one of these ").append(gaps.size()).append(" claims\n");
            shared.forEach(field -> text.append("    – ").append(field).append('\n'));
        } else {
            shared.clear();
        }
        for (ClaimReviewCheck.Gap gap : gaps) {
            text.append("• Claim ").append(gap.claimNumber()).append(" “")
                    .append(ClaimDescriptions.shorten(gap.quote(), 50)).append("”\n");
            gap.missing().stream().filter(field -> !shared.contains(field))
                    .forEach(field -> text.append("    – ").append(field).append('\n'));
        }
    }

    /** What the file holds, for its suggested name. */
    private static String fileWord(ExportService.Format format) {
        return switch (format) {
            case DOCX -> "checked";
            case CLAIMREVIEW -> "ClaimReview";
            case CSV -> "claims";
            case LINKS_CSV -> "claim sources";
            case ANNOTATIONS -> "annotations";
        };
    }
}
