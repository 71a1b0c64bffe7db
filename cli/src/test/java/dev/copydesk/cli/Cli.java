package dev.copydesk.cli;

import dev.copydesk.core.check.Check;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line as a test would: captured writers, the test check, a chosen environment. */
final class Cli {
    /** What a run printed and returned. */
    record Result(int exit, String out, String err) {
    }

    private final Environment env;
    private final List<Check> checks;

    private Cli(Environment env, List<Check> checks) {
        this.env = env;
        this.checks = checks;
    }

    /** A non-terminal, no-variables environment in a working folder, with the test check. */
    static Cli in(Path workingDir) {
        return with(new Environment(workingDir, Map.of(), false, false));
    }

    /** The same, with an environment of one's own. */
    static Cli with(Environment env) {
        return new Cli(env, List.of(new TestTypoCheck()));
    }

    /** The same environment with other checks. */
    Cli withChecks(List<Check> other) {
        return new Cli(env, List.copyOf(other));
    }

    Environment environment() {
        return env;
    }

    Result run(String... args) {
        CommandLine cl = Main.commandLine(checks, env, args); // as the command's main method builds it
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** Writes a text file, one paragraph per line, creating folders. */
    static Path write(Path file, String... lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
