package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.checks.BuiltInChecks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --only} and {@code --skip} choose the checks that run, on top of the configuration. */
class CheckSelectionCliTest {
    @TempDir
    Path dir;

    Cli cli;
    String docs;

    @BeforeEach
    void corpus() {
        cli = Cli.in(dir).withChecks(BuiltInChecks.all());
        docs = Cli.write(dir.resolve("docs/a.txt"), "It has teh slip in it, and the the doubled word.")
                .getParent().toString();
    }

    @Test
    void onlyRunsTheNamedChecksCommaSeparatedOrRepeated() {
        Cli.Result all = cli.run("check", "--no-config", docs);
        assertThat(all.out()).contains("[typo]", "[mechanics]");

        Cli.Result mechanics = cli.run("check", "--no-config", "--only", "mechanics", docs);
        assertThat(mechanics.exit()).isEqualTo(1);
        assertThat(mechanics.out()).contains("[mechanics] Doubled word").doesNotContain("[typo]");

        assertThat(cli.run("check", "--no-config", "--only", "typo,mechanics", docs).out())
                .contains("[typo]", "[mechanics]");
        assertThat(cli.run("check", "--no-config", "--only", "typo", "--only", "mechanics", docs).out())
                .contains("[typo]", "[mechanics]");
    }

    @Test
    void skipLeavesTheNamedChecksOut() {
        Cli.Result r = cli.run("check", "--no-config", "--skip", "typo", docs);
        assertThat(r.out()).contains("[mechanics]").doesNotContain("[typo]");
        assertThat(cli.run("check", "--no-config", "--skip", "typo,mechanics", docs).out())
                .doesNotContain("[typo]", "[mechanics]");
    }

    @Test
    void anUnknownCheckIsAUsageErrorThatNamesTheChecksAndChecksNothing() {
        Cli.Result r = cli.run("check", "--no-config", "--only", "typos", docs);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown check 'typos' in --only; the checks are: casing, confusion, duplicate,");
        assertThat(r.out()).isEmpty();
        assertThat(cli.run("check", "--no-config", "--skip", "spelling", docs).err())
                .contains("unknown check 'spelling' in --skip");
    }

    @Test
    void noCheckLeftIsAUsageErrorAndTheConfigurationStillCounts() {
        Cli.Result r = cli.run("check", "--no-config", "--only", "typo", "--skip", "typo", docs);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no check left to run");

        Cli.write(dir.resolve("copydesk.yml"), "checks:", "  typo: off");
        assertThat(cli.run("check", "--only", "typo", docs).exit()).as("the configuration turned typo off").isEqualTo(2);
        Cli.Result mechanics = cli.run("check", "--only", "typo,mechanics", docs);
        assertThat(mechanics.out()).contains("[mechanics]").doesNotContain("[typo]");
    }

    @Test
    void startUpReadsTheDataOfTheChecksTheFlagsLeaveOnOnly() {
        List<Check> all = BuiltInChecks.all();
        assertThat(ids(Main.leftOnByFlags(all, new String[] {"check", "docs"})))
                .containsExactly("duplicate", "typo", "confusion", "mechanics", "casing", "variant");
        assertThat(ids(Main.leftOnByFlags(all, new String[] {"check", "--only", "typo,mechanics", "docs"})))
                .containsExactly("typo", "mechanics");
        assertThat(ids(Main.leftOnByFlags(all, new String[] {"check", "--only=duplicate", "--only", "casing", "docs"})))
                .containsExactly("duplicate", "casing");
        assertThat(ids(Main.leftOnByFlags(all, new String[] {"check", "--skip=typo", "--skip", "variant,casing", "d"})))
                .containsExactly("duplicate", "confusion", "mechanics");
        assertThat(ids(Main.leftOnByFlags(all, new String[] {"check", "--", "--only", "typo"})))
                .as("after --, a path named like a flag").hasSize(6);
    }

    private static List<String> ids(List<Check> checks) {
        return checks.stream().map(c -> c.info().id()).toList();
    }
}
