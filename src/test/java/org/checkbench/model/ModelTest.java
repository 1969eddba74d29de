package org.checkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void anchorsTakeQuoteAndContextWithoutSplittingEmoji() {
        String text = "🚀".repeat(20) + "Київ" + "🚀".repeat(20);
        int start = 40; // after 20 rockets of two UTF-16 units each
        TextAnchor anchor = TextAnchor.of(text, start, start + 4, 7);
        assertThat(anchor.exact()).isEqualTo("Київ");
        assertThat(anchor.revisionId()).isEqualTo(7);
        // 32 units back would land inside a pair: the context starts one unit later instead.
        assertThat(anchor.prefix()).isEqualTo("🚀".repeat(16));
        assertThat(anchor.suffix()).isEqualTo("🚀".repeat(16));
        TextAnchor odd = TextAnchor.of("a" + text, start + 1, start + 5, 7);
        assertThat(odd.prefix().codePoints().allMatch(c -> c == "🚀".codePointAt(0) || c == 'a')).isTrue();
        assertThat(odd.suffix().length()).isEqualTo(32);
        assertThat(Character.isHighSurrogate(odd.prefix().charAt(0))).isTrue();
        assertThatThrownBy(() -> TextAnchor.of("short", 2, 9, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBuiltInScalesAreThoseTheIssueNames() {
        assertThat(VerdictScales.PRE_PUBLICATION.values()).extracting(Verdict::label).containsExactly("Unchecked",
                "Confirmed", "Needs correction", "Disputed", "Could not confirm", "Opinion / not checkable");
        assertThat(VerdictScales.PUBLIC_RATING.values()).extracting(Verdict::label).containsExactly("Unrated", "True",
                "Mostly true", "Half true", "Mostly false", "False", "Misleading", "Unproven");
        assertThat(VerdictScales.PUBLIC_RATING.find("true")).get().extracting(Verdict::rating).isEqualTo(5);
        assertThat(VerdictScales.PUBLIC_RATING.bestRating()).isEqualTo(5);
        assertThat(VerdictScales.PUBLIC_RATING.worstRating()).isEqualTo(1);
        assertThat(VerdictScales.PRE_PUBLICATION.initial().checked()).isFalse();
        assertThat(VerdictScales.byId("from-a-newer-version")).isEqualTo(VerdictScales.PRE_PUBLICATION);
        assertThatThrownBy(() -> new Verdict("x", "X", "red", null, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsAreImmutableAndValidated() {
        List<String> reasons = new java.util.ArrayList<>(List.of("number"));
        ClaimOrigin origin = ClaimOrigin.suggested(0.5, reasons);
        reasons.add("later");
        assertThat(origin.reasons()).containsExactly("number");
        assertThatThrownBy(() -> ClaimOrigin.suggested(1.5, List.of())).isInstanceOf(IllegalArgumentException.class);
        Claim claim = new Claim(0, 1, TextAnchor.of("abc", 0, 1, 0), origin, "unchecked", null, null, null,
                Instant.EPOCH, Instant.EPOCH, false, false);
        assertThat(claim.note()).isEmpty();
        assertThat(claim.withNote("n").note()).isEqualTo("n");
        assertThat(claim.note()).as("the original is unchanged").isEmpty();
    }
}
