package org.checkbench.cli;

import org.checkbench.service.BuildInfo;

import picocli.CommandLine;

/** {@code --version}: the version Maven stamped into the build ({@link BuildInfo}). */
public final class AppVersion implements CommandLine.IVersionProvider {

    public static String current() {
        return BuildInfo.version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Checkbench " + current()};
    }
}
