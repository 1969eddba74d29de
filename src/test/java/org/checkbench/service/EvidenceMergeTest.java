package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.EvidenceUse;
import org.checkbench.model.Stance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duplicates in the library: finding them, merging them in one step, and deleting with undo. */
class EvidenceMergeTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:30:00Z");

    @TempDir
    Path folder;

    private WorkspaceSession session;
    private Claim first;
    private Claim second;
    private Claim inOtherArticle;

    @BeforeEach
    void open() {
        session = openSession(new WorkspaceService(new AppDirectories(folder.resolve("data")), Clock.fixed(NOW, ZoneOffset.UTC),
                "olena"), folder);
        Article article = session.articles().importText("Troops", "Kyiv said 10,000 troops arrived at the border.", null);
        first = session.claims().mark(article.id(), 0, 4);
        second = session.claims().mark(article.id(), 10, 16);
        Article other = session.articles().importText("Budget", "The budget grew by 4 percent.", null);
        inOtherArticle = session.claims().mark(other.id(), 4, 10);
    }

    /** The session under test: a workspace file here, a team workspace in the PostgreSQL run. */
    WorkspaceSession openSession(WorkspaceService service, Path folder) {
        return service.open(folder.resolve("w.checkbench"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Evidence create(String title, String outlet, String url) {
        return session.evidence().create(Evidence.draft(title, EvidenceKind.OTHER, NOW).withOutlet(outlet).withUrl(url));
    }

    @Test
    void duplicatesShareAnAddressOrTitleAndOutlet() {
        Evidence original = create("Troops at the border", "Reuters", "https://reuters.com/a");
        Evidence sameUrl = create("Different title", null, "https://reuters.com/a");
        Evidence sameTitleAndOutlet = create("  troops at the BORDER ", "reuters", null);
        create("Troops at the border", "AP", "https://apnews.com/a");
        Evidence archivedCopy = session.evidence().create(Evidence.draft("Archive", EvidenceKind.WEB_PAGE, NOW)
                .withArchivedUrl("https://reuters.com/a"));

        assertThat(session.evidence().duplicatesOf(original.id())).extracting(Evidence::id)
                .containsExactly(sameUrl.id(), archivedCopy.id(), sameTitleAndOutlet.id());
    }

    @Test
    void mergingMovesLinksAndFilesFillsGapsAndDeletesTheDuplicateInOneStep() throws Exception {
        Evidence keep = create("Troops at the border", "Reuters", "https://reuters.com/a");
        Evidence duplicate = session.evidence().create(Evidence.draft("Troops at the border", EvidenceKind.WEB_PAGE, NOW)
                .withOutlet("Reuters").withUrl("https://other.example/b").withArchivedUrl("https://archive.ph/x")
                .withPublishedDate(LocalDate.of(2026, 4, 2)));
        session.evidence().link(first.id(), keep.id(), Stance.SUPPORTS, "kept note", null);
        session.evidence().link(first.id(), duplicate.id(), Stance.REFUTES, "duplicate note", null);
        session.evidence().link(second.id(), duplicate.id(), Stance.CONTEXT, "second", "p. 3");
        session.evidence().link(inOtherArticle.id(), duplicate.id(), Stance.SUPPORTS, null, null);
        session.evidence().attach(duplicate.id(), Files.writeString(folder.resolve("scan.txt"), "scan"));

        MergedEvidence result = session.evidence().merge(keep.id(), duplicate.id());

        assertThat(result.movedLinks()).isEqualTo(2);
        assertThat(result.droppedLinks()).as("the first claim was linked to both").isEqualTo(1);
        assertThat(result.movedAttachments()).isEqualTo(1);
        assertThat(session.evidence().find(duplicate.id())).isEmpty();
        Evidence kept = session.evidence().find(keep.id()).orElseThrow();
        assertThat(kept.url()).as("the kept entry's own address wins").isEqualTo("https://reuters.com/a");
        assertThat(kept.archivedUrl()).isEqualTo("https://archive.ph/x");
        assertThat(kept.publishedDate()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(kept.kind()).isEqualTo(EvidenceKind.WEB_PAGE);
        assertThat(session.evidence().usesOf(keep.id())).extracting(ClaimEvidence::claimId, ClaimEvidence::note)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(first.id(), "kept note"),
                        org.assertj.core.groups.Tuple.tuple(second.id(), "second"),
                        org.assertj.core.groups.Tuple.tuple(inOtherArticle.id(), ""));
        assertThat(session.evidence().attachments(keep.id())).extracting(a -> a.fileName()).containsExactly("scan.txt");
    }

    @Test
    void aFailedMergeChangesNothing() {
        Evidence keep = create("A", null, null);
        Evidence duplicate = create("A", null, null);
        session.evidence().link(first.id(), duplicate.id(), Stance.SUPPORTS, null, null);
        assertThatThrownBy(() -> session.evidence().merge(keep.id(), 9999)).isInstanceOf(java.util.NoSuchElementException.class);
        assertThatThrownBy(() -> session.evidence().merge(keep.id(), keep.id())).isInstanceOf(IllegalArgumentException.class);
        assertThat(session.evidence().usesOf(duplicate.id())).hasSize(1);
        assertThat(session.evidence().count()).isEqualTo(2);
    }

    @Test
    void usesNameTheArticleAndClaim() {
        Evidence entry = create("Budget law", null, null);
        session.evidence().link(inOtherArticle.id(), entry.id(), Stance.REFUTES, null, null);
        session.evidence().link(first.id(), entry.id(), Stance.SUPPORTS, null, null);
        assertThat(session.evidence().usesDescribed(entry.id())).extracting(EvidenceUse::articleTitle,
                EvidenceUse::claimQuote, EvidenceUse::stance).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Budget", "budget", Stance.REFUTES),
                        org.assertj.core.groups.Tuple.tuple("Troops", "Kyiv", Stance.SUPPORTS));
    }

    @Test
    void undoingADeleteBringsBackTheFilesToo() throws Exception {
        Evidence entry = create("Scan", null, null);
        session.evidence().link(first.id(), entry.id(), Stance.SUPPORTS, null, null);
        session.evidence().attach(entry.id(), Files.writeString(folder.resolve("скан.txt"), "дані"));
        RemovedEvidence removed = session.evidence().remove(entry.id());
        assertThat(session.evidence().find(entry.id())).isEmpty();
        session.evidence().restore(removed);
        var files = session.evidence().attachments(entry.id());
        assertThat(files).extracting(a -> a.fileName()).containsExactly("скан.txt");
        assertThat(new String(session.evidence().attachmentContent(files.get(0).id()).orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("дані");
        assertThat(session.evidence().usesOf(entry.id())).hasSize(1);
    }
}
