package org.checkbench.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimOrigin;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.TextAnchor;
import org.checkbench.model.VerdictScales;

/**
 * Runs in a child JVM for the crash and lock tests.
 * <ul>
 *   <li>{@code hold FILE}: opens the workspace, prints READY, keeps it open until killed.</li>
 *   <li>{@code write FILE}: writes actions for ever, each one transaction of an evidence entry and
 *       three claims, printing "COMMITTED evidenceId title claimId claimId claimId" after each
 *       commit returns.</li>
 * </ul>
 */
public final class WorkspaceChildProcess {

    static final String TEXT = "Київ, 김정은 and the café 🚀: a text to anchor claims in.";

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        Workspace workspace = Workspace.open(file);
        if (args[0].equals("hold")) {
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        Article article = workspace.articles().insert(new Article(0, "Crash test", null, null, null, null, null,
                VerdictScales.PRE_PUBLICATION.id(), TEXT, now, now));
        for (int action = 0; ; action++) {
            String title = "Action " + action + " Київ 🚀";
            List<Claim> claims = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                claims.add(new Claim(0, article.id(), TextAnchor.of(TEXT, i, i + 5, 0), ClaimOrigin.MANUAL,
                        "unchecked", "note " + action + "/" + i, "", "child", now, now, false, false));
            }
            Object[] stored = workspace.inTransaction(() -> new Object[] {
                workspace.evidence().insert(Evidence.draft(title, EvidenceKind.OTHER, now).withExcerpt("x".repeat(500))),
                workspace.claims().insertAll(claims)});
            Evidence evidence = (Evidence) stored[0];
            @SuppressWarnings("unchecked")
            List<Claim> storedClaims = (List<Claim>) stored[1];
            StringBuilder line = new StringBuilder("COMMITTED ").append(evidence.id()).append(' ').append(action);
            storedClaims.forEach(c -> line.append(' ').append(c.id()));
            System.out.println(line);
            System.out.flush();
        }
    }
}
