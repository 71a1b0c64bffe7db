package dev.copydesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The files that differ from a git ref: {@code git diff --name-only REF} plus untracked files that
 * are not ignored, as real paths, so they can be matched against the files discovered.
 */
final class GitChanges {
    private static final long TIMEOUT_SECONDS = 60;

    private GitChanges() {
    }

    /** The changed files of the repository that holds {@code dir}. */
    static Set<Path> since(String ref, Path dir) {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new UsageException("--changed-since needs a git ref (a branch, tag or commit), not '" + ref + "'");
        }
        Path top = Path.of(git(dir, "rev-parse", "--show-toplevel").strip());
        git(top, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        Set<Path> changed = new HashSet<>();
        List<String> names = new ArrayList<>();
        names.addAll(List.of(git(top, "diff", "--name-only", "-z", ref, "--").split("\0")));
        names.addAll(List.of(git(top, "ls-files", "--others", "--exclude-standard", "-z").split("\0")));
        for (String name : names) {
            if (!name.isEmpty()) {
                changed.add(realPath(top.resolve(name)));
            }
        }
        return changed;
    }

    /** The real path where the file exists, else the normalised absolute path. */
    static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
            p.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            String out = readAll(p.getInputStream());
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new UsageException("git " + args[0] + " took longer than " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                String why = err.join().strip();
                throw new UsageException("--changed-since: git " + String.join(" ", args) + " failed"
                        + (why.isEmpty() ? "" : ": " + why.lines().findFirst().orElse("")));
            }
            return out;
        } catch (IOException e) {
            throw new UsageException("--changed-since needs git on the PATH: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted while running git", e);
        }
    }

    /** What a process wrote to a stream, as UTF-8; empty if it cannot be read. */
    static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
