package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.checkbench.io.bundle.BundleException;
import org.checkbench.model.Article;
import org.checkbench.model.Attachment;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimAttribution;
import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.FactCheckPublication;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.Revision;
import org.checkbench.model.RevisionSource;
import org.checkbench.model.Stance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bundle of ten articles with 500 claims handed to a colleague: every field arrives equal, evidence
 * already in their library is reused, importing twice changes nothing, and a damaged or newer
 * bundle is refused with nothing half-imported.
 */
class BundleRoundTripTest {

    private static final int ARTICLES = 10;
    private static final int CLAIMS_PER_ARTICLE = 50;

    @TempDir
    Path folder;

    private WorkspaceSession source;
    private WorkspaceSession target;
    private final List<Long> articleIds = new ArrayList<>();

    @BeforeEach
    void fillASourceWorkspace() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:15:30.123Z"), ZoneOffset.UTC);
        source = new WorkspaceService(new AppDirectories(folder.resolve("a")), clock, "Olena")
                .open(folder.resolve("a.checkbench"));
        target = new WorkspaceService(new AppDirectories(folder.resolve("b")), Clock.systemUTC(), "Min-ji")
                .open(folder.resolve("b.checkbench"));
        List<Evidence> library = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Evidence e = source.evidence().create(Evidence.draft("Source " + i + " — Київ", EvidenceKind.values()[i % 9],
                    clock.instant()).withUrl(i % 5 == 4 ? null : "https://example.org/source/" + i)
                    .withArchivedUrl("https://web.archive.org/web/2026/https://example.org/source/" + i)
                    .withOutlet("Outlet " + i).withAuthor("Author " + i).withPublishedDate(LocalDate.of(2025, 1 + i % 12, 1))
                    .withAccessedDate(LocalDate.of(2026, 2, 1)).withExcerpt("Excerpt 김정은 " + i).withLocator("p. " + i)
                    .withReliabilityNote("note " + i));
            if (i % 7 == 0) {
                Path file = Files.writeString(folder.resolve("scan-" + i + ".txt"), "attached bytes " + i);
                source.evidence().attach(e.id(), file);
            }
            library.add(e);
        }
        for (int a = 0; a < ARTICLES; a++) {
            StringBuilder text = new StringBuilder("Article " + a + "\n\n");
            List<int[]> ranges = new ArrayList<>();
            for (int c = 0; c < CLAIMS_PER_ARTICLE; c++) {
                int start = text.length();
                text.append("Claim ").append(c).append(" says ").append(1000 + c).append(" troops arrived in Київ 🚀.");
                ranges.add(new int[] {start, text.length()});
                text.append(c % 5 == 4 ? "\n\n" : " ");
            }
            Path file = Files.writeString(folder.resolve("article-" + a + ".md"), text.toString());
            Article article = source.articles().importFile(file, null, new ImportOptions(1.0, false));
            articleIds.add(article.id());
            source.publications().savePublication(new FactCheckPublication(article.id(), "Desk " + a,
                    "https://desk.example", "https://desk.example/check/" + a, LocalDate.of(2026, 2, a + 1)));
            for (int c = 0; c < CLAIMS_PER_ARTICLE; c++) {
                Claim claim = source.claims().mark(article.id(), ranges.get(c)[0], ranges.get(c)[1]);
                source.claims().setStatus(claim.id(), c % 3 == 0 ? "confirmed" : "needs-correction");
                source.claims().setNote(claim.id(), "Note " + c + " with “quotes”");
                if (c % 4 == 0) {
                    source.claims().setCorrection(claim.id(), "Corrected " + c);
                }
                if (c % 6 == 0) {
                    source.publications().saveAttribution(new ClaimAttribution(claim.id(), "Claimant " + c,
                            ClaimAttribution.ClaimantKind.ORGANIZATION, LocalDate.of(2025, 5, 1), "https://said.example/" + c));
                }
                source.evidence().link(claim.id(), library.get((a * 7 + c) % 30).id(), Stance.SUPPORTS, "why " + c, "¶" + c);
                source.evidence().link(claim.id(), library.get((a * 7 + c + 11) % 30).id(), Stance.REFUTES, "", "");
            }
            // A removed claim: its history stays on record and travels with the bundle.
            source.claims().remove(source.claims().forArticle(article.id()).get(CLAIMS_PER_ARTICLE - 1).id());
            source.claims().mark(article.id(), ranges.get(CLAIMS_PER_ARTICLE - 1)[0], ranges.get(CLAIMS_PER_ARTICLE - 1)[1]);
        }
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    @Test
    void tenArticlesWith500ClaimsArriveWithEveryFieldEqualAndASecondImportChangesNothing() throws Exception {
        // The colleague already has one of the sources, under a differently written address.
        Evidence theirs = target.evidence().create(Evidence.draft("Their copy", EvidenceKind.WEB_PAGE, Instant.now())
                .withUrl("HTTP://www.Example.org/source/3/?utm_source=newsletter#top"));
        Path bundle = folder.resolve("work.checkbench-bundle");
        source.bundles().export(articleIds, bundle);

        BundleService.Imported imported = target.bundles().importBundle(bundle);

        assertThat(imported.articleIds()).hasSize(ARTICLES);
        assertThat(imported.mergedEvidence()).isEqualTo(1);
        assertThat(imported.newEvidence()).isEqualTo(29);
        assertThat(target.counts().claims()).isEqualTo(ARTICLES * CLAIMS_PER_ARTICLE);
        assertThat(target.counts().evidence()).isEqualTo(30);
        for (int i = 0; i < ARTICLES; i++) {
            assertSameArticle(articleIds.get(i), imported.articleIds().get(i), theirs.id());
        }

        var countsBefore = target.counts();
        BundleService.Imported again = target.bundles().importBundle(bundle);
        assertThat(again.articleIds()).isEmpty();
        assertThat(again.alreadyThere()).isEqualTo(ARTICLES);
        assertThat(target.counts()).isEqualTo(countsBefore);
    }

    private void assertSameArticle(long fromId, long toId, long mergedEvidenceId) {
        Article from = source.articles().load(fromId).article();
        Article to = target.articles().load(toId).article();
        assertThat(to.withId(fromId)).isEqualTo(from);
        assertThat(target.publications().publication(toId).withArticleId(fromId))
                .isEqualTo(source.publications().publication(fromId));
        assertThat(target.publications().textChoices(toId).joinLines())
                .isEqualTo(source.publications().textChoices(fromId).joinLines());

        List<Revision> fromRevisions = source.articles().revisions(fromId);
        List<Revision> toRevisions = target.articles().revisions(toId);
        assertThat(toRevisions).hasSameSizeAs(fromRevisions);
        Map<Long, Long> revisionIds = new java.util.HashMap<>();
        for (int r = 0; r < fromRevisions.size(); r++) {
            Revision a = fromRevisions.get(r);
            Revision b = toRevisions.get(r);
            revisionIds.put(a.id(), b.id());
            assertThat(new Revision(a.id(), fromId, b.number(), b.text(), b.created(), b.note())).isEqualTo(a);
            RevisionSource sa = sourceOf(source, a.id());
            RevisionSource sb = sourceOf(target, b.id());
            assertThat(sb).isEqualTo(new RevisionSource(b.id(), sa.fileName(), sa.format(), sa.mediaType(), sa.size(),
                    sa.sha256(), sa.notices()));
        }

        List<Claim> fromClaims = source.claims().forArticle(fromId);
        List<Claim> toClaims = target.claims().forArticle(toId);
        assertThat(toClaims).hasSize(CLAIMS_PER_ARTICLE);
        Map<Long, Long> claimIds = new java.util.HashMap<>();
        for (int c = 0; c < fromClaims.size(); c++) {
            Claim a = fromClaims.get(c);
            Claim b = toClaims.get(c);
            claimIds.put(a.id(), b.id());
            assertThat(b.anchor().revisionId()).isEqualTo(revisionIds.get(a.anchor().revisionId()));
            assertThat(new Claim(a.id(), fromId, b.anchor().withRevisionId(a.anchor().revisionId()), b.origin(), b.status(),
                    b.note(), b.correction(), b.checker(), b.created(), b.updated(), b.changedSinceChecked(), b.orphaned()))
                    .isEqualTo(a);
            assertThat(target.publications().attribution(b.id()).withClaimId(a.id()))
                    .isEqualTo(source.publications().attribution(a.id()));
            List<LinkedEvidence> la = source.evidence().evidenceOf(a.id());
            List<LinkedEvidence> lb = target.evidence().evidenceOf(b.id());
            assertThat(lb).hasSameSizeAs(la);
            for (int l = 0; l < la.size(); l++) {
                ClaimEvidence linkA = la.get(l).link();
                ClaimEvidence linkB = lb.get(l).link();
                assertThat(new ClaimEvidence(a.id(), linkA.evidenceId(), linkB.stance(), linkB.note(), linkB.locator(),
                        linkB.position())).isEqualTo(linkA);
                Evidence ea = la.get(l).evidence();
                Evidence eb = lb.get(l).evidence();
                if (eb.id() == mergedEvidenceId) {
                    assertThat(ea.url()).isEqualTo("https://example.org/source/3");
                } else {
                    assertThat(eb.withId(ea.id())).isEqualTo(ea);
                    assertSameAttachments(ea.id(), eb.id());
                }
            }
        }
        List<HistoryEntry> ha = historyOf(source, fromId);
        List<HistoryEntry> hb = historyOf(target, toId);
        assertThat(hb).hasSameSizeAs(ha);
        for (int h = 0; h < ha.size(); h++) {
            HistoryEntry a = ha.get(h);
            HistoryEntry b = hb.get(h);
            assertThat(List.of(b.who(), b.when(), b.field(), String.valueOf(b.oldValue()), String.valueOf(b.newValue())))
                    .isEqualTo(List.of(a.who(), a.when(), a.field(), String.valueOf(a.oldValue()), String.valueOf(a.newValue())));
            if (claimIds.containsKey(a.claimId())) {
                assertThat(b.claimId()).isEqualTo(claimIds.get(a.claimId()));
            } else {
                assertThat(b.claimId()).isNegative(); // the removed claim: on record, never another claim's
            }
        }
    }

    private static RevisionSource sourceOf(WorkspaceSession session, long revisionId) {
        return session.exports().revisionSource(revisionId).orElseThrow();
    }

    private static List<HistoryEntry> historyOf(WorkspaceSession session, long articleId) {
        return session.exports().history(articleId);
    }

    private void assertSameAttachments(long fromId, long toId) {
        List<Attachment> a = source.evidence().attachments(fromId);
        List<Attachment> b = target.evidence().attachments(toId);
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(new Attachment(a.get(i).id(), fromId, b.get(i).fileName(), b.get(i).mediaType(), b.get(i).size(),
                    b.get(i).sha256(), b.get(i).added())).isEqualTo(a.get(i));
            assertThat(target.evidence().attachmentContent(b.get(i).id()).orElseThrow())
                    .isEqualTo(source.evidence().attachmentContent(a.get(i).id()).orElseThrow());
        }
    }

    @Test
    void aCancelledImportRollsBackEverythingAndACancelledExportLeavesNoFile() throws Exception {
        Path bundle = folder.resolve("work.checkbench-bundle");
        RecordedProgress writing = RecordedProgress.neverCancelled();
        BundleService.write(source.bundles().prepare(articleIds, writing), bundle, writing);
        assertThat(writing.stages).contains("Collecting article 1 of " + ARTICLES, "Collecting article " + ARTICLES
                + " of " + ARTICLES).anyMatch(stage -> stage.matches("Writing part 1 of \\d+"));
        assertThat(writing.fractions).last().isEqualTo(1.0);
        var before = target.counts();

        // Cancel pressed while the fourth article is stored: the first three go too.
        BundleService.CheckedBundle checked = BundleService.check(bundle, RecordedProgress.neverCancelled());
        RecordedProgress importing = RecordedProgress.cancelledAfter(4);
        assertThatThrownBy(() -> target.bundles().importBundle(checked, importing))
                .isInstanceOf(CancellationException.class);
        assertThat(importing.stages).hasSize(4).last().asString().contains("(4 of " + ARTICLES + ")");
        assertThat(target.counts()).isEqualTo(before);
        assertThat(target.articles().list()).isEmpty();

        // Nothing was recorded as imported either: the same bundle imports in full afterwards.
        assertThat(target.bundles().importBundle(checked, JobProgress.NONE).articleIds()).hasSize(ARTICLES);

        Path cancelledCopy = folder.resolve("cancelled.checkbench-bundle");
        BundleService.PreparedBundle prepared = source.bundles().prepare(articleIds, JobProgress.NONE);
        assertThatThrownBy(() -> BundleService.write(prepared, cancelledCopy, RecordedProgress.cancelledAfter(3)))
                .isInstanceOf(CancellationException.class);
        assertThat(cancelledCopy).doesNotExist();
    }

    @Test
    void aNewerOrDamagedBundleIsRefusedAndNothingIsImported() throws Exception {
        Path bundle = folder.resolve("work.checkbench-bundle");
        source.bundles().export(articleIds.subList(0, 2), bundle);
        var before = target.counts();

        Path newer = rewrite(bundle, "newer.checkbench-bundle", "manifest.json",
                s -> s.replace("\"version\" : 1", "\"version\" : 99"));
        assertThatThrownBy(() -> target.bundles().importBundle(newer)).isInstanceOf(BundleException.class)
                .hasMessageContaining("newer Checkbench").hasMessageContaining("Update Checkbench");

        Path damaged = rewrite(bundle, "damaged.checkbench-bundle", "articles/2.json",
                s -> s.replace("\"evidenceId\":", "\"evidenceId\":9999"));
        assertThatThrownBy(() -> target.bundles().importBundle(damaged)).isInstanceOf(BundleException.class)
                .hasMessageContaining("damaged").hasMessageContaining("Nothing was imported");

        Path truncated = folder.resolve("cut.checkbench-bundle");
        byte[] bytes = Files.readAllBytes(bundle);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertThatThrownBy(() -> target.bundles().importBundle(truncated)).isInstanceOf(BundleException.class);

        assertThat(target.counts()).isEqualTo(before);
        assertThat(target.articles().list()).isEmpty();
    }

    private Path rewrite(Path bundle, String name, String entryName, java.util.function.UnaryOperator<String> change)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(bundle)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(entryName)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return Files.write(folder.resolve(name), out.toByteArray());
    }
}
