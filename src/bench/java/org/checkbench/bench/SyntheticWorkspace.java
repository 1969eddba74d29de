package org.checkbench.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.ClaimOrigin;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.Revision;
import org.checkbench.model.Stance;
import org.checkbench.model.TextAnchor;
import org.checkbench.model.VerdictScales;
import org.checkbench.store.Workspace;

/**
 * Fills a workspace with generated articles, claims, evidence and links for the benchmark. Words
 * come from a fixed vocabulary with a skewed (Zipf-like) frequency, as in real text, so a query
 * matches a realistic share of rows. Seeded: every run builds the same workspace.
 */
final class SyntheticWorkspace {

    /** Words the benchmark query uses; they occur at realistic frequencies in the generated text. */
    static final String QUERY = "kyiv minis";

    private static final String[] COMMON = {"the", "of", "and", "to", "in", "a", "said", "was", "for", "on", "that",
            "with", "by", "troops", "government", "report", "minister", "official", "according", "percent",
            "million", "year", "Kyiv", "Київ", "Pyongyang", "김정은", "Moscow", "café", "army", "border", "soldiers",
            "deployed", "ministry", "statement", "data", "survey", "election", "budget", "court", "police"};

    private final Random random = new Random(20_26);
    private final List<String> vocabulary = new ArrayList<>(List.of(COMMON));

    SyntheticWorkspace() {
        String[] syllables = {"ka", "lo", "mi", "ne", "ru", "sta", "vor", "pel", "dri", "zon", "qua", "tes", "bru",
                "fin", "gal", "hor", "jel", "kor", "lim", "mor"};
        while (vocabulary.size() < 3_000) {
            vocabulary.add(syllables[random.nextInt(syllables.length)] + syllables[random.nextInt(syllables.length)]
                    + syllables[random.nextInt(syllables.length)]);
        }
    }

    /** Builds {@code claimCount} claims over articles of 100 claims each, and {@code evidenceCount} entries. */
    void fill(Workspace workspace, int claimCount, int evidenceCount) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        List<Evidence> evidence = new ArrayList<>(evidenceCount);
        for (int i = 0; i < evidenceCount; i++) {
            evidence.add(new Evidence(0, capitalised(words(6)), "https://example.org/source/" + i,
                    "https://web.archive.org/web/2026/https://example.org/source/" + i, capitalised(words(2)), words(2),
                    LocalDate.of(2020 + i % 6, 1 + i % 12, 1 + i % 28), LocalDate.of(2026, 1, 1),
                    EvidenceKind.values()[i % EvidenceKind.values().length], words(40), "p. " + (i % 300),
                    null, now, now));
        }
        List<Evidence> stored = workspace.evidence().insertAll(evidence);

        int claimsPerArticle = 100;
        for (int made = 0; made < claimCount; made += claimsPerArticle) {
            int count = Math.min(claimsPerArticle, claimCount - made);
            workspace.inTransaction(() -> addArticle(workspace, count, stored, now));
        }
    }

    private void addArticle(Workspace workspace, int claimCount, List<Evidence> evidence, Instant now) {
        StringBuilder text = new StringBuilder();
        List<int[]> sentences = new ArrayList<>();
        for (int i = 0; i < claimCount; i++) {
            int start = text.length();
            text.append(capitalised(words(18))).append('.');
            sentences.add(new int[] {start, text.length()});
            text.append(i % 5 == 4 ? "\n\n" : " ");
        }
        String body = text.toString();
        Article article = workspace.articles().insert(new Article(0, capitalised(words(7)), "Daily " + words(1),
                null, null, null, "en", VerdictScales.PRE_PUBLICATION.id(), body, now, now));
        Revision revision = workspace.revisions().add(article.id(), body, "generated", now);
        List<Claim> claims = new ArrayList<>();
        for (int[] range : sentences) {
            claims.add(new Claim(0, article.id(), TextAnchor.of(body, range[0], range[1], revision.id()),
                    ClaimOrigin.suggested(random.nextDouble(), List.of("generated")), "unchecked",
                    random.nextInt(4) == 0 ? words(10) : "", "", "", now, now, false, false));
        }
        List<ClaimEvidence> links = new ArrayList<>();
        for (Claim claim : workspace.claims().insertAll(claims)) {
            long first = evidence.get(random.nextInt(evidence.size())).id();
            long second = evidence.get(random.nextInt(evidence.size())).id();
            links.add(new ClaimEvidence(claim.id(), first, Stance.SUPPORTS, "", "", 0));
            if (second != first) {
                links.add(new ClaimEvidence(claim.id(), second, Stance.CONTEXT, "", "", 1));
            }
        }
        workspace.links().insertAll(links);
    }

    private String words(int count) {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < count; i++) {
            // Cubing a uniform number favours the start of the list: a cheap Zipf-like skew.
            double u = random.nextDouble();
            result.append(i == 0 ? "" : " ").append(vocabulary.get((int) (u * u * u * vocabulary.size())));
        }
        return result.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
