package org.checkbench.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The save's one encoding (ADR 0157): the bytes and characters the joined string would give. */
class Utf8TextTest {

    /** Pieces with one-, two-, three- and four-byte characters, line breaks, and lone halves of pairs. */
    private static final String[] PIECES = {"a", "Київ ", "김정은", "🚀", "café", "\n", "\uD83D", "\uDE80", "\u0000", "€", " "};

    private static String randomText(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    @Test
    void theBytesAreStringGetBytesUtf8ForAnyCharactersLoneSurrogatesIncluded() {
        Random random = new Random(157);
        List<String> texts = new ArrayList<>(List.of("", "abc", "\uD83D", "x\uDE80", "🚀\uD83D", "\uD83D\n\uDE80"));
        for (int i = 0; i < 300; i++) {
            texts.add(randomText(random, random.nextInt(60)));
        }
        for (String text : texts) {
            byte[] expected = text.getBytes(StandardCharsets.UTF_8);
            assertThat(Utf8Text.encode(text)).as(text).isEqualTo(expected);
            assertThat(Utf8Text.encode(new JoinedLines(text.split("\n", -1)))).as(text).isEqualTo(expected);
        }
    }

    @Test
    void theHashIsTheSha256OfTheBytes() throws Exception {
        String text = "Київ said 🚀 \uD83D";
        assertThat(Utf8Text.sha256(Utf8Text.encode(text))).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void joinedLinesReadAsTheJoinedStringWithoutJoiningIt() {
        Random random = new Random(158);
        for (int round = 0; round < 100; round++) {
            String[] lines = new String[1 + random.nextInt(8)];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = randomText(random, random.nextInt(6)).replace("\n", "");
            }
            String joined = String.join("\n", lines);
            JoinedLines view = new JoinedLines(lines.clone());
            assertThat(view.length()).isEqualTo(joined.length());
            assertThat(view.toString()).isEqualTo(joined);
            for (int i = 0; i < joined.length(); i++) {
                assertThat(view.charAt(i)).as("char %d of %s", i, joined).isEqualTo(joined.charAt(i));
            }
            for (int k = 0; k < 30; k++) {
                int start = random.nextInt(joined.length() + 1);
                int end = start + random.nextInt(joined.length() - start + 1);
                assertThat(view.subSequence(start, end)).isEqualTo(joined.substring(start, end));
            }
        }
    }
}
