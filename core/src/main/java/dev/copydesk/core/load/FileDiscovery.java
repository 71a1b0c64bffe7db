package dev.copydesk.core.load;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the files to check under the paths the user named. Folders are walked recursively,
 * following links but surviving link loops; hidden files and folders (name starting with a dot)
 * are skipped unless asked for; include and exclude globs ({@code **}{@code /*.md}) match the path
 * relative to the root they were found under. The result is sorted by document id, so runs are
 * deterministic.
 */
public final class FileDiscovery {
    private static final String BROKEN_LINK = "broken link (its target does not exist)";

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final boolean includeHidden;

    private FileDiscovery(List<PathMatcher> includes, List<PathMatcher> excludes, boolean includeHidden) {
        this.includes = includes;
        this.excludes = excludes;
        this.includeHidden = includeHidden;
    }

    /**
     * A discovery with include and exclude globs.
     *
     * @throws IllegalArgumentException naming the glob when one is not valid
     */
    public static FileDiscovery of(List<String> includeGlobs, List<String> excludeGlobs, boolean includeHidden) {
        return new FileDiscovery(matchers(includeGlobs), matchers(excludeGlobs), includeHidden);
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        FileSystem fs = FileSystems.getDefault();
        List<PathMatcher> out = new ArrayList<>();
        for (String glob : globs) {
            try {
                PathMatcher direct = fs.getPathMatcher("glob:" + glob);
                // "**/*.md" should also match "a.md" at the root, as in .gitignore-style globs
                PathMatcher rootLevel = glob.startsWith("**/") ? fs.getPathMatcher("glob:" + glob.substring(3)) : null;
                out.add(p -> direct.matches(p) || rootLevel != null && rootLevel.matches(p));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad glob '" + glob + "': " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** What discovery found: the files, and the named paths that could not be walked. */
    public record Found(List<SourceFile> files, List<LoadFailure> failures) {
        public Found {
            files = List.copyOf(files);
            failures = List.copyOf(failures);
        }
    }

    /** Walks the named paths. A named file is always taken (globs apply to files found in folders). */
    public Found discover(List<Path> roots) {
        Map<String, SourceFile> files = new LinkedHashMap<>();
        List<LoadFailure> failures = new ArrayList<>();
        for (Path root : roots) {
            String rootId = idOf(root);
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.exists(root)) {
                failures.add(new LoadFailure(rootId, "no such file or folder"));
            } else if (Files.isDirectory(root)) {
                walk(root, rootId, files, failures);
            } else {
                files.putIfAbsent(rootId, new SourceFile(root, rootId));
            }
        }
        List<SourceFile> sorted = new ArrayList<>(files.values());
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        failures.sort(null);
        return new Found(sorted, failures);
    }

    private void walk(Path root, String rootId, Map<String, SourceFile> files, List<LoadFailure> failures) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root) && !includeHidden && isHidden(dir)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!attrs.isRegularFile() && !attrs.isSymbolicLink() || !includeHidden && isHidden(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            Path relative = root.relativize(file);
                            if (attrs.isSymbolicLink()) { // following it failed: its target is missing
                                if (accepts(relative)) {
                                    failures.add(new LoadFailure(join(rootId, relative), BROKEN_LINK));
                                }
                                return FileVisitResult.CONTINUE;
                            }
                            if (accepts(relative)) {
                                String id = join(rootId, relative);
                                files.putIfAbsent(id, new SourceFile(file, id));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                return FileVisitResult.CONTINUE; // a link back up the tree: already walked
                            }
                            String reason = e instanceof NoSuchFileException ? "broken link or file vanished"
                                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                                    : Objects.toString(e.getMessage(), e.getClass().getSimpleName());
                            failures.add(new LoadFailure(join(rootId, root.relativize(file)), reason));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            failures.add(new LoadFailure(rootId, Objects.toString(e.getMessage(), "cannot walk folder")));
        }
    }

    private boolean accepts(Path relative) {
        if (!includes.isEmpty() && includes.stream().noneMatch(m -> m.matches(relative))) {
            return false;
        }
        return excludes.stream().noneMatch(m -> m.matches(relative));
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String idOf(Path root) {
        String s = root.normalize().toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    private static String join(String rootId, Path relative) {
        String rel = relative.toString().replace('\\', '/');
        return ".".equals(rootId) ? rel : rootId.endsWith("/") ? rootId + rel : rootId + "/" + rel;
    }
}
