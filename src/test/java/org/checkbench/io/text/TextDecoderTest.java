package org.checkbench.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.checkbench.model.text.DecodedText;
import org.checkbench.model.text.DecodedText.Basis;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String UKRAINIAN = "Київ, 12 березня. Міністерство оборони України повідомило, що протягом"
            + " минулого тижня було збито 45 ракет і 120 дронів. За даними відомства, більшість атак була спрямована"
            + " на енергетичну інфраструктуру в центральних і східних областях країни.\n";

    @Test
    void windowsLineEndsOnShortLinesAreText() throws NotTextException {
        String lines = "Short.\r\nLines.\r\nOnly a few words\r\neach.\r\n".repeat(40);
        DecodedText decoded = TextDecoder.decode(lines.getBytes(StandardCharsets.US_ASCII));
        assertThat(decoded.text()).isEqualTo(lines);
        assertThat(decoded.isGuess()).isFalse();
        String oldMac = lines.replace("\r\n", "\r");
        assertThat(TextDecoder.decode(oldMac.getBytes(StandardCharsets.US_ASCII)).text()).isEqualTo(oldMac);
        String formFeeds = "Page one.\f\u000BPage two.\r\n\tIndented.\r\n".repeat(30);
        assertThat(TextDecoder.decode(formFeeds.getBytes(StandardCharsets.US_ASCII)).text()).isEqualTo(formFeeds);
    }

    @Test
    void utf16WithoutByteOrderMarkIsToldByItsZeroBytes() throws NotTextException {
        String text = "Café and Київ: 45 rockets, 120 drones.\r\nSecond line.\r\n";
        DecodedText little = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE));
        assertThat(little.text()).isEqualTo(text);
        assertThat(little.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(little.basis()).isEqualTo(Basis.UTF16_ZERO_PATTERN);
        assertThat(little.isGuess()).isTrue();
        DecodedText big = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16BE));
        assertThat(big.text()).isEqualTo(text);
        assertThat(big.charset()).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void oneInvalidByteKeepsUtf8AndIsCountedNotASilentSwitchToWindows1252() throws NotTextException {
        byte[] good = "café Київ and more text".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, 6);
        bad[6] = (byte) 0xFF;
        System.arraycopy(good, 6, bad, 7, good.length - 6);
        DecodedText decoded = TextDecoder.decode(bad);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.basis()).isEqualTo(Basis.UTF8_WITH_INVALID_BYTES);
        assertThat(decoded.invalidBytes()).isEqualTo(1);
        assertThat(decoded.text()).isEqualTo("café \uFFFDКиїв and more text");
        assertThat(decoded.needsAttention()).isTrue();
        assertThat(decoded.describe()).contains("1 byte was not valid UTF-8");
    }

    @Test
    void legacyEncodingsAreDetectedAndMarkedAsAGuess() throws NotTextException {
        assertDetected(UKRAINIAN.repeat(3), Charset.forName("windows-1251"));
        assertDetected(UKRAINIAN.repeat(3), Charset.forName("KOI8-U"), Charset.forName("KOI8-R"));
        String french = "Le ministère a précisé que l’été dernier, près de 45 % des élèves étaient inscrits à"
                + " l’école publique. « C’est un résultat très encourageant », a déclaré la ministre.\n";
        DecodedText decoded = TextDecoder.decode(french.repeat(3).getBytes(Charset.forName("windows-1252")));
        assertThat(decoded.text()).isEqualTo(french.repeat(3));
        assertThat(decoded.basis()).isEqualTo(Basis.DETECTED);
        assertThat(decoded.isGuess()).isTrue();
        assertThat(decoded.describe()).contains("a guess");
    }

    @Test
    void aChosenEncodingIsUsedAndItsInvalidBytesCounted() throws NotTextException {
        byte[] bytes = UKRAINIAN.getBytes(Charset.forName("windows-1251"));
        DecodedText chosen = TextDecoder.decode(bytes, Charset.forName("windows-1251"));
        assertThat(chosen.text()).isEqualTo(UKRAINIAN);
        assertThat(chosen.basis()).isEqualTo(Basis.CHOSEN);
        assertThat(chosen.needsAttention()).isFalse();
        DecodedText wrong = TextDecoder.decode(bytes, StandardCharsets.UTF_8);
        assertThat(wrong.invalidBytes()).isPositive();
        assertThat(wrong.needsAttention()).isTrue();
    }

    @Test
    void byteOrderMarksDecideAndAreDropped() throws NotTextException {
        byte[] utf32 = "Київ".getBytes(Charset.forName("UTF-32LE"));
        byte[] marked = new byte[utf32.length + 4];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(utf32, 0, marked, 4, utf32.length);
        DecodedText decoded = TextDecoder.decode(marked);
        assertThat(decoded.text()).isEqualTo("Київ");
        assertThat(decoded.basis()).isEqualTo(Basis.BYTE_ORDER_MARK);
    }

    @Test
    void binariesAreRefusedByName() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}))
                .isInstanceOfSatisfying(NotTextException.class, e -> assertThat(e.kind()).isEqualTo("a program"));
        byte[] zeros = {'a', 'b', 0, 1, 2, 'c', 0, 0, 0};
        assertThatThrownBy(() -> TextDecoder.decode(zeros)).isInstanceOf(NotTextException.class)
                .hasMessageContaining("zero bytes");
        byte[] controls = new byte[300];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'x');
        }
        assertThatThrownBy(() -> TextDecoder.decode(controls)).hasMessageContaining("control characters");
    }

    private static void assertDetected(String text, Charset charset, Charset... alsoRight) throws NotTextException {
        DecodedText decoded = TextDecoder.decode(text.getBytes(charset));
        assertThat(decoded.text()).as("decoded as %s", decoded.charset()).isEqualTo(text);
        assertThat(decoded.basis()).isEqualTo(Basis.DETECTED);
    }
}
