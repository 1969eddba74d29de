package org.checkbench.cli;

import java.nio.charset.Charset;
import java.util.Optional;

import org.checkbench.model.text.DecodedText;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --encoding NAME} option of the commands that read text files. */
final class Encodings {

    private Encodings() {
    }

    /**
     * Empty when no encoding was given (detect it), else the charset.
     *
     * @throws CommandLine.ParameterException for an unknown name (picocli prints it, exit code 2)
     */
    static Optional<Charset> parse(String name, CommandSpec spec) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(DecodedText.charsetNamed(name).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "Unknown encoding '" + name + "'. Use a name such as UTF-8, UTF-16LE,"
                        + " windows-1252, windows-1251, ISO-8859-2, KOI8-R, Shift_JIS, GB18030 or EUC-KR.")));
    }
}
