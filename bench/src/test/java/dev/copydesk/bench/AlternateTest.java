package dev.copydesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlternateTest {
    @TempDir
    Path dir;

    /** A stand-in build whose launcher logs its label, its JVM options and its arguments, then exits. */
    private Path build(String label, int exit) throws IOException {
        Path build = Files.createDirectories(dir.resolve(label));
        Path launcher = build.resolve("copydesk");
        Files.writeString(launcher, "#!/bin/sh\necho \"" + label + " [$COPYDESK_JAVA_OPTS] $*\" >> "
                + dir.resolve("log") + "\nexit " + exit + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        return build;
    }

    @Test
    void everyVariantRunsOncePerRoundInADrawnOrderWithItsOwnJavaOptions() throws Exception {
        Alternate.Variant a = Alternate.Variant.parse("a=" + build("a", 0));
        Alternate.Variant b = Alternate.Variant.parse("b=" + build("b", 1) + "::-XX:+UseSerialGC -Xmn64m");
        Map<Alternate.Variant, List<TimedRun>> runs =
                Alternate.run(List.of(a, b), List.of("check", "docs"), 6, new Random(7));

        assertThat(runs.get(a)).hasSize(6).allSatisfy(r -> assertThat(r.exit()).isZero());
        assertThat(runs.get(b)).hasSize(6).allSatisfy(r -> assertThat(r.exit()).isEqualTo(1));
        List<String> log = Files.readAllLines(dir.resolve("log"), StandardCharsets.UTF_8);
        assertThat(log).hasSize(12).contains("a [] check docs", "b [-XX:+UseSerialGC -Xmn64m] check docs");
        List<String> firsts = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            List<String> pair = log.subList(2 * round, 2 * round + 2);
            assertThat(pair).extracting(l -> l.substring(0, 1)).containsExactlyInAnyOrder("a", "b");
            firsts.add(pair.get(0).substring(0, 1));
        }
        assertThat(firsts).as("which variant ran first in each round").contains("a", "b");
    }

    @Test
    void aSummaryGivesTheMedianMeanRangeAndPeakOfItsRuns() {
        Alternate.Summary s = Alternate.Summary.of(List.of(new TimedRun(2.0, 3.0, 1000, 0),
                new TimedRun(4.0, 5.0, 3000, 0), new TimedRun(3.0, 4.5, 2000, 1),
                new TimedRun(10.0, 9.0, 2500, 0)));
        assertThat(s.runs()).isEqualTo(4);
        assertThat(s.medianWall()).isCloseTo(3.5, within(1e-9));
        assertThat(s.meanWall()).isCloseTo(4.75, within(1e-9));
        assertThat(s.minWall()).isEqualTo(2.0);
        assertThat(s.maxWall()).isEqualTo(10.0);
        assertThat(s.medianCpu()).isCloseTo(4.75, within(1e-9));
        assertThat(s.minPeakKb()).isEqualTo(1000);
        assertThat(s.maxPeakKb()).isEqualTo(3000);
        assertThat(s.exits()).containsExactly(0, 1);
    }
}
