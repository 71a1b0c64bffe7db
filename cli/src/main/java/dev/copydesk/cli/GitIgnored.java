package dev.copydesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What git ignores under a folder: the untracked files and folders that {@code .gitignore},
 * {@code .git/info/exclude} and the user's global excludes leave out ({@code git ls-files --others
 * --ignored --exclude-standard --directory}), so that a walk of a repository skips
 * {@code node_modules/}, {@code target/} and a site generator's output as git does. Outside a
 * repository, without git, or when git fails, nothing is ignored: the walk is then as without it.
 */
final class GitIgnored {
    private static final Logger LOG = LoggerFactory.getLogger(GitIgnored.class);
    private static final long TIMEOUT_SECONDS = 30;

    private GitIgnored() {
    }

    /** The ignored paths under {@code folder}, relative to it; empty outside a git work tree. */
    static Set<Path> under(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!insideWorkTree(dir)) {
            return Set.of(); // no process started: most folders outside a repository cost a few stats
        }
        try {
            Process p = new ProcessBuilder("git", "ls-files", "-z", "--others", "--ignored", "--exclude-standard",
                    "--directory").directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String out = GitChanges.readAll(p.getInputStream());
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                LOG.debug("git ls-files in {} took longer than {} s: nothing ignored", dir, TIMEOUT_SECONDS);
                return Set.of();
            }
            if (p.exitValue() != 0) {
                LOG.debug("git ls-files in {} failed: nothing ignored", dir);
                return Set.of();
            }
            Set<Path> ignored = new HashSet<>();
            for (String name : out.split("\0")) {
                String n = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
                if (!n.isEmpty() && !n.equals(".")) {
                    ignored.add(Path.of(n));
                }
            }
            return ignored;
        } catch (IOException e) {
            LOG.debug("git not available ({}): nothing ignored", e.getMessage());
            return Set.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of();
        }
    }

    /** Whether a folder or one above it holds {@code .git} (a folder, or a file in a worktree). */
    static boolean insideWorkTree(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }
}
