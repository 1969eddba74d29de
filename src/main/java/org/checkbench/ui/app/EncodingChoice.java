package org.checkbench.ui.app;

import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;

import org.checkbench.model.text.DecodedText;
import org.checkbench.model.text.DecodedText;

/**
 * The notice shown after importing a file whose encoding was a guess or had invalid bytes: what
 * it was read as, and a choice of encoding to read it again in (issue 17).
 */
final class EncodingChoice {

    /** The encodings checkers' files come in, most common first; the guessed one is put first. */
    static final List<String> COMMON = List.of("UTF-8", "windows-1252", "ISO-8859-1", "windows-1251", "KOI8-U",
            "ISO-8859-5", "windows-1250", "ISO-8859-2", "windows-1253", "ISO-8859-7", "windows-1254", "windows-1255",
            "windows-1256", "UTF-16LE", "UTF-16BE", "Shift_JIS", "EUC-JP", "ISO-2022-JP", "GB18030", "Big5", "EUC-KR");

    private EncodingChoice() {
    }

    /**
     * Fills the bar when {@code imported} needs attention or was read as the checker chose;
     * {@code readAgain} is called with the chosen charset. Returns false (bar untouched) when the
     * reading was certain.
     */
    static boolean offer(NoticeBar bar, WorkspaceActions.ImportedFile imported, java.util.function.Consumer<Charset> readAgain) {
        // After a "Read again" the bar stays, so a second wrong pick can be put right too.
        if (imported == null || imported.decoding() == null || !imported.decoding().needsAttention()
                && imported.decoding().basis() != DecodedText.Basis.CHOSEN) {
            return false;
        }
        DecodedText decoding = imported.decoding();
        Set<String> names = new LinkedHashSet<>();
        names.add(decoding.charset().name());
        names.addAll(COMMON);
        ComboBox<String> choice = new ComboBox<>();
        choice.setId("encodingChoice");
        names.stream().filter(n -> DecodedText.charsetNamed(n).isPresent()).forEach(choice.getItems()::add);
        choice.getSelectionModel().select(decoding.charset().name());
        Button again = new Button("Read again");
        again.setId("readAgainButton");
        again.setOnAction(event -> DecodedText.charsetNamed(choice.getValue()).ifPresent(readAgain));
        bar.show(imported.file().getFileName() + " was " + decoding.describe()
                + ". If the text looks wrong, read it in another encoding:", choice, again);
        return true;
    }
}
