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
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the files to check under the paths the user named. Folders are walked recursively,
 * following links but surviving link loops; hidden files and folders (name starting with a dot)
 * are skipped unless asked for; include and exclude globs ({@code **}{@code /*.md}) match the path
 * relative to the root they were found under. The result is sorted by document id, so runs are
 * deterministic.
 *
 * <p>A folder is walked for documents: files whose extension names a format copydesk reads as
 * prose ({@link #DOCUMENT_EXTENSIONS}) and files without an extension whose name is written in
 * capitals ({@code README}, {@code NEWS}). The other files in a folder (images, style sheets,
 * scripts, data, archives) are passed over and counted, not read: the Debian handbook's HTML
 * folder holds 177 of them beside its 127 pages, which gave 160 "cannot read" lines and garbage
 * findings in its style sheets. An include glob whose last part names files ({@code **}{@code /*.log},
 * {@code NOTES}) takes the files it matches whatever their type; one that names only folders
 * ({@code docs/**}) takes the documents in them. A file named on the command line is always taken.
 */
public final class FileDiscovery {
    private static final String BROKEN_LINK = "broken link (its target does not exist)";

    /**
     * Extensions of the files a folder walk takes as documents: the formats of the README's
     * "What is read" table that hold prose (plain text, Markdown, reStructuredText and AsciiDoc as
     * plain text, HTML, Word, ODF, PDF, RTF, EPUB).
     */
    public static final Set<String> DOCUMENT_EXTENSIONS = Set.of(
            "txt", "text", "md", "markdown", "mdown", "mkd", "mkdn", "rst", "adoc", "asciidoc",
            "html", "htm", "xhtml", "xht", "shtml",
            "docx", "docm", "dotx", "doc", "dot", "odt", "ott", "fodt", "pdf", "rtf", "epub");

    private final List<PathMatcher> includes;
    private final List<PathMatcher> fileIncludes;
    private final List<PathMatcher> excludes;
    private final boolean includeHidden;
    private final Function<Path, Set<Path>> ignoredUnder;

    private FileDiscovery(List<PathMatcher> includes, List<PathMatcher> fileIncludes, List<PathMatcher> excludes,
                          boolean includeHidden, Function<Path, Set<Path>> ignoredUnder) {
        this.includes = includes;
        this.fileIncludes = fileIncludes;
        this.excludes = excludes;
        this.includeHidden = includeHidden;
        this.ignoredUnder = ignoredUnder;
    }

    /**
     * This discovery, leaving out of each walked folder what {@code ignoredUnder} says is ignored
     * there: paths relative to the folder, of files and of folders whose whole tree is left out
     * (the files git ignores, in the command line's use). A folder named on the command line is
     * walked even if it is ignored itself.
     */
    public FileDiscovery ignoring(Function<Path, Set<Path>> ignoredUnder) {
        return new FileDiscovery(includes, fileIncludes, excludes, includeHidden, ignoredUnder);
    }

    /**
     * A discovery with include and exclude globs.
     *
     * @throws IllegalArgumentException naming the glob when one is not valid
     */
    public static FileDiscovery of(List<String> includeGlobs, List<String> excludeGlobs, boolean includeHidden) {
        return new FileDiscovery(matchers(includeGlobs),
                matchers(includeGlobs.stream().filter(FileDiscovery::namesFiles).toList()), matchers(excludeGlobs),
                includeHidden, root -> Set.of());
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

    /**
     * What discovery found.
     *
     * @param files      the files to load, sorted by id
     * @param failures   the paths that could not be walked
     * @param passedOver how many files in the walked folders were not documents, by kind: the
     *                   lower-case extension, or the file's name where it has none (sorted)
     * @param ignored    how many files and folders of the walked folders were left out as ignored
     *                   ({@link #ignoring})
     */
    public record Found(List<SourceFile> files, List<LoadFailure> failures, SortedMap<String, Integer> passedOver,
                        int ignored) {
        public Found {
            files = List.copyOf(files);
            failures = List.copyOf(failures);
            passedOver = Collections.unmodifiableSortedMap(new TreeMap<>(passedOver));
        }

        /** Files and failures, nothing passed over or ignored. */
        public Found(List<SourceFile> files, List<LoadFailure> failures) {
            this(files, failures, new TreeMap<>(), 0);
        }

        /** How many files were passed over in all. */
        public int passedOverCount() {
            return passedOver.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The kinds passed over, most frequent first, e.g. {@code png 117, css 7, Makefile 1}. */
        public String describePassedOver() {
            return passedOver.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
        }
    }

    /** Walks the named paths. A named file is always taken (globs apply to files found in folders). */
    public Found discover(List<Path> roots) {
        Map<String, SourceFile> files = new LinkedHashMap<>();
        List<LoadFailure> failures = new ArrayList<>();
        SortedMap<String, Integer> passedOver = new TreeMap<>();
        int[] ignored = new int[1];
        for (Path root : roots) {
            String rootId = idOf(root);
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.exists(root)) {
                failures.add(new LoadFailure(rootId, "no such file or folder"));
            } else if (Files.isDirectory(root)) {
                walk(root, rootId, files, failures, passedOver, ignored);
            } else {
                files.putIfAbsent(rootId, new SourceFile(root, rootId));
            }
        }
        List<SourceFile> sorted = new ArrayList<>(files.values());
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        failures.sort(null);
        return new Found(sorted, failures, passedOver, ignored[0]);
    }

    private void walk(Path root, String rootId, Map<String, SourceFile> files, List<LoadFailure> failures,
                      SortedMap<String, Integer> passedOver, int[] ignoredCount) {
        Set<Path> ignored = ignoredUnder.apply(root);
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root) && !includeHidden && isHidden(dir)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (!dir.equals(root) && !ignored.isEmpty() && ignored.contains(root.relativize(dir))) {
                                ignoredCount[0]++;
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
                            if (!accepts(relative)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (!ignored.isEmpty() && ignored.contains(relative)) {
                                ignoredCount[0]++;
                                return FileVisitResult.CONTINUE;
                            }
                            if (!isDocument(relative) && fileIncludes.stream().noneMatch(m -> m.matches(relative))) {
                                passedOver.merge(kind(relative), 1, Integer::sum);
                            } else if (attrs.isSymbolicLink()) { // following it failed: its target is missing
                                failures.add(new LoadFailure(join(rootId, relative), BROKEN_LINK));
                            } else {
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

    /**
     * Whether a file found in a folder is a document: its extension is one of
     * {@link #DOCUMENT_EXTENSIONS}, or it has none and its name has no small letter ({@code README},
     * {@code CHANGES}, but not {@code Makefile} or a script such as {@code mvnw}).
     */
    static boolean isDocument(Path file) {
        String extension = SourceFile.extensionOf(file);
        if (!extension.isEmpty()) {
            return DOCUMENT_EXTENSIONS.contains(extension);
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.chars().anyMatch(Character::isLetter) && name.chars().noneMatch(Character::isLowerCase);
    }

    /** What a passed-over file is counted as: its lower-case extension, or its name if it has none. */
    private static String kind(Path file) {
        String extension = SourceFile.extensionOf(file);
        return extension.isEmpty() ? file.getFileName().toString() : extension;
    }

    /**
     * Whether an include glob names files rather than folders only: its last part is more than
     * wildcards ({@code *.log}, {@code NOTES}, {@code chapter-?.tex}; not {@code **} or {@code *}).
     */
    static boolean namesFiles(String glob) {
        String last = glob.substring(glob.lastIndexOf('/') + 1);
        return !last.isEmpty() && !last.chars().allMatch(c -> c == '*');
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
