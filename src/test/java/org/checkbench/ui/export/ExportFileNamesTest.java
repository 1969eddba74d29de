package org.checkbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every export of one article suggests a name that starts with its title and says what the file holds. */
class ExportFileNamesTest {

    @Test
    void theTitleIsMadeSafeAndWhatTheFileHoldsFollowsIt() {
        assertThat(ExportFileNames.suggested("Who said: \"50%\"? / Kyiv", "checked", "docx"))
                .isEqualTo("Who said 50% Kyiv - checked.docx");
        assertThat(ExportFileNames.suggested("Troops in Kursk", "", "checkbench-bundle"))
                .isEqualTo("Troops in Kursk.checkbench-bundle");
        assertThat(ExportFileNames.suggested("..", "claims", "csv")).isEqualTo("Claims.csv");
        assertThat(ExportFileNames.suggested(null, "", "checkbench-bundle")).isEqualTo("Article.checkbench-bundle");
        assertThat(ExportFileNames.suggested("x".repeat(200), "claims", "csv")).hasSize(80 + " - claims.csv".length());
    }
}
