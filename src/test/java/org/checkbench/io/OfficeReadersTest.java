package org.checkbench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.checkbench.io.read.DocxReader;
import org.checkbench.io.read.OdtReader;
import org.checkbench.io.read.RtfReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Drafts as LibreOffice writes them, in each office format, read to the same paragraphs. */
class OfficeReadersTest {

    private static ReadDocument read(String name) {
        byte[] bytes = Fixtures.bytes(name);
        return switch (DocumentSniffer.sniff(bytes, name)) {
            case DOCX -> DocxReader.read(bytes, name);
            case ODT -> OdtReader.read(bytes, name);
            case RTF -> RtfReader.read(bytes, name);
            default -> throw new AssertionError("unexpected format for " + name);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"draft-libreoffice.docx", "draft-libreoffice.odt", "draft-libreoffice.rtf"})
    void paragraphsListsAndTableCellsInOrderWithTheirScripts(String name) {
        ReadDocument document = read(name);

        List<String> paragraphs = List.of(document.text().split("\n+"));
        assertThat(paragraphs).containsExactly(
                "North Korean troops in Russia",
                "By Olena Kovalenko — Kyiv, 3 March 2025",
                "About 11,000 North Korean soldiers were deployed to Russia’s Kursk region, according to “South"
                        + " Korea’s” spy agency. Київ said 김정은 approved it.",
                "• First bullet point", "• Second bullet point", "1. Numbered one", "2. Numbered two",
                "Cell A1", "Cell B1", "Cell A2", "Cell B2",
                "Ελληνικά and café — em dash, ½ and €.");
        assertThat(document.text()).contains("Russia\n\nBy Olena", "point\n• Second").doesNotContain("\n\n\n");
        assertThat(document.blocks()).extracting(TextBlock::kind).contains(TextBlock.Kind.LIST_ITEM,
                TextBlock.Kind.TABLE_CELL);
        String bold = document.blocks().get(2).styles().stream().filter(TextBlock.InlineStyle::bold)
                .map(s -> document.text().substring(s.start(), s.end())).findFirst().orElse("");
        assertThat(bold).isEqualTo("11,000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tracked-libreoffice.docx", "tracked-libreoffice.odt", "tracked-libreoffice.rtf"})
    void trackedChangesAcceptedCommentsLeftOutFootnotesMarkedAfterTheText(String name) {
        ReadDocument document = read(name);

        assertThat(document.text())
                .startsWith("Troops in Kursk\n\nSeoul said some 11,000 soldiers arrived[1].")
                .doesNotContain("about 10,000", "Check this")
                .contains("The ministry did not comment.", "Київ, 김정은, Ελληνικά — “quoted” ½ €.")
                .endsWith("[1] NIS briefing, 18 October 2024.");
        assertThat(document.notices()).anyMatch(n -> n.contains("tracked changes") && n.contains("accepted"));
        assertThat(document.notices()).anyMatch(n -> n.contains("comment") && n.contains("left out"));
        assertThat(document.notices()).anyMatch(n -> n.contains("footnote") && n.contains("[1]"));
        assertThat(document.blocks().get(0).kind()).isEqualTo(TextBlock.Kind.HEADING);
        assertThat(document.blocks().get(document.blocks().size() - 1).kind()).isEqualTo(TextBlock.Kind.NOTE);
    }
}
