package org.checkbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine;

/** The version Maven stamped into the build; shown by {@code --version} and the About box. */
public final class AppVersion implements CommandLine.IVersionProvider {

    private static final String VERSION = load();

    public static String current() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Checkbench " + VERSION};
    }

    private static String load() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/checkbench/version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
