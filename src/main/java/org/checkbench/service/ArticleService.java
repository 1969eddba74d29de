package org.checkbench.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.checkbench.anchor.Similarity;
import org.checkbench.io.ReadDocument;
import org.checkbench.model.text.DecodedText;
import org.checkbench.model.text.LineEnds;
import org.checkbench.model.text.Utf8Text;
import org.checkbench.model.Article;
import org.checkbench.model.ArticleSummary;
import org.checkbench.model.Claim;
import org.checkbench.model.Revision;
import org.checkbench.model.Suggestion;
import org.checkbench.model.TextChoices;
import org.checkbench.model.VerdictScale;
import org.checkbench.model.VerdictScales;
import org.checkbench.store.Workspace;

/** Importing, listing, loading and saving articles. */
public final class ArticleService {

    public static final String SAMPLE_RESOURCE = "/org/checkbench/samples/north-korean-troops-in-russia.txt";
    public static final String SAMPLE_TITLE = "North Korean troops in Russia";
    static final int MAX_TITLE_LENGTH = 80;

    private final ServiceContext context;
    private final Workspace workspace;
    private final ClaimService claims;
    private final SuggestionService suggestions;
    private final DraftService drafts;

    ArticleService(ServiceContext context, ClaimService claims, SuggestionService suggestions, DraftService drafts) {
        this.context = context;
        this.workspace = context.workspace();
        this.claims = claims;
        this.suggestions = suggestions;
        this.drafts = drafts;
    }

    /** Import's default: suggestions at the detector's own threshold, stored as suggestions. */
    public ImportOptions defaultImportOptions() {
        return new ImportOptions(suggestions.defaultThreshold(), false);
    }

    /** {@link #importFile(Path, String, ImportOptions)} with {@link #defaultImportOptions()}. */
    public Article importFile(Path file, String title) {
        return importFile(file, title, defaultImportOptions());
    }

    /**
     * Imports a file as a new article with its first revision and detection's suggestions (or, with
     * {@link ImportOptions#acceptSuggestions()}, unchecked claims), in one transaction. Any format
     * {@link ArticleFileReader} reads; the text is taken as it is (no line joining). The title is
     * {@code title}, or the text's first line when null or blank.
     *
     * @throws ArticleImportException for files that cannot become an article
     */
    public Article importFile(Path file, String title, ImportOptions options) {
        return importDecoded(file, title, options).article();
    }

    /** Reads and understands a file without storing anything (call off the FX thread). */
    public ImportedFile readFile(Path file) {
        return ArticleFileReader.read(file, null);
    }

    /** {@link #readFile(Path)}, a text file read in {@code encoding} (null: the bytes tell). */
    public ImportedFile readFile(Path file, Charset encoding) {
        return ArticleFileReader.read(file, encoding);
    }

    /**
     * {@link #importFile(Path, String, ImportOptions)}, also saying how the text was decoded (a
     * guess, replaced bytes), which the revision's note records too.
     */
    public ImportedArticle importDecoded(Path file, String title, ImportOptions options) {
        return importDocument(readFile(file, options.encoding()), title, options, TextCleanup.NONE);
    }

    /**
     * Stores a text already read from {@code file} ({@link ArticleTextReader#readArticle}), for
     * callers that read the file before opening the workspace, so a refused file changes nothing.
     */
    public ImportedArticle importDecoded(Path file, DecodedText decoded, String title, ImportOptions options) {
        String note = "Imported from " + file.getFileName() + (decoded.needsAttention() ? ", " + decoded.describe() : "");
        return new ImportedArticle(importText(title, decoded.text(), note, options), decoded);
    }

    /**
     * Stores a file already read as a new article: the text after {@code cleanup}, its first
     * revision with the original file, format and notices kept, the checker's cleanup answer (when
     * there was something to ask) remembered for the next draft, and detection's suggestions. One
     * transaction: all of it lands, or none. Read the file before opening the workspace and a
     * refused file changes nothing.
     */
    public ImportedArticle importDocument(ImportedFile imported, String title, ImportOptions options,
            TextCleanup cleanup) {
        String text = cleanup.apply(imported.document().text());
        String finalTitle = title == null || title.isBlank() ? null : title;
        DecodedText decoding = imported.decoding();
        String note = "Imported from " + imported.fileName()
                + (decoding != null && decoding.needsAttention() ? ", " + decoding.describe() : "");
        Article stored = storeNew(finalTitle, text, note, options, (article, revision) -> {
            ReadDocument document = imported.document();
            workspace.revisionSources().add(revision.id(), imported.fileName(), document.format().name(),
                    document.format().mediaType(), imported.bytes(), document.notices());
            if (imported.hasCleanupOffer()) {
                workspace.publications().save(new TextChoices(article.id(),
                        imported.hardWrapped() ? cleanup.joinLines() : null,
                        imported.repeatedHeaders().isEmpty() ? null : cleanup.dropRepeatedLines()));
            }
            Article described = ImportedDetails.describe(article, document);
            if (!described.equals(article)) {
                workspace.articles().update(described);
                return described;
            }
            return article;
        });
        return new ImportedArticle(stored, decoding);
    }

