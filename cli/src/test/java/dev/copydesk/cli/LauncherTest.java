package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script at the root of the repository ({@code copydesk}): the JVM flags it passes,
 * read from a stand-in {@code java} on the PATH that prints its arguments, beside a stand-in jar
 * and start-up archive so that nothing is built.
 */
class LauncherTest {
    private static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
    /** /proc/buddyinfo with 123 free blocks of 2 MB and 567 of 4 MB: 2,514 MB. */
    private static final String UNFRAGMENTED = """
            Node 0, zone      DMA      0      0      0      0      0      0      0      0      1      1      3
            Node 0, zone   Normal  14692  12683   9546   7118   4484   2430   1336    534    281    123    567
            """;
    /** Plenty of free memory, but in blocks of 512 KB or less (50,000 of them). */
    private static final String FRAGMENTED = """
            Node 0, zone   Normal  914692  412683   99546   71180   44840   24300   13360   50000      0      0      0
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void standIns() throws IOException {
        Files.copy(Path.of("..", "copydesk"), dir.resolve("copydesk"));
        Path target = Files.createDirectories(dir.resolve("cli/target"));
        Path jar = Files.writeString(target.resolve("copydesk.jar"), "");
        Path jsa = Files.writeString(target.resolve("copydesk.jsa"), "");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Files.setLastModifiedTime(jsa, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        Path java = Files.createDirectories(dir.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private String javaArguments(Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", dir.resolve("copydesk").toString(), "--version");
        pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().remove("COPYDESK_JAVA_OPTS");
        pb.environment().remove("COPYDESK_HUGE_PAGES");
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** Stand-in kernel files, with {@code COPYDESK_HUGE_PAGES=auto} so that the launcher reads them. */
    private Map<String, String> kernel(String enabled, String buddyinfo) throws IOException {
        Path thp = Files.writeString(dir.resolve("enabled"), enabled + "\n");
        Path buddy = Files.writeString(dir.resolve("buddyinfo"), buddyinfo);
        return Map.of("COPYDESK_THP_FILE", thp.toString(), "COPYDESK_BUDDYINFO", buddy.toString(),
                "COPYDESK_HUGE_PAGES", "auto");
    }

    @Test
    void runsTheMainClassFromTheJarWithItsArchiveTheClientCompilerAndTheParallelCollectorWithAFixedYoungGenerationAGrowingHeapAndSurvivorsPromotedAtOnce() throws Exception {
        List<String> args = List.of(javaArguments(Map.of("COPYDESK_HUGE_PAGES", "off")).split(" "));
        assertThat(args).contains("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:+UseAdaptiveSizePolicy",
                "-XX:SurvivorRatio=8", "-XX:MaxTenuringThreshold=0", "-Xms1g", "-Xmn160m", "-XX:SharedArchiveFile=" + dir.resolve("cli/target/copydesk.jsa"), "-cp",
                dir.resolve("cli/target/copydesk.jar").toString()).doesNotContain(HUGE_PAGES, "-XX:-UseAdaptiveSizePolicy",
                "-jar");
        // the main class named on the command line, so that the jar is opened once, not twice
        assertThat(args.subList(args.size() - 4, args.size())).containsExactly("-cp",
                dir.resolve("cli/target/copydesk.jar").toString(), "dev.copydesk.cli.Main", "--version");
    }

    @Test
    void leavesHugePagesOffByDefaultEvenWhenTheKernelHasThemFree() throws Exception {
        Map<String, String> unset = new HashMap<>(kernel("always [madvise] never", UNFRAGMENTED));
        unset.remove("COPYDESK_HUGE_PAGES");
        assertThat(javaArguments(unset)).doesNotContain(HUGE_PAGES);
    }

    @Test
    void autoAsksForHugePagesWhenTheKernelHasTwoGigabytesOfThemFree() throws Exception {
        assertThat(javaArguments(kernel("always [madvise] never", UNFRAGMENTED))).contains(HUGE_PAGES);
        assertThat(javaArguments(kernel("[always] madvise never", UNFRAGMENTED))).contains(HUGE_PAGES);
    }

    @Test
    void autoLeavesHugePagesAloneWhenTheKernelWouldHaveToCompactMemoryOrHasThemOff() throws Exception {
        assertThat(javaArguments(kernel("always [madvise] never", FRAGMENTED))).doesNotContain(HUGE_PAGES);
        assertThat(javaArguments(kernel("always madvise [never]", UNFRAGMENTED))).doesNotContain(HUGE_PAGES);
        Map<String, String> unreadable = Map.of("COPYDESK_THP_FILE", dir.resolve("enabled-missing").toString(),
                "COPYDESK_BUDDYINFO", dir.resolve("buddyinfo-missing").toString(), "COPYDESK_HUGE_PAGES", "auto");
        assertThat(javaArguments(unreadable)).doesNotContain(HUGE_PAGES);
    }

    @Test
    void theUserDecidesWithCopydeskHugePages() throws Exception {
        Map<String, String> fragmented = new HashMap<>(kernel("always [madvise] never", FRAGMENTED));
        fragmented.put("COPYDESK_HUGE_PAGES", "on");
        assertThat(javaArguments(fragmented)).contains(HUGE_PAGES);
        Map<String, String> unfragmented = new HashMap<>(kernel("always [madvise] never", UNFRAGMENTED));
        unfragmented.put("COPYDESK_HUGE_PAGES", "off");
        assertThat(javaArguments(unfragmented)).doesNotContain(HUGE_PAGES);
    }
}
