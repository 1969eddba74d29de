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
}