    /**
     * The checker saw the guessed encoding was wrong: the article just imported from {@code file} is
     * replaced, in one transaction, by the file read in {@code encoding} (same title, same answer
     * about wrapped lines). Only for an article with no claims yet, so no checking work can be lost by it.
     *
     * @throws IllegalStateException when the article already has claims
     */
    public ImportedArticle reimport(long articleId, Path file, Charset encoding) {
        ImportedFile read = readFile(file, encoding);
        return workspace.inTransaction(() -> {
            Article old = requireArticle(articleId);
            if (!workspace.claims().forArticle(articleId).isEmpty()
                    || workspace.revisions().forArticle(articleId).size() != 1
                    || !workspace.revisions().latest(articleId).map(r -> r.text().equals(old.currentText())).orElse(false)) {
                throw new IllegalStateException("“" + old.title() + "” has been worked on since it was imported; import"
                        + " the file again as a new article (File > Open article…) instead of replacing this one.");
            }
            TextChoices choices = workspace.publications().textChoices(articleId);
            workspace.articles().delete(articleId);
            return importDocument(read, old.title(), defaultImportOptions(), new TextCleanup(
                    Boolean.TRUE.equals(choices.joinLines()), Boolean.TRUE.equals(choices.dropRepeatedLines())));
        });
    }

    /** {@link #importText(String, String, String, ImportOptions)} with {@link #defaultImportOptions()}. */
    public Article importText(String title, String text, String revisionNote) {
        return importText(title, text, revisionNote, defaultImportOptions());
    }

    /** Stores a text as a new article (title from its first line when none is given); see {@link #importFile}. */
    public Article importText(String title, String text, String revisionNote, ImportOptions options) {
        return storeNew(title, text, revisionNote, options, (article, revision) -> article);
    }

    /** What an import stores beside the article and its first revision, inside the same transaction. */
    @FunctionalInterface
    private interface AlongWith {
        Article store(Article article, Revision revision);
    }

    private Article storeNew(String title, String text, String revisionNote, ImportOptions options, AlongWith extra) {
        String normalized = LineEnds.uniform(text);
        String finalTitle = title == null || title.isBlank() ? titleFromText(normalized) : title.strip();
        // Detection runs before the transaction: it is the slow part and needs no database. Suggestions
        // only stored come from the fast feature model: the window detects again with the encoder on
        // opening, the visible part first, so a long article opens at once. Claims made straight away
        // (batch use) get the full detector.
        List<Suggestion> detected = suggestions.detect(0, normalized, options.threshold(), options.acceptSuggestions());
        Instant now = context.now();
        return workspace.inTransaction(() -> {
            Article article = workspace.articles().insert(new Article(0, finalTitle, null, null, null, null, null,
                    VerdictScales.PRE_PUBLICATION.id(), normalized, now, now));
            Revision first = workspace.revisions().add(article.id(), normalized, revisionNote, now);
            workspace.revisionInfo().add(first.id(), context.checker(), Similarity.words(normalized).size(), 0, null);
            List<Suggestion> ofArticle = detected.stream()
                    .map(s -> new Suggestion(0, article.id(), s.start(), s.end(), s.exact(), s.score(), s.reasons()))
                    .toList();
            if (options.acceptSuggestions()) {
                claims.addSuggested(article.id(), ofArticle);
            } else {
                workspace.suggestions().insertAll(ofArticle);
            }
            return extra.store(article, first);
        });
    }

