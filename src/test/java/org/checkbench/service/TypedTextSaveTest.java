package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.text.JoinedLines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's timed save (ADR 0157): the text given as the editor's lines, encoded to UTF-8 once,
 * bound as bytes and stored as text; read back, it is the same string, and the hash the typing
 * journal is rebased on is the hash of the text read back. A real workspace file here, a real
 * PostgreSQL in {@link TypedTextSaveOnPostgresTest}.
 */
class TypedTextSaveTest {

    private static final String TEXT = "Київ said 10,000 troops arrived.\n김정은 denied it 🚀.\n\nCafé owners disagree.";

    @TempDir
    Path folder;

    WorkspaceSession session;

    @BeforeEach
    void open() {
        session = openSession(new WorkspaceService(new AppDirectories(folder.resolve("data")), Clock.systemUTC(), "olena"));
    }

    WorkspaceSession openSession(WorkspaceService service) {
        return service.open(folder.resolve("w.checkbench"));
    }

    /** The stored value's type as the engine sees it, and whether a piece of it is found by a text search there. */
    String storedType(long articleId, String piece) throws SQLException {
        session.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("w.checkbench"));
             PreparedStatement ps = c.prepareStatement("SELECT typeof(current_text), instr(current_text, ?) > 0"
                     + " FROM article WHERE id = ?")) {
            ps.setString(1, piece);
            ps.setLong(2, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1) + " " + rs.getBoolean(2);
            }
        } finally {
            session = openSession(new WorkspaceService(new AppDirectories(folder.resolve("data")), Clock.systemUTC(), "olena"));
        }
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static JoinedLines lines(String text) {
        return new JoinedLines(text.split("\n", -1));
    }

    @Test
    void theTypedTextIsStoredAsTextAndReadBackAsTheSameStringWithTheMovedClaims() throws Exception {
        Article article = session.articles().importText("T", TEXT, null);
        int start = TEXT.indexOf("김정은");
        Claim claim = session.claims().mark(article.id(), start, start + 3);
        // Typed at the top: Cyrillic, an emoji, a CJK character and a four-byte one at a line's end.
        String typed = "Ще 🚀 𠀀\n" + TEXT + "\n🚀";
        int shift = typed.indexOf("김정은") - start;
        List<Claim> moved = org.checkbench.service.ArticleClaims.withContextFrom(
                List.of(claim.withAnchor(claim.anchor().withRange(start + shift, start + shift + 3))), lines(typed));

        String hash = session.articles().saveTypedText(article.id(), lines(typed), moved);

        String stored = session.articles().currentText(article.id());
        assertThat(stored).isEqualTo(typed);
        assertThat(hash).isEqualTo(TypingJournal.sha256(stored));
        Claim movedBack = session.claims().find(claim.id());
        assertThat(movedBack.anchor().start()).isEqualTo(start + shift);
        assertThat(movedBack.anchor().exact()).isEqualTo("김정은");
        assertThat(movedBack.anchor().prefix()).endsWith("10,000 troops arrived.\n");
        assertThat(storedType(article.id(), "𠀀\nКиїв")).isEqualTo("text true");
    }

    @Test
    void aLoneHalfOfASurrogatePairIsStoredAsBeforeAndHashedAsReadBack() {
        Article article = session.articles().importText("T", TEXT, null);
        String typed = TEXT + " \uD83D";

        String hash = session.articles().saveTypedText(article.id(), lines(typed), List.of());

        String stored = session.articles().currentText(article.id());
        // What the driver's own setString stored for it before: String.getBytes writes '?'.
        assertThat(stored).isEqualTo(new String(typed.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertThat(hash).isEqualTo(TypingJournal.sha256(stored));
    }

    @Test
    void keysTypedAfterASaveComeBackAfterACrashOnTopOfTheTextReadBack() {
        Article article = session.articles().importText("T", TEXT, null);
        TypingJournal journal = TypingJournal.of(folder.resolve("journal"), folder.resolve("w.checkbench"), article.id());
        journal.start(TEXT);
        journal.append(0, 0, "Ще ");
        journal.append(3, 0, "🚀");
        String saved = "Ще 🚀" + TEXT;
        String hash = session.articles().saveTypedText(article.id(), lines(saved), List.of());
        journal.savedWithHash(hash, 2);
        journal.append(saved.length(), 0, " 𠀀");
        // The process dies here: the journal is not closed, the next start reads it on top of the stored text.

        String stored = session.articles().currentText(article.id());
        TypingJournal next = TypingJournal.of(folder.resolve("journal"), folder.resolve("w.checkbench"), article.id());
        List<TypingJournal.Edit> unsaved = next.unsaved(stored);
        assertThat(unsaved).containsExactly(new TypingJournal.Edit(saved.length(), 0, " 𠀀"));
        assertThat(TypingJournal.replay(stored, unsaved)).isEqualTo(saved + " 𠀀");
    }
}
