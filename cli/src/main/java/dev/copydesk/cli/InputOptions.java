package dev.copydesk.cli;

import dev.copydesk.core.check.Dialect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options that say what to check and how, shared by {@code check} and {@code baseline}. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to check (folders recursively).")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: copydesk.yml or .copydesk.yml in the working folder or "
                    + "its parents).")
    Path config;

    @Option(names = "--no-config", description = "Ignore configuration files; use the defaults and the flags only.")
    boolean noConfig;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only check files in folders whose relative path matches (repeatable, added to the "
                    + "configuration's), e.g. '**/*.md'.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files whose relative path matches (repeatable, added to the configuration's).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--hidden", description = "Also check hidden files and folders (names starting with '.').")
    boolean hidden;

    @Option(names = "--no-gitignore", description = "Also check the files git ignores in the folders walked "
            + "(by default a folder in a git repository is walked as git sees it: no node_modules/, target/ ...).")
    boolean noGitignore;

    @Option(names = "--only", paramLabel = "CHECK", split = ",",
            description = "Run only these checks (repeatable or comma-separated), e.g. --only typo,mechanics; "
                    + "'copydesk checks' lists them.")
    List<String> only = new ArrayList<>();

    @Option(names = "--skip", paramLabel = "CHECK", split = ",",
            description = "Do not run these checks (repeatable or comma-separated), e.g. --skip duplicate.")
    List<String> skip = new ArrayList<>();

    @Option(names = "--accept", paramLabel = "WORD", description = "A word never to flag (repeatable).")
    List<String> accept = new ArrayList<>();

    @Option(names = "--dialect", paramLabel = "DIALECT", converter = DialectConverter.class,
            description = "en-US or en-GB (overrides the configuration).")
    Dialect dialect;

    @Option(names = "--check-other-languages",
            description = "Check passages in other languages than English as English too (skipped by default).")
    boolean checkOtherLanguages;

    @Option(names = {"-v", "--verbose"}, description = "Log what is loaded and how long each step takes (stderr).")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Log errors only; no progress bar.")
    boolean quiet;

    /** Parses a dialect for picocli. */
    static final class DialectConverter implements picocli.CommandLine.ITypeConverter<Dialect> {
        @Override
        public Dialect convert(String value) {
            return Dialect.parse(value);
        }
    }
}
