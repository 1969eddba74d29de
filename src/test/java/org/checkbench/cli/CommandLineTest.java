package org.checkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.checkbench.Main;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class CommandLineTest {

    @Test
    void versionPrintsTheBuildVersionAndSucceeds() {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.Commands.commandLine();
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("--version");

        assertThat(exit).isZero();
        assertThat(out.toString().trim()).isEqualTo("Checkbench " + AppVersion.current());
        assertThat(AppVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void anUnknownOptionIsRefusedWithUsage() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.Commands.commandLine();
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("--no-such-option");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'").contains("Usage: checkbench");
    }
}
