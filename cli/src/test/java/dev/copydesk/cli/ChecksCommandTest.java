package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckOption;
import dev.copydesk.core.checks.BuiltInChecks;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsEveryBuiltInCheckWithEachOptionAndDefault() {
        Cli.Result r = Cli.in(dir).withChecks(BuiltInChecks.all()).run("checks");
        assertThat(r.exit()).isZero();
        assertThat(BuiltInChecks.all()).isNotEmpty();
        for (Check check : BuiltInChecks.all()) {
            assertThat(r.out()).contains(check.info().id() + " (" + check.info().defaultSeverity().id() + "): "
                    + check.info().summary());
            for (CheckOption option : check.info().options()) {
                assertThat(r.out()).contains("    " + option.key() + " = " + option.defaultValue());
            }
        }
    }
}
