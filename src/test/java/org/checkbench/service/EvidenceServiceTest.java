package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.checkbench.model.Article;
import org.checkbench.model.Attachment;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.Stance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceServiceTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:30:00Z");

    @TempDir
    Path folder;

    private WorkspaceSession session;
    private Claim claim;

    @BeforeEach
    void open() {
        session = openSession(new WorkspaceService(new AppDirectories(folder.resolve("data")), Clock.fixed(NOW, ZoneOffset.UTC),
                "olena"), folder);
        Article article = session.articles().importText("T", "Київ said 10,000 troops arrived.", null);
        claim = session.claims().mark(article.id(), 0, 4);
    }

    /** The session under test: a workspace file here, a team workspace in the PostgreSQL run. */
    WorkspaceSession openSession(WorkspaceService service, Path folder) {
        return service.open(folder.resolve("w.checkbench"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void entriesAreCreatedUpdatedRemovedAndRestored() {
        Evidence created = session.evidence().create(Evidence.draft("Ministry statement", EvidenceKind.DOCUMENT, Instant.EPOCH)
                .withUrl("https://mod.gov.ua/1").withAccessedDate(LocalDate.of(2026, 4, 30)));
        assertThat(created.id()).isPositive();
        assertThat(created.created()).isEqualTo(NOW);
        Evidence updated = session.evidence().update(created.withArchivedUrl("https://archive.ph/abc"));
        assertThat(session.evidence().find(created.id())).contains(updated);
        assertThat(session.evidence().findByUrl("https://archive.ph/abc")).containsExactly(updated);
        session.evidence().link(claim.id(), created.id(), Stance.SUPPORTS, "main source", "p. 2");

        RemovedEvidence removed = session.evidence().remove(created.id());
        assertThat(session.evidence().find(created.id())).isEmpty();
        assertThat(session.evidence().evidenceOf(claim.id())).isEmpty();
        session.evidence().restore(removed);
        assertThat(session.evidence().find(created.id())).contains(updated);
        assertThat(session.evidence().usesOf(created.id())).extracting(ClaimEvidence::note).containsExactly("main source");
    }

    @Test
    void linksKeepTheirOrderAndCanBeUndone() {
        Evidence a = session.evidence().create(Evidence.draft("A", EvidenceKind.BOOK, NOW));
        Evidence b = session.evidence().create(Evidence.draft("B", EvidenceKind.DATASET, NOW));
        Evidence c = session.evidence().create(Evidence.draft("C", EvidenceKind.INTERVIEW, NOW));
        for (Evidence e : List.of(a, b, c)) {
            session.evidence().link(claim.id(), e.id(), Stance.CONTEXT, null, null);
        }
        assertThat(titles()).containsExactly("A", "B", "C");
        assertThat(session.evidence().link(claim.id(), a.id(), Stance.REFUTES, "again", null).stance())
                .as("dropping the same entry twice keeps the first link").isEqualTo(Stance.CONTEXT);
        assertThat(titles()).containsExactly("A", "B", "C");
        session.evidence().reorder(claim.id(), List.of(c.id(), a.id(), b.id()));
        assertThat(titles()).containsExactly("C", "A", "B");

        ClaimEvidence unlinked = session.evidence().unlink(claim.id(), a.id()).orElseThrow();
        assertThat(titles()).containsExactly("C", "B");
        session.evidence().relink(unlinked);
        assertThat(titles()).containsExactly("C", "A", "B");
        assertThat(session.evidence().unlink(claim.id(), 12345)).isEmpty();

        session.evidence().updateLink(unlinked.withStance(Stance.REFUTES).withNote("contradicts"));
        assertThat(session.evidence().evidenceOf(claim.id()).get(1).link().stance()).isEqualTo(Stance.REFUTES);
    }

    @Test
    void searchFindsEvidenceAndEarlierClaims() {
        session.evidence().create(Evidence.draft("Café de Flore history", EvidenceKind.BOOK, NOW));
        assertThat(session.evidence().search("cafe flo", 10)).extracting(h -> h.evidence().title())
                .containsExactly("Café de Flore history");
        assertThat(session.evidence().searchClaims("КИЇВ", 10)).extracting(h -> h.claim().id()).containsExactly(claim.id());
    }

    @Test
    void attachedFilesAreKeptInTheWorkspace() throws Exception {
        Evidence entry = session.evidence().create(Evidence.draft("Scan", EvidenceKind.DOCUMENT, NOW));
        byte[] bytes = new byte[100_000];
        new java.util.Random(1).nextBytes(bytes);
        Path file = Files.write(folder.resolve("скан.pdf"), bytes);
        Attachment attachment = session.evidence().attach(entry.id(), file);
        Files.delete(file);
        assertThat(attachment.fileName()).isEqualTo("скан.pdf");
        assertThat(attachment.size()).isEqualTo(100_000);
        assertThat(session.evidence().attachments(entry.id())).containsExactly(attachment);
        assertThat(session.evidence().attachmentContent(attachment.id())).hasValueSatisfying(
                content -> assertThat(content).isEqualTo(bytes));
        assertThat(session.evidence().removeAttachment(attachment.id())).isTrue();
        assertThat(session.evidence().attachments(entry.id())).isEmpty();
    }

    private List<String> titles() {
        return session.evidence().evidenceOf(claim.id()).stream().map(LinkedEvidence::evidence).map(Evidence::title).toList();
    }
}
