package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.checks.BuiltInChecks;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** How the command line is built at start-up, where every millisecond is paid on each run. */
class MainTest {
    private static final String[] ALL = {"check", "baseline", "init", "checks", "help"};

    @TempDir
    Path dir;

    private CommandLine built(String... args) {
        return Main.commandLine(BuiltInChecks.all(), new Environment(dir, Map.of(), false, false), args);
    }

    @Test
    void aRunOfASubcommandBuildsOnlyThatSubcommand() {
        assertThat(built("check", "docs").getSubcommands().keySet()).containsExactly("check");
        assertThat(built("baseline", "docs").getSubcommands().keySet()).containsExactly("baseline");
        assertThat(built("checks").getSubcommands().keySet()).containsExactly("checks");
    }

    @Test
    void helpAndArgumentsThatNameNoSubcommandSeeEverySubcommand() {
        assertThat(built().getSubcommands().keySet()).containsExactly(ALL);
        assertThat(built("--help").getSubcommands().keySet()).containsExactly(ALL);
        assertThat(built("help", "check").getSubcommands().keySet()).containsExactly(ALL);
        assertThat(built("chek", "docs").getSubcommands().keySet()).containsExactly(ALL);
    }

    @Test
    void topLevelHelpListsEverySubcommandAndAMisspeltOneGetsASuggestion() {
        Cli.Result help = Cli.in(dir).run("--help");
        assertThat(help.exit()).isZero();
        for (String name : ALL) {
            assertThat(help.out()).containsPattern("(?m)^ +" + name + " ");
        }
        Cli.Result typo = Cli.in(dir).run("chek", "docs");
        assertThat(typo.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(typo.err()).contains("Did you mean", "check");
    }

    /**
     * picocli's own jar is compiled for Java 5, whose class files JDK 17's start-up archive does not
     * hold; the build compiles picocli's sources instead (cli/pom.xml). If that step went missing,
     * the classes would come from the jar again, and this fails.
     */
    @Test
    void picocliIsCompiledForAClassFileVersionTheStartUpArchiveHolds() throws IOException {
        try (InputStream in = CommandLine.class.getResourceAsStream("CommandLine.class")) {
            DataInputStream data = new DataInputStream(in);
            assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
            data.readUnsignedShort(); // minor version
            assertThat(data.readUnsignedShort()).as("class file major version").isGreaterThanOrEqualTo(61);
        }
    }
}
