package org.checkbench.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Checkbench keeps its data by default, as each OS defines it. The system property
 * {@value #DATA_DIR_PROPERTY} overrides it, so tests and CI never touch a real home folder.
 */
public final class AppDirectories {

    public static final String DATA_DIR_PROPERTY = "checkbench.data.dir";
    public static final String DEFAULT_WORKSPACE_NAME = "workspace.checkbench";

    private final Path dataDirectory;

    public AppDirectories(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    /** The folder for this machine and user, honouring {@value #DATA_DIR_PROPERTY}. */
    public static AppDirectories forCurrentUser() {
        return new AppDirectories(resolve(System.getProperty(DATA_DIR_PROPERTY), System.getProperty("os.name", ""),
                System.getenv(), System.getProperty("user.home")));
    }

    /** The rules, apart from the live environment so each OS can be tested anywhere. */
    static Path resolve(String override, String osName, Map<String, String> env, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "Checkbench")
                    : home.resolve("AppData").resolve("Roaming").resolve("Checkbench");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Checkbench");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says relative values are invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "checkbench");
        }
        return home.resolve(".local").resolve("share").resolve("checkbench");
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The workspace opened when none is named. */
    /**
     * The local journal of a team workspace: changes made while its server cannot be reached wait
     * here, in order, until they are sent (ADR 0125).
     */
    public Path teamJournal(org.checkbench.model.TeamServer server) {
        return dataDirectory.resolve("team").resolve(server.fileKey() + ".journal");
    }

    public Path defaultWorkspace() {
        return dataDirectory.resolve(DEFAULT_WORKSPACE_NAME);
    }
}
