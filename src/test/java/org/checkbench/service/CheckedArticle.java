package org.checkbench.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.Stance;

/**
 * A workspace with one checked article for report tests: a rated claim with a correction and two
 * sources in a chosen order, a Korean claim, and an orphaned claim that sorts first by offset.
 */
public final class CheckedArticle {

    public static final Instant NOW = Instant.parse("2026-05-06T09:30:00Z");
    public static final String TROOPS = "Київ said 10,000 troops arrived in March.";
    public static final String DENIAL = "김정은 denied it on 4 May.";
    public static final String CAFE = "Café owners said prices rose 12%.";
    public static final String TEXT = TROOPS + " " + DENIAL + " " + CAFE;
    public static final String TROOPS_NOTE = "Ministry of Defence figure for Київ differs.";
    public static final String DENIAL_NOTE = "김정은 statement checked against KCNA 🚀";
    public static final String CORRECTION = "Київ said 1,000 troops arrived in March.";

    public final long articleId;
    public final Claim troops;
    public final Claim denial;
    public final Claim orphan;
    public final Evidence briefing;
    public final Evidence reuters;
    public final Evidence kcna;

    private CheckedArticle(WorkspaceSession session) {
        Article article = session.articles().importText("Troops & \"allies\" <draft>", TEXT, null,
                new ImportOptions(1.0, false));
        articleId = article.id();
        session.articles().updateDetails(article.withOutlet("Yonhap").withAuthor("Kim Min-ji")
                .withPublishedDate(LocalDate.of(2026, 5, 5)));
        orphan = session.claims().update(session.claims().mark(articleId, 0, 4).withOrphaned(true));
        Claim troopsClaim = session.claims().mark(articleId, 0, TROOPS.length());
        session.claims().setStatus(troopsClaim.id(), "needs-correction");
        session.claims().setNote(troopsClaim.id(), TROOPS_NOTE);
        troops = session.claims().setCorrection(troopsClaim.id(), CORRECTION);
        int denialStart = TEXT.indexOf(DENIAL);
        Claim denialClaim = session.claims().mark(articleId, denialStart, denialStart + DENIAL.length());
        session.claims().setStatus(denialClaim.id(), "confirmed");
        denial = session.claims().setNote(denialClaim.id(), DENIAL_NOTE);
        session.claims().setStatus(orphan.id(), "disputed");

        briefing = session.evidence().create(Evidence.draft("Ministry briefing", EvidenceKind.DOCUMENT, NOW)
                .withLocator("p. 2"));
        reuters = session.evidence().create(Evidence.draft("Reuters report", EvidenceKind.WEB_PAGE, NOW)
                .withUrl("https://example.org/reuters").withOutlet("Reuters")
                .withPublishedDate(LocalDate.of(2026, 4, 30)).withAccessedDate(LocalDate.of(2026, 5, 2)));
        kcna = session.evidence().create(Evidence.draft("KCNA statement", EvidenceKind.WEB_PAGE, NOW)
                .withExcerpt("김정은 said no troops were sent."));
        session.evidence().link(troops.id(), briefing.id(), Stance.REFUTES, "contradicts the figure", "p. 7");
        session.evidence().link(troops.id(), reuters.id(), Stance.CONTEXT, null, null);
        session.evidence().reorder(troops.id(), List.of(reuters.id(), briefing.id()));
        session.evidence().link(denial.id(), kcna.id(), Stance.SUPPORTS, null, null);
    }

    /** Creates the workspace at {@code file} with the article and closes it again. */
    public static CheckedArticle createIn(Path file, Path dataFolder) {
        try (WorkspaceSession session = new WorkspaceService(new AppDirectories(dataFolder),
                Clock.fixed(NOW, ZoneOffset.UTC), "olena").open(file)) {
            return new CheckedArticle(session);
        }
    }

    public static CheckedArticle createIn(WorkspaceSession session) {
        return new CheckedArticle(session);
    }
}
