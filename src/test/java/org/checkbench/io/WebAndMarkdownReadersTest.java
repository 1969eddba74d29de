package org.checkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.checkbench.io.read.HtmlReader;
import org.checkbench.io.read.MarkdownReader;
import org.junit.jupiter.api.Test;

/** Web pages and Markdown to paragraphs; formats decided by content; refusals with a way out. */
class WebAndMarkdownReadersTest {

    private static final String PAGE = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Troops | Daily Herald</title>
            <meta name="author" content="Olena Kovalenko">
            <meta property="article:published_time" content="2025-03-03T08:00:00+02:00">
            <style>p { color: red }</style><script>document.write('RUN ME')</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <header class="site-header"><div class="logo">Daily Herald</div></header>
            <div class="ad-slot">BUY NOW</div>
            <article>
              <h1>North Korean troops in Russia</h1>
              <p>About <strong>11,000</strong> soldiers were deployed.<br>Seoul said so.</p>
              <!-- an editor's comment -->
              <div class="share-buttons">Share on X</div>
              <blockquote>“We will win,” he said.</blockquote>
              <ul><li>First</li><li>Second</li></ul>
              <img src="https://tracker.example/pixel.gif" alt="IMAGE ALT">
              <iframe src="https://ads.example/frame"></iframe>
              <aside>Related: other story</aside>
            </article>
            <footer>© Daily Herald</footer><section id="comments">Reader comment</section></body></html>
            """;

    @Test
    void aCmsPageGivesHeadlineBylineDatelineAndBodyWithoutItsFurniture() {
        ReadDocument read = HtmlReader.read(PAGE.getBytes(StandardCharsets.UTF_8), "page.html");

        assertThat(read.text()).isEqualTo("By Olena Kovalenko\n\n2025-03-03T08:00:00+02:00\n\n"
                + "North Korean troops in Russia\n\nAbout 11,000 soldiers were deployed.\nSeoul said so.\n\n"
                + "“We will win,” he said.\n\n• First\n• Second");
        assertThat(read.text()).doesNotContain("RUN ME", "color", "Home", "BUY NOW", "Share on", "editor's comment",
                "IMAGE ALT", "Related", "©", "Reader comment");
        assertThat(read.title()).isEqualTo("North Korean troops in Russia");
        assertThat(read.byline()).isEqualTo("Olena Kovalenko");
        assertThat(read.dateline()).startsWith("2025-03-03");
    }

    @Test
    void aTxtFileHoldingAWebPageIsReadAsOne() {
        assertThat(DocumentSniffer.sniff(PAGE.getBytes(StandardCharsets.UTF_8), "saved.txt")).isEqualTo(DocumentFormat.HTML);
        assertThat(DocumentSniffer.sniff("Plain words <b>here</b>.".getBytes(StandardCharsets.UTF_8), "notes.txt"))
                .isEqualTo(DocumentFormat.TEXT);
        assertThat(DocumentSniffer.sniff("# Title".getBytes(StandardCharsets.UTF_8), "draft.md"))
                .isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(DocumentSniffer.sniff(Fixtures.bytes("draft-libreoffice.rtf"), "draft.txt"))
                .isEqualTo(DocumentFormat.RTF);
    }

    @Test
    void pdfsAndPicturesAreRefusedSayingWhatToDo() {
        assertThatThrownBy(() -> DocumentSniffer.sniff("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), "a.pdf"))
                .hasMessageContaining("is a PDF").hasMessageContaining("Paste as new article");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        assertThatThrownBy(() -> DocumentSniffer.sniff(png, "scan.png"))
                .hasMessageContaining("PNG picture").hasMessageContaining("OCR");
    }

    @Test
    void markdownLosesItsMarkupAndKeepsItsStructure() {
        String markdown = """
                # Troops in *Kursk*

                About **11,000** soldiers, [says Seoul](https://example.org).
                A soft break joins lines.

                - one
                - two
                  1. nested

                > Quoted words.

                ```
                code line 1
                code line 2
                ```
                """;

        ReadDocument read = MarkdownReader.read(markdown);

        assertThat(read.text()).isEqualTo("Troops in Kursk\n\nAbout 11,000 soldiers, says Seoul. A soft break joins"
                + " lines.\n\n• one\n• two\n1. nested\n\nQuoted words.\n\ncode line 1\ncode line 2");
        assertThat(read.title()).isEqualTo("Troops in Kursk");
        assertThat(read.blocks().get(0).kind()).isEqualTo(TextBlock.Kind.HEADING);
        assertThat(read.blocks().get(0).styles()).singleElement().satisfies(s -> assertThat(s.italic()).isTrue());
    }
}
