package org.checkbench.cli;

import org.checkbench.service.BuildInfo;

import picocli.CommandLine;

/** The version Maven stamped into the build; shown by {@code --version} and the About box. */
public final class AppVersion implements CommandLine.IVersionProvider {

    public static String current() {
        return BuildInfo.version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Checkbench " + current()};
    }
}
