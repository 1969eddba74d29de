package org.checkbench.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.checkbench.model.ArticleSummary;

/**
 * Copies articles between two open workspaces, a local file and a team workspace either way
 * (issue 16), through the bundle format a colleague's work already travels in (docs/formats.md):
 * each article with its revisions, claims, statuses, notes, evidence and links; evidence already
 * in the target's library is reused. One transaction on the target: all of it lands, or nothing.
 */
public final class WorkspaceCopy {

    private WorkspaceCopy() {
    }

    /** Copies {@code articleIds} (every article when empty) from {@code from} into {@code to}. */
    public static BundleService.Imported copy(WorkspaceSession from, WorkspaceSession to, List<Long> articleIds) {
        List<Long> ids = articleIds.isEmpty()
                ? from.articles().list().stream().map(ArticleSummary::id).toList() : articleIds;
        Path folder = null;
        try {
            folder = Files.createTempDirectory("checkbench-copy-");
            Path bundle = folder.resolve("copy.checkbench-bundle");
            from.bundles().export(ids, bundle);
            return to.bundles().importBundle(bundle);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy through a temporary bundle: " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder only.
        }
    }
}
