package org.checkbench.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.checkbench.detect.SentenceSpan;
import org.checkbench.detect.SentenceSplitter;
import org.checkbench.service.ArticleService;
import org.checkbench.service.WorkspaceSession;

/**
 * The long article the benchmarks work on: the sample repeated to the wanted size, with claims on
 * sentences spread evenly through it. One place, so the CLI and window benchmarks measure the same.
 */
public final class LongArticleFixture {

    private LongArticleFixture() {
    }

    /** The bundled sample repeated until the text holds at least {@code minChars} characters. */
    public static String repeatedSample(int minChars) throws IOException {
        String sample;
        try (InputStream in = LongArticleFixture.class.getResourceAsStream(ArticleService.SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IOException("The sample article " + ArticleService.SAMPLE_RESOURCE + " is missing from the jar");
            }
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        return repeated(sample, minChars);
    }

    /** {@code text} (UTF-8 file contents, e.g. another article) repeated until it holds at least {@code minChars} characters. */
    public static String repeated(String text, int minChars) {
        String sample = text.strip();
        StringBuilder article = new StringBuilder(minChars + sample.length() + 2);
        while (article.length() < minChars) {
            article.append(sample).append("\n\n");
        }
        return article.toString();
    }

    /** Marks {@code count} sentences spread evenly over the text as claims; returns how many. */
    public static int markSpreadClaims(WorkspaceSession session, long articleId, String text, int count) {
        List<SentenceSpan> sentences = new SentenceSplitter().split(text);
        int wanted = Math.min(count, sentences.size());
        for (int i = 0; i < wanted; i++) {
            SentenceSpan sentence = sentences.get((int) ((long) i * sentences.size() / wanted));
            session.claims().mark(articleId, sentence.start(), sentence.end());
        }
        return wanted;
    }
}