    /**
     * First start: when the workspace has no articles, imports the bundled sample so there is
     * something to look at. Returns the sample, or null when the workspace already had articles.
     */
    public Article importSampleIfEmpty() {
        if (workspace.articles().count() > 0) {
            return null;
        }
        try (InputStream in = ArticleService.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample article is missing from the build: " + SAMPLE_RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return importText(SAMPLE_TITLE, text, "Sample article bundled with Checkbench");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled sample article", e);
        }
    }

    /** A sensible title from a text: its first non-blank line, shortened at a word boundary. */
    public static String titleFromText(String text) {
        String firstLine = text.strip().lines().findFirst().orElse("Untitled").strip();
        if (firstLine.length() <= MAX_TITLE_LENGTH) {
            return firstLine;
        }
        int cut = firstLine.lastIndexOf(' ', MAX_TITLE_LENGTH - 1);
        if (cut < MAX_TITLE_LENGTH / 2) {
            cut = MAX_TITLE_LENGTH - 1;
        }
        if (Character.isHighSurrogate(firstLine.charAt(cut - 1))) {
            cut--;
        }
        return firstLine.substring(0, cut).stripTrailing() + "…";
    }

    public List<ArticleSummary> list() {
        return workspace.articles().list();
    }

    public LoadedArticle load(long articleId) {
        return workspace.inTransaction(() -> {
            Article article = requireArticle(articleId);
            VerdictScale scale = VerdictScales.byId(article.scaleId());
            return new LoadedArticle(article, workspace.claims().forArticle(articleId), scale,
                    workspace.revisions().latest(articleId).orElse(null));
        });
    }

    /**
     * Saves edited metadata (title, outlet, author, URL, date, language, scale). The scale can
     * change only while no claim is rated: unrated claims move to the new scale's first value.
     */
    public Article updateDetails(Article article) {
        return workspace.inTransaction(() -> {
            Article current = requireArticle(article.id());
            Article updated = article.withCurrentText(current.currentText()).withUpdated(context.now());
            if (!updated.scaleId().equals(current.scaleId())) {
                claims.moveToScale(current.id(), VerdictScales.byId(current.scaleId()),
                        VerdictScales.find(updated.scaleId()).orElseThrow(
                                () -> new IllegalArgumentException("unknown verdict scale " + updated.scaleId())));
            }
            workspace.articles().update(updated);
            return updated;
        });
    }

    /**
     * Saves the text as edited, with the claims whose anchors moved, in one transaction. No new
     * revision: that is {@link DraftService#saveDraft}.
     */
    public Article saveText(long articleId, String text, List<Claim> movedClaims) {
        return saveWithClaims(articleId, text, movedClaims, (article, now) -> {
            workspace.articles().updateText(articleId, text, now);
            return article.withUpdated(now);
        });
    }

    /**
     * {@link #saveText}, for the editor's timed saves (ADR 0157): the text is read as characters
     * (the editor's lines, not joined into one string) and encoded to UTF-8 once, after the claims,
     * for the write; the same bytes give the hash the typing journal is rebased on, which is returned.
     * On a 1 MB article this was a 2 MB string, the driver's 3 MB encoding buffer and its 1 MB copy per
     * save, every 600 ms while a checker types (issue 18).
     *
     * @return the SHA-256 of the saved text's UTF-8 bytes, as {@link TypingJournal} names its base
     */
    public String saveTypedText(long articleId, CharSequence text, List<Claim> movedClaims) {
        return saveWithClaims(articleId, "", movedClaims, (article, now) -> {
            // Encoded last, so the bytes are live only while they are written and hashed.
            byte[] utf8 = Utf8Text.encode(text);
            workspace.articles().updateText(articleId, utf8, now);
            return Utf8Text.sha256(utf8);
        });
    }

    /**
     * One transaction: the article's text lock taken (a team workspace), the moved claims' anchors
     * written, then the text by {@code writeText}. {@code shownText} is the text the found article
     * carries ("" reads none back).
     */
    private <T> T saveWithClaims(long articleId, String shownText, List<Claim> movedClaims,
            java.util.function.BiFunction<Article, Instant, T> writeText) {
        Instant now = context.now();
        return workspace.inTransaction(() -> {
            Article article = workspace.articles().findWithText(articleId, shownText)
                    .orElseThrow(() -> new NoSuchElementException("no article with id " + articleId));
            // On a team workspace one window at a time changes the text: it takes the lock, or is refused.
            workspace.textLocks().ifPresent(locks -> locks.holdForSave(articleId, article.title()));
            claims.updateAnchors(articleId, movedClaims, now);
            return writeText.apply(article, now);
        });
    }

    /**
     * The writer sent a revised draft: it becomes a new revision and the current text, and every
     * claim is carried into it ({@link DraftService#importDraft}, where the outcomes are).
     */
    public Revision importDraft(long articleId, Path file, String note) {
        return drafts.importDraft(articleId, file, note).revision();
    }

    public List<Revision> revisions(long articleId) {
        return workspace.revisions().forArticle(articleId);
    }

    /** The article's text as stored now (on a team workspace: as its editor last saved it). */
    public String currentText(long articleId) {
        return requireArticle(articleId).currentText();
    }

    public boolean delete(long articleId) {
        return workspace.articles().delete(articleId);
    }

    private Article requireArticle(long articleId) {
        return workspace.articles().find(articleId)
                .orElseThrow(() -> new NoSuchElementException("no article with id " + articleId));
    }
}
