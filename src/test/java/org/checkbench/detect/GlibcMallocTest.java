package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.sun.jna.Platform;

class GlibcMallocTest {

    /** glibc's soname; musl, macOS and Windows have no mallopt to call. */
    private static boolean runsOnGlibc() throws IOException {
        Path maps = Path.of("/proc/self/maps");
        return Platform.isLinux() && Files.exists(maps) && Files.readString(maps).contains("libc.so.6");
    }

    @Test
    void glibcTakesTheSettingsAndOtherSystemsAreLeftAlone() throws IOException {
        boolean expected = runsOnGlibc();

        assertThat(GlibcMalloc.returnLargeBlocksToTheSystem()).isEqualTo(expected);
        // Once per process: a second call does not call mallopt again and says the same.
        assertThat(GlibcMalloc.returnLargeBlocksToTheSystem()).isEqualTo(expected);
    }
}
