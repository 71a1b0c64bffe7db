package dev.copydesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a command, timed: wall seconds, and CPU seconds (user plus system) and peak resident
 * memory from {@code /usr/bin/time} when it is there (-1 when it is not), with the exit code.
 */
record TimedRun(double wall, double cpu, long peakKb, int exit) {
    private static final Path TIME = Path.of("/usr/bin/time");

    /** Runs {@code process}'s command (its redirects and environment as set) under {@code /usr/bin/time}. */
    static TimedRun of(ProcessBuilder process) throws IOException, InterruptedException {
        if (!Files.isExecutable(TIME)) {
            long t0 = System.nanoTime();
            int exit = process.start().waitFor();
            return new TimedRun((System.nanoTime() - t0) / 1e9, -1, -1, exit);
        }
        Path timeFile = Files.createTempFile("copydesk-time", ".txt");
        try {
            List<String> command = new ArrayList<>(List.of(TIME.toString(), "-f", "%U %S %M", "-o", timeFile.toString()));
            command.addAll(process.command());
            long t0 = System.nanoTime();
            int exit = process.command(command).start().waitFor();
            double wall = (System.nanoTime() - t0) / 1e9;
            List<String> lines = Files.readAllLines(timeFile, StandardCharsets.UTF_8);
            String[] f = lines.get(lines.size() - 1).strip().split(" "); // after "Command exited with ..."
            return new TimedRun(wall, Double.parseDouble(f[0]) + Double.parseDouble(f[1]), Long.parseLong(f[2]), exit);
        } finally {
            Files.deleteIfExists(timeFile);
        }
    }
}
