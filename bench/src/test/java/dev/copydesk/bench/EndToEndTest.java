package dev.copydesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndToEndTest {
    private static final List<String> CHECKS = List.of("duplicate", "typo", "confusion", "mechanics", "casing", "variant");

    @TempDir
    Path dir;

    private Path script(String name, String body) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /** A stand-in for the shared generator: its fourth argument is the number of files to write. */
    private Path generator() throws IOException {
        return script("generate.sh", """
                mkdir -p "$2"
                i=0
                while [ $i -lt "$4" ]; do
                  printf 'The goverment said the talks in Damascus would resume soon.\\n\\nIt said so before.The end.\\n' \\
                    > "$2/doc_$i.txt"
                  i=$((i + 1))
                done
                """);
    }

    /** A stand-in launcher that logs its arguments and writes an empty report. */
    private Path launcher() throws IOException {
        return script("copydesk", "echo \"$*\" >> " + dir.resolve("log") + "\necho '{}'\n");
    }

    private String run(String... options) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(generator().toString(), "seeds",
                dir.resolve("work").toString(), "--scales", "1", "--launcher", launcher().toString()));
        args.addAll(List.of(options));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EndToEnd.run(args.toArray(String[]::new), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<String> rows(String out, String heading) {
        String table = out.substring(out.indexOf(heading));
        table = table.substring(table.indexOf('\n') + 1);
        table = table.substring(table.indexOf('\n') + 1); // the column names
        int end = table.indexOf("\n\n");
        return List.of((end < 0 ? table : table.substring(0, end)).strip().split("\n"));
    }

    @Test
    void timesTheWholeRunEachCheckAloneAndEachStepInProcess() throws Exception {
        String out = run("--runs", "3", "--check-runs", "2");

        List<String> log = Files.readAllLines(dir.resolve("log"), StandardCharsets.UTF_8);
        assertThat(log.stream().filter(l -> !l.contains("--only"))).hasSize(3)
                .allSatisfy(l -> assertThat(l).contains("--format json", "--no-config"));
        for (String id : CHECKS) {
            assertThat(log).filteredOn(l -> l.endsWith("--only " + id)).hasSize(2);
        }
        assertThat(out).containsPattern(Pattern.compile("^1x\\s+2000\\s+0\\.\\d\\s+\\d+\\.\\d\\d\\s+[\\d.]+\\s+\\d+\\s+3$",
                Pattern.MULTILINE));
        List<String> alone = rows(out, "Each check alone");
        assertThat(alone).hasSize(CHECKS.size());
        for (int i = 0; i < CHECKS.size(); i++) {
            assertThat(alone.get(i)).matches("1x\\s+" + CHECKS.get(i) + "\\s+\\d+\\.\\d\\d\\s+[\\d.]+\\s+\\d+");
        }
        List<String> steps = rows(out, "In this JVM");
        assertThat(steps).hasSize(2 + CHECKS.size());
        assertThat(steps.get(0)).matches("1x\\s+load\\s+\\d+\\s+[\\d.]+\\s+[1-9]\\d*\\s+-");
        assertThat(steps.get(1)).matches("1x\\s+corpus\\s+\\d+\\s+[\\d.]+\\s+[1-9]\\d*\\s+-");
        assertThat(steps).filteredOn(s -> s.matches("1x\\s+typo\\s+\\d+\\s+[\\d.]+\\s+[1-9]\\d*\\s+2000")).hasSize(1);
        assertThat(steps).filteredOn(s -> s.matches("1x\\s+mechanics\\s+\\d+\\s+[\\d.]+\\s+[1-9]\\d*\\s+2000"))
                .hasSize(1);
    }

    @Test
    void aSkippedCheckIsLeftOutOfEveryPartAndCheckRunsZeroLeavesOutTheRunsAlone() throws Exception {
        String out = run("--runs", "1", "--check-runs", "0", "--skip", "typo");

        List<String> log = Files.readAllLines(dir.resolve("log"), StandardCharsets.UTF_8);
        assertThat(log).hasSize(1);
        assertThat(log.get(0)).contains("--config").doesNotContain("--only");
        assertThat(Files.readString(dir.resolve("work/skip.yml"))).contains("typo: off");
        assertThat(out).doesNotContain("Each check alone");
        List<String> steps = rows(out, "In this JVM");
        assertThat(steps).hasSize(2 + CHECKS.size() - 1).noneMatch(s -> s.contains("typo"));
    }
}
