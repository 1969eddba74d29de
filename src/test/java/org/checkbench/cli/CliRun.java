package org.checkbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.checkbench.Main;

import picocli.CommandLine;

/** Runs the real command tree with captured output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        CommandLine commandLine = Main.Commands.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
