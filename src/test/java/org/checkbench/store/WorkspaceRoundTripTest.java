package org.checkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.checkbench.model.Article;
import org.checkbench.model.Attachment;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.ClaimOrigin;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.Revision;
import org.checkbench.model.Stance;
import org.checkbench.model.TextAnchor;
import org.checkbench.model.VerdictScales;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every entity and every field survives a close and reopen, in scripts beyond Latin and with emoji. */
class WorkspaceRoundTripTest {

    private static final String TEXT = "У Київ прибули війська; 김정은 said \"we 🚀 go\" — Café crème.";
    private static final Instant T1 = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final Instant T2 = Instant.parse("2026-02-03T04:05:06.789Z");

    @TempDir
    Path folder;

    @Test
    void everyEntityAndFieldComesBackAfterReopening() {
        Path file = folder.resolve("round trip.checkbench");
        Article article;
        Revision revision;
        Claim manual;
        Claim suggested;
        Evidence evidence;
        Attachment attachment;
        byte[] attachmentBytes = {0, 1, 2, (byte) 0xff, 42};
        ClaimEvidence link;
        try (Workspace workspace = Workspace.create(file)) {
            article = workspace.articles().insert(new Article(0, "Київ 🇺🇦 і 김정은", "Українська правда", "Олена Ковальчук",
                    "https://example.org/київ", LocalDate.of(2025, 11, 3), "uk", VerdictScales.PUBLIC_RATING.id(), TEXT, T1, T2));
            revision = workspace.revisions().add(article.id(), TEXT, "Перша версія 📝", T1);
            int start = TEXT.indexOf("김정은");
            manual = workspace.claims().insert(new Claim(0, article.id(), TextAnchor.of(TEXT, start, start + 3, revision.id()),
                    ClaimOrigin.MANUAL, "mostly-false", "Нотатка 🧐", "Kim Jong Un (김정은)", "олена", T1, T2, true, false));
            suggested = workspace.claims().insert(new Claim(0, article.id(), TextAnchor.of(TEXT, 2, 6, revision.id()),
                    ClaimOrigin.suggested(0.75, List.of("number \"3\"", "named entity: Київ", "line\nbreak")),
                    "unrated", "", "", "", T1, T1, false, true));
            evidence = workspace.evidence().insert(new Evidence(0, "Café crème report 📄", "https://example.com/a?b=c",
                    "https://web.archive.org/web/2025/https://example.com/a", "Yonhap 연합뉴스", "Іван Франко",
                    LocalDate.of(2024, 2, 29), LocalDate.of(2025, 12, 1), EvidenceKind.SOCIAL_MEDIA_POST,
                    "Excerpt with 🚀 and Київ", "p. 12, ¶ 3", "Reliable: official 👍", T1, T2));
            attachment = workspace.attachments().add(evidence.id(), "скан 1.pdf", "application/pdf", attachmentBytes, T2);
            link = workspace.links().append(new ClaimEvidence(manual.id(), evidence.id(), Stance.REFUTES,
                    "Спростовує 🙅", "00:03:14", 99));
            workspace.history().add(new HistoryEntry(0, article.id(), manual.id(), "олена", T2, HistoryEntry.FIELD_STATUS,
                    "unrated", "mostly-false"));
        }

        try (Workspace workspace = Workspace.openExisting(file)) {
            assertThat(workspace.articles().find(article.id())).contains(article);
            assertThat(workspace.revisions().forArticle(article.id())).containsExactly(revision);
            assertThat(revision.number()).isEqualTo(1);
            assertThat(workspace.claims().forArticle(article.id())).containsExactly(suggested, manual);
            assertThat(workspace.claims().find(manual.id()).orElseThrow().quote()).isEqualTo("김정은");
            assertThat(workspace.claims().find(suggested.id()).orElseThrow().origin().reasons())
                    .containsExactly("number \"3\"", "named entity: Київ", "line\nbreak");
            assertThat(workspace.evidence().find(evidence.id())).contains(evidence);
            assertThat(workspace.attachments().forEvidence(evidence.id())).containsExactly(attachment);
            assertThat(workspace.attachments().content(attachment.id())).hasValueSatisfying(
                    bytes -> assertThat(bytes).containsExactly(attachmentBytes));
            assertThat(link.position()).as("append puts the first link first").isZero();
            assertThat(workspace.links().forClaim(manual.id())).containsExactly(link);
            assertThat(workspace.links().evidenceOfClaim(manual.id())).containsExactly(new LinkedEvidence(link, evidence));
            List<HistoryEntry> history = workspace.history().forClaim(manual.id());
            assertThat(history).hasSize(1);
            assertThat(history.get(0)).usingRecursiveComparison().ignoringFields("id").isEqualTo(
                    new HistoryEntry(0, article.id(), manual.id(), "олена", T2, "status", "unrated", "mostly-false"));
            assertThat(workspace.counts()).isEqualTo(new WorkspaceCounts(Migrations.latestVersion(), 1, 2, 1));
            assertThat(workspace.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void updatesAndDeletesReachTheFileAndCascade() {
        Path file = folder.resolve("w.checkbench");
        try (Workspace workspace = Workspace.create(file)) {
            Article article = workspace.articles().insert(new Article(0, "A", null, null, null, null, null,
                    VerdictScales.PRE_PUBLICATION.id(), TEXT, T1, T1));
            Claim claim = workspace.claims().insert(new Claim(0, article.id(), TextAnchor.of(TEXT, 0, 5, 0),
                    ClaimOrigin.MANUAL, "unchecked", null, null, null, T1, T1, false, false));
            Evidence evidence = workspace.evidence().insert(Evidence.draft("E", EvidenceKind.BOOK, T1));
            workspace.links().append(new ClaimEvidence(claim.id(), evidence.id(), Stance.SUPPORTS, null, null, 0));

            Claim edited = claim.withStatus("confirmed").withNote("ok ✅").withUpdated(T2);
            assertThat(workspace.claims().update(edited)).isTrue();
            Evidence renamed = evidence.withTitle("Книга").withUpdated(T2);
            assertThat(workspace.evidence().update(renamed)).isTrue();
            assertThat(workspace.articles().updateText(article.id(), "new text", T2)).isTrue();

            assertThat(workspace.claims().find(claim.id())).contains(edited);
            assertThat(workspace.evidence().find(evidence.id())).contains(renamed);
            assertThat(workspace.articles().find(article.id()).orElseThrow().currentText()).isEqualTo("new text");

            assertThat(workspace.evidence().delete(evidence.id())).isTrue();
            assertThat(workspace.links().forClaim(claim.id())).as("links go with their evidence").isEmpty();
            assertThat(workspace.articles().delete(article.id())).isTrue();
            assertThat(workspace.claims().count()).as("claims go with their article").isZero();
        }
    }
}
