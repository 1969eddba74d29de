package org.checkbench.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeceptiveLinksTest {

    @Test
    void aCyrillicLetterInALatinSiteNameIsFlaggedWithTheRealName() {
        String address = "https://ex\u0430mple.com/report";
        assertThat(DeceptiveLinks.warning(address)).hasValueSatisfying(w -> assertThat(w)
                .contains("mixes Latin and Cyrillic", "example.com", "xn--"));
        assertThat(DeceptiveLinks.isClickable(address)).isFalse();
    }

    @Test
    void aWholeSiteNameInLettersThatPassForLatinIsFlagged() {
        // "аррӏе" in Cyrillic only: one script, but it reads as "apple".
        assertThat(DeceptiveLinks.warning("https://\u0430\u0440\u0440\u04cf\u0435.com"))
                .hasValueSatisfying(w -> assertThat(w).contains("pass for", "apple.com"));
    }

    @Test
    void lookAlikeSlashesAndUserNamesAreFlagged() {
        assertThat(DeceptiveLinks.warning("https://example.com\u2044evil.com")).hasValueSatisfying(w -> assertThat(w)
                .contains("U+2044", "looks like “/”"));
        assertThat(DeceptiveLinks.warning("https://example.com\u2215evil.com/x")).isPresent();
        assertThat(DeceptiveLinks.warning("https://www.bbc.co.uk@evil.example/news"))
                .hasValueSatisfying(w -> assertThat(w).contains("opens evil.example"));
    }

    @Test
    void bidiControlsAndInvisibleCharactersAreFlaggedAndShown() {
        assertThat(DeceptiveLinks.warning("https://example.com/\u202Efdp.exe"))
                .hasValueSatisfying(w -> assertThat(w).contains("RLO", "⟦RLO⟧"));
        assertThat(DeceptiveLinks.warning("https://exam\u200Bple.com")).hasValueSatisfying(w -> assertThat(w).contains("U+200B"));
    }

    @Test
    void ordinaryAndSingleScriptInternationalAddressesPass() {
        for (String address : new String[] {"https://www.reuters.com/world/europe/story-2024-11-05/?id=1#top",
            "http://example.com:8080/path", "https://київ.укр/новини", "https://xn--j1aef.xn--j1amh",
            "https://例え.jp/テスト", "https://bücher.de", "mailto:desk@example.org", "https://[2001:db8::1]/x"}) {
            assertThat(DeceptiveLinks.warning(address)).as(address).isEmpty();
        }
        assertThat(DeceptiveLinks.isClickable("https://bücher.de")).isTrue();
        assertThat(DeceptiveLinks.isClickable("javascript:alert(1)")).isFalse();
    }

    @Test
    void bidiControlsBecomeVisibleMarks() {
        assertThat(BidiControls.visible("report\u202Egnp.exe")).isEqualTo("report⟦RLO⟧gnp.exe");
        assertThat(BidiControls.visible("مرحبا\u200F world")).isEqualTo("مرحبا\u200F world"); // a mark, kept
        assertThat(BidiControls.count("a\u2066b\u2069")).isEqualTo(2);
    }
}
