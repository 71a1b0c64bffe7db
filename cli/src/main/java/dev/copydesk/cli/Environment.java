package dev.copydesk.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the command knows of the world it runs in, given rather than read from globals so tests can
 * set it: the working folder (where the configuration is looked for), the environment variables,
 * and whether stdout and stderr are terminals.
 *
 * @param workingDir       where {@code copydesk.yml} is looked for and {@code init} writes
 * @param variables        environment variables
 * @param stdoutIsTerminal whether stdout is a terminal (colour)
 * @param stderrIsTerminal whether stderr is a terminal (progress)
 */
record Environment(Path workingDir, Map<String, String> variables, boolean stdoutIsTerminal,
                   boolean stderrIsTerminal) {
    Environment {
        Objects.requireNonNull(workingDir, "workingDir");
        variables = Map.copyOf(variables);
    }

    /** The process's own environment. Java 17's console is present only when stdin and stdout are terminals. */
    static Environment system() {
        boolean terminal = System.console() != null;
        return new Environment(Path.of("").toAbsolutePath(), System.getenv(), terminal, terminal);
    }

    /** Whether a variable is set to a non-empty value. */
    boolean isSet(String name) {
        String v = variables.get(name);
        return v != null && !v.isEmpty();
    }

    /** Colour on stdout: a terminal, {@code NO_COLOR} not set, and not a dumb terminal. */
    boolean colourOnStdout() {
        return stdoutIsTerminal && !isSet("NO_COLOR") && !"dumb".equals(variables.get("TERM"));
    }

    /** A progress bar on stderr: a terminal, and not in CI. */
    boolean progressOnStderr() {
        return stderrIsTerminal && !isSet("CI") && !"dumb".equals(variables.get("TERM"));
    }
}
