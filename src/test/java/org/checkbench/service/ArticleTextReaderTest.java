package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.checkbench.service.ArticleImportException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleTextReaderTest {

    @TempDir
    Path folder;

    @Test
    void readsUtf8WithAndWithoutBomAndNormalisesLineEndings() throws IOException {
        Path plain = write("plain.txt", "Київ\r\n김정은 🚀\rend".getBytes(StandardCharsets.UTF_8));
        assertThat(ArticleTextReader.read(plain)).isEqualTo("Київ\n김정은 🚀\nend");
        byte[] body = "Café".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(ArticleTextReader.read(write("bom.txt", withBom))).isEqualTo("Café");
    }

    @Test
    void fallsBackToWindows1252ForOldExports() throws IOException {
        // "Café “quoted” – done" as Word's Windows-1252 export writes it: not valid UTF-8.
        byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'q', 'u', 'o', 't', 'e', 'd', (byte) 0x94,
            ' ', (byte) 0x96, ' ', 'd', 'o', 'n', 'e'};
        assertThat(ArticleTextReader.read(write("old.txt", bytes))).isEqualTo("Café “quoted” – done");
    }

    @Test
    void readsUtf16WithBom() throws IOException {
        Path file = write("notepad.txt", "Київ and 김정은".getBytes(StandardCharsets.UTF_16)); // Java writes a BOM
        assertThat(ArticleTextReader.read(file)).isEqualTo("Київ and 김정은");
    }

    @Test
    void refusesPicturesDocumentsAndOtherBinaryFiles() throws IOException {
        assertRefused(write("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}), Reason.BINARY, "PNG picture");
        assertRefused(write("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}), Reason.BINARY, "JPEG");
        assertRefused(write("paper.pdf", "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)), Reason.BINARY, "PDF");
        assertRefused(write("draft.docx", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}), Reason.BINARY, "Word document");
        assertRefused(write("blob.bin", new byte[] {'a', 'b', 0, 1, 2, 'c'}), Reason.BINARY, "binary");
        byte[] controls = new byte[200];
        java.util.Arrays.fill(controls, (byte) 0x01);
        assertRefused(write("controls.dat", controls), Reason.BINARY, "plain text");
    }

    @Test
    void refusesEmptyHugeAndMissingFiles() throws IOException {
        assertRefused(write("empty.txt", new byte[0]), Reason.EMPTY, "is empty");
        assertRefused(write("blank.txt", " \n\r\n\t ".getBytes(StandardCharsets.UTF_8)), Reason.EMPTY, "no text");
        Path huge = folder.resolve("huge.txt");
        try (RandomAccessFile raw = new RandomAccessFile(huge.toFile(), "rw")) {
            raw.setLength(ArticleTextReader.MAX_BYTES + 1);
        }
        assertRefused(huge, Reason.TOO_LARGE, "too large");
        assertRefused(folder.resolve("nowhere.txt"), Reason.NOT_FOUND, "no file");
        assertRefused(folder, Reason.UNREADABLE, "folder");
    }

    @Test
    void titlesComeFromTheFirstLineShortenedAtAWord() {
        assertThat(ArticleService.titleFromText("\n\n  Short title  \nbody")).isEqualTo("Short title");
        String longLine = "Thousands of North Korean soldiers have been deployed to Russia to help Vladimir Putin’s army";
        String title = ArticleService.titleFromText(longLine + "\nmore");
        assertThat(title).startsWith("Thousands of North Korean soldiers").endsWith("…");
        assertThat(title.length()).isLessThanOrEqualTo(ArticleService.MAX_TITLE_LENGTH + 1);
        assertThat(longLine).startsWith(title.substring(0, title.length() - 1));
        assertThat(title).doesNotContain(" …");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private static void assertRefused(Path file, Reason reason, String messagePart) {
        assertThatThrownBy(() -> ArticleTextReader.read(file))
                .isInstanceOfSatisfying(ArticleImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.userMessage()).contains(messagePart);
                    assertThat(e.file()).isEqualTo(file);
                });
    }
}
