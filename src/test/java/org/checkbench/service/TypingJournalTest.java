package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.checkbench.service.TypingJournal.Edit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypingJournalTest {

    @TempDir
    Path folder;

    @Test
    void editsTypedOnTopOfTheStoredTextComeBackAndReplayToWhatWasOnScreen() {
        String stored = "Kyiv said.\nSecond line.";
        try (TypingJournal journal = TypingJournal.of(folder, Path.of("/w/a.checkbench"), 7)) {
            journal.start(stored);
            journal.append(0, 0, "New: ");
            journal.append(5, 4, "Київ\\ \n");
        }
        TypingJournal reopened = TypingJournal.of(folder, Path.of("/w/a.checkbench"), 7);
        List<Edit> unsaved = reopened.unsaved(stored);
        assertThat(unsaved).containsExactly(new Edit(0, 0, "New: "), new Edit(5, 4, "Київ\\ \n"));
        assertThat(TypingJournal.replay(stored, unsaved)).isEqualTo("New: Київ\\ \n said.\nSecond line.");
        assertThat(reopened.unsaved("another text")).as("written on top of another text: stale").isEmpty();
        assertThat(TypingJournal.of(folder, Path.of("/w/other.checkbench"), 7).unsaved(stored)).isEmpty();
    }

    @Test
    void aSaveKeepsOnlyTheEditsMadeSinceAndACutLastLineIsIgnored() throws Exception {
        TypingJournal journal = TypingJournal.of(folder, Path.of("/w/a.checkbench"), 1);
        journal.start("abc");
        journal.append(3, 0, "d");
        long upTo = journal.append(4, 0, "e");
        journal.append(5, 0, "f"); // typed while the save of "abcde" ran
        journal.saved("abcde", upTo);
        assertThat(journal.unsaved("abcde")).containsExactly(new Edit(5, 0, "f"));
        assertThat(journal.unsaved("abc")).isEmpty();
        journal.close();
        Files.writeString(journal.file(), "E 6 0", StandardCharsets.UTF_8, StandardOpenOption.APPEND); // died mid-line
        assertThat(TypingJournal.replay("abcde", journal.unsaved("abcde"))).isEqualTo("abcdef");
        journal.discard();
        assertThat(journal.file()).doesNotExist();
    }

    @Test
    void keysTypedWhileASaveRebasesTheJournalAreAllKept() throws Exception {
        TypingJournal journal = TypingJournal.of(folder, Path.of("/w/busy.checkbench"), 3);
        journal.start("base");
        int keys = 2000;
        Thread typing = new Thread(() -> {
            for (int i = 0; i < keys; i++) {
                journal.append(i, 0, "x");
            }
        });
        typing.start();
        long savedUpTo = 0;
        String savedText = "base";
        for (int save = 1; typing.isAlive() || save == 1; save++) {
            savedUpTo = journal.count();
            savedText = "text holding the first " + savedUpTo + " keys";
            journal.saved(savedText, savedUpTo);
        }
        typing.join();

        List<TypingJournal.Edit> left = TypingJournal.of(folder, Path.of("/w/busy.checkbench"), 3).unsaved(savedText);
        assertThat(left).hasSize((int) (keys - savedUpTo));
        for (int i = 0; i < left.size(); i++) {
            assertThat(left.get(i).position()).as("key %d after the last save", i).isEqualTo((int) savedUpTo + i);
        }
        journal.close();
    }

    @Test
    void aResumedJournalHoldsTheRecoveredEditsOnceAndThenWhatIsTypedAfter() {
        String stored = "Stored text.";
        try (TypingJournal killed = TypingJournal.of(folder, Path.of("/w/r.checkbench"), 4)) {
            killed.start(stored);
            killed.append(0, 0, "A");
            killed.append(1, 0, "B");
        }
        TypingJournal next = TypingJournal.of(folder, Path.of("/w/r.checkbench"), 4);
        List<Edit> recovered = next.unsaved(stored);
        assertThat(recovered).hasSize(2);
        next.resume(stored, recovered);
        long typed = next.append(2, 0, "C");
        assertThat(typed).as("numbered after the recovered edits, for the next save").isEqualTo(3);
        assertThat(TypingJournal.replay(stored, next.unsaved(stored))).isEqualTo("ABCStored text.");
        next.saved("ABStored text.", 2);
        assertThat(next.unsaved("ABStored text.")).containsExactly(new Edit(2, 0, "C"));
        next.close();
    }

    @Test
    void aJournalWhoseWriteFailedWritesItselfWholeAgainOnTheNextKeystroke() throws Exception {
        TypingJournal journal = TypingJournal.of(folder, Path.of("/w/full.checkbench"), 5);
        journal.start("abc");
        journal.append(3, 0, "d");
        long upTo = journal.count();
        journal.append(4, 0, "e");
        // The rebase's new file cannot be written (here: a folder stands where it goes, as a full disk would refuse it).
        Path blocked = journal.file().resolveSibling(journal.file().getFileName() + ".tmp");
        Files.createDirectory(blocked);
        journal.saved("abcd", upTo);
        journal.append(5, 0, "f");
        assertThat(TypingJournal.replay("abcd", journal.unsaved("abcd")))
                .as("rewritten on top of the saved text with every edit since").isEqualTo("abcdef");
        Files.delete(blocked);
        journal.append(6, 0, "g");
        assertThat(TypingJournal.replay("abcd", journal.unsaved("abcd"))).isEqualTo("abcdefg");
        journal.close();
    }

    @Test
    void theTextsHashIsTheSha256OfItsUtf8BytesWhateverItsLengthAndCharacters() throws Exception {
        StringBuilder long1 = new StringBuilder();
        while (long1.length() < 100_000) {
            // Two-, three- and four-byte characters across the hash's buffer boundaries, and a lone surrogate.
            long1.append("Київ said 🚀 café \uD800 x ").append(long1.length() % 7 == 0 ? "\uDC00" : "");
        }
        for (String text : List.of("", "abc", "Київ", "🚀", "\uD83D", long1.toString(), long1 + "\uD83D")) {
            String expected = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            assertThat(TypingJournal.sha256(text)).as("length %d", text.length()).isEqualTo(expected);
        }
    }

    @Test
    void aSavesHashOfItsEncodedBytesIsTheHashTheNextStartComparesWith() {
        // The timed save hashes the bytes it wrote (ADR 0157); recovery hashes the text read back.
        for (String text : List.of("", "Київ said 🚀", "lone \uD83D half", "a\nb\n\n🚀\uDE80")) {
            String written = org.checkbench.model.text.Utf8Text.sha256(org.checkbench.model.text.Utf8Text.encode(
                    new org.checkbench.model.text.JoinedLines(text.split("\n", -1))));
            String readBack = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            assertThat(written).as(text).isEqualTo(TypingJournal.sha256(readBack)).isEqualTo(TypingJournal.sha256(text));
        }
    }
}
