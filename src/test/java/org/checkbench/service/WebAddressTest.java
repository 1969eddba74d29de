package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebAddressTest {

    @Test
    void httpAndHttpsAddressesAreAccepted() {
        assertThat(WebAddress.problemWith("https://www.reuters.com/world/a-b?x=1#p2")).isEmpty();
        assertThat(WebAddress.problemWith("  HTTP://example.org/  ")).isEmpty();
        assertThat(WebAddress.problemWith("https://web.archive.org/web/2026/https://example.org/")).isEmpty();
    }

    @Test
    void otherSchemesAreRefusedWithTheSchemeNamed() {
        assertThat(WebAddress.problemWith("javascript:alert(1)")).hasValueSatisfying(
                message -> assertThat(message).contains("http://", "“javascript:”"));
        assertThat(WebAddress.problemWith("JavaScript:alert(1)")).isPresent();
        assertThat(WebAddress.problemWith("file:///etc/passwd")).hasValueSatisfying(
                message -> assertThat(message).contains("“file:”"));
        assertThat(WebAddress.problemWith("ftp://example.org/x")).isPresent();
        assertThat(WebAddress.problemWith("data:text/html,<script>")).isPresent();
    }

    @Test
    void addressesWithoutSchemeOrHostOrWithBrokenSyntaxAreRefused() {
        assertThat(WebAddress.problemWith("www.example.org")).hasValueSatisfying(
                message -> assertThat(message).contains("no scheme"));
        assertThat(WebAddress.problemWith("https://")).isPresent();
        assertThat(WebAddress.problemWith("https:///path")).isPresent();
        assertThat(WebAddress.problemWith("https://exa mple.org/")).isPresent();
        assertThat(WebAddress.problemWith("")).isPresent();
        assertThat(WebAddress.problemWith(null)).isPresent();
    }

    @Test
    void onlyASingleAddressLooksLikeOneWhenPasted() {
        assertThat(WebAddress.looksLikeAddress(" https://example.org/a \n")).isTrue();
        assertThat(WebAddress.looksLikeAddress("javascript:alert(1)")).as("pasted, then refused by problemWith").isTrue();
        assertThat(WebAddress.looksLikeAddress("see https://example.org/a")).isFalse();
        assertThat(WebAddress.looksLikeAddress("Kyiv said 10,000")).isFalse();
        assertThat(WebAddress.looksLikeAddress("")).isFalse();
    }

    @Test
    void internationalSiteNamesAreAddressesAndLookAlikesAreNamedButNotRefusedHere() {
        assertThat(WebAddress.problemWith("https://київ.укр/новини")).isEmpty();
        assertThat(WebAddress.deceptionIn("https://київ.укр/новини")).isEmpty();
        assertThat(WebAddress.problemWith("https://ex\u0430mple.com")).isEmpty();
        assertThat(WebAddress.deceptionIn("https://ex\u0430mple.com")).hasValueSatisfying(w -> assertThat(w).contains("Cyrillic"));
    }
}
