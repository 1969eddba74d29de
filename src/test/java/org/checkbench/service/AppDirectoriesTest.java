package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppDirectoriesTest {

    @TempDir
    Path folder;

    @Test
    void eachOsHasItsOwnDataFolder() {
        Path home = Path.of("/home/olena");
        assertThat(AppDirectories.resolve(null, "Linux", Map.of(), home.toString()))
                .isEqualTo(home.resolve(".local/share/checkbench"));
        assertThat(AppDirectories.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), home.toString()))
                .isEqualTo(Path.of("/data/xdg/checkbench"));
        assertThat(AppDirectories.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "relative/ignored"), home.toString()))
                .as("the XDG spec says to ignore relative paths").isEqualTo(home.resolve(".local/share/checkbench"));
        assertThat(AppDirectories.resolve(null, "Mac OS X", Map.of(), home.toString()))
                .isEqualTo(home.resolve("Library/Application Support/Checkbench"));
        assertThat(AppDirectories.resolve(null, "Windows 11", Map.of("APPDATA", "/appdata"), home.toString()))
                .isEqualTo(Path.of("/appdata", "Checkbench"));
    }

    @Test
    void theSystemPropertyWinsSoTestsNeverTouchTheRealHome() {
        assertThat(AppDirectories.resolve(folder.toString(), "Linux", Map.of("XDG_DATA_HOME", "/x"), "/home/u"))
                .isEqualTo(folder);
        // The build sets it for every test run.
        Path configured = AppDirectories.forCurrentUser().dataDirectory();
        assertThat(configured.toString()).isEqualTo(Path.of(System.getProperty(AppDirectories.DATA_DIR_PROPERTY))
                .toAbsolutePath().normalize().toString());
        assertThat(configured.startsWith(Path.of(System.getProperty("user.home"), ".local"))).isFalse();
        assertThat(AppDirectories.forCurrentUser().defaultWorkspace().getFileName().toString())
                .isEqualTo("workspace.checkbench");
    }

    @Test
    void recentWorkspacesAreNewestFirstWithoutDuplicatesAndBounded() {
        RecentWorkspaces recent = new RecentWorkspaces(new AppDirectories(folder));
        assertThat(recent.list()).isEmpty();
        for (int i = 0; i < 15; i++) {
            recent.add(folder.resolve("w" + i + ".checkbench"));
        }
        recent.add(folder.resolve("w10.checkbench"));
        RecentWorkspaces reread = new RecentWorkspaces(new AppDirectories(folder));
        assertThat(reread.list()).hasSize(RecentWorkspaces.MAX_ENTRIES)
                .startsWith(folder.resolve("w10.checkbench"), folder.resolve("w14.checkbench"), folder.resolve("w13.checkbench"))
                .doesNotHaveDuplicates();
        reread.remove(folder.resolve("w14.checkbench"));
        assertThat(recent.list()).doesNotContain(folder.resolve("w14.checkbench")).hasSize(RecentWorkspaces.MAX_ENTRIES - 1);
    }
}
