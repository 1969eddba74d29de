package org.checkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class StringListCodecTest {

    @Test
    void readsBackExactlyWhatItWrote() {
        List<String> values = List.of("", "plain", "quote \" and \\ backslash", "line\nbreak\ttab\r", "\u0001ctl",
                "Київ 김정은 🚀", "[\"looks\", \"like json\"]");
        String json = StringListCodec.encode(values);
        assertThat(StringListCodec.decode(json)).isEqualTo(values);
        assertThat(StringListCodec.decode(StringListCodec.encode(List.of()))).isEmpty();
        assertThat(StringListCodec.decode(" [ \"a\" , \"b\" ] ")).containsExactly("a", "b");
        for (String malformed : new String[] {"not json", "[\"unterminated", "[\"a\" \"b\"]", "[\"\\u12\"]"}) {
            assertThatThrownBy(() -> StringListCodec.decode(malformed)).as(malformed)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
