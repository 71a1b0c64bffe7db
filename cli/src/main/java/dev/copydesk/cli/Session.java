package dev.copydesk.cli;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.config.Config;
import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigFiles;
import dev.copydesk.core.config.ConfigReader;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.engine.Engine;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.engine.RunSettings;
import dev.copydesk.core.load.DocumentLoader;
import dev.copydesk.core.load.FileDiscovery;
import dev.copydesk.core.load.LoadFailure;
import dev.copydesk.core.load.LoadResult;
import dev.copydesk.core.load.SourceFile;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.segment.Segmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of a run that {@code check} and {@code baseline} share: read the configuration, merge
 * the flags into the engine's settings, discover and load the files, run the checks.
 */
final class Session {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    private final InputOptions in;
    private final List<Check> checks;
    private final Environment env;
    private final List<CheckInfo> infos;
    private final Config config;
    /** The configuration's settings, before the flags. */
    private final RunSettings configured;
    private final Set<String> checksToRun;

    /**
     * Reads the configuration and works out which checks run; a broken configuration or an
     * unknown check named on the command line is a usage error, and nothing runs.
     */
    Session(InputOptions in, List<Check> checks, Environment env) {
        this.in = in;
        this.checks = List.copyOf(checks);
        this.infos = this.checks.stream().map(Check::info).toList();
        this.env = env;
        this.config = readConfig();
        this.configured = config.runSettings(infos);
        this.checksToRun = checksToRun(configured.enabledChecks());
    }

    private Config readConfig() {
        try {
            Optional<Path> file = in.config != null ? Optional.of(env.workingDir().resolve(in.config))
                    : in.noConfig ? Optional.empty() : ConfigFiles.discover(env.workingDir());
            if (file.isEmpty()) {
                return Config.defaults();
            }
            LOG.debug("configuration: {}", file.get());
            return new ConfigReader(infos).read(file.get());
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    Config config() {
        return config;
    }

    /**
     * The engine's settings: the configuration's, with {@code --only}, {@code --skip},
     * {@code --accept} and {@code --dialect} applied.
     */
    RunSettings settings(List<String> baseline, Set<String> reportDocuments) {
        TreeSet<String> accepted = new TreeSet<>(configured.acceptedWords());
        accepted.addAll(in.accept);
        return new RunSettings(checksToRun, configured.severities(), configured.options(),
                in.dialect != null ? in.dialect : configured.dialect(), accepted, configured.houseStyle(), baseline,
                reportDocuments, in.checkOtherLanguages || configured.checkOtherLanguages());
    }

    /**
     * The ids of the checks to run: the configuration's ({@code fromConfig}; empty means all),
     * narrowed by {@code --only} and {@code --skip}. An unknown id, or no check left, is a usage
     * error, so that a typing slip in CI never passes by checking nothing.
     */
    private Set<String> checksToRun(Set<String> fromConfig) {
        if (in.only.isEmpty() && in.skip.isEmpty()) {
            return fromConfig;
        }
        Set<String> known = new TreeSet<>();
        infos.forEach(info -> known.add(info.id()));
        requireKnown(in.only, "--only", known);
        requireKnown(in.skip, "--skip", known);
        Set<String> enabled = new TreeSet<>(fromConfig.isEmpty() ? known : fromConfig);
        if (!in.only.isEmpty()) {
            enabled.retainAll(in.only);
        }
        in.skip.forEach(enabled::remove);
        if (enabled.isEmpty()) {
            throw new UsageException("no check left to run: --only and --skip (with the configuration) turn every check off");
        }
        return enabled;
    }

    private static void requireKnown(List<String> ids, String flag, Set<String> known) {
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new UsageException("unknown check '" + id + "' in " + flag + "; the checks are: "
                        + String.join(", ", known));
            }
        }
    }

    /** The files under the named paths, with the configuration's globs and the flags'. */
    FileDiscovery.Found discover() {
        List<String> includes = new ArrayList<>(config.includes());
        includes.addAll(in.includes);
        List<String> excludes = new ArrayList<>(config.excludes());
        excludes.addAll(in.excludes);
        FileDiscovery discovery;
        try {
            discovery = FileDiscovery.of(includes, excludes, in.hidden);
            if (!in.noGitignore) {
                discovery = discovery.ignoring(GitIgnored::under);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().lines().findFirst().orElse("bad glob"), e);
        }
        FileDiscovery.Found found = discovery.discover(in.paths);
        found.failures().forEach(f -> LOG.error(f.describe()));
        if (found.ignored() > 0) {
            LOG.info("skipped {} {} that git ignores; --no-gitignore checks them too", found.ignored(),
                    found.ignored() == 1 ? "file or folder" : "files and folders");
        }
        if (found.passedOverCount() > 0) {
            int n = found.passedOverCount();
            LOG.info("passed over {} {} in the folders that {} not documents ({}); name them, or match them"
                    + " with --include, to check them", n, n == 1 ? "file" : "files", n == 1 ? "is" : "are",
                    found.describePassedOver());
        }
        if (found.files().isEmpty() && found.failures().isEmpty()) {
            LOG.warn("no files to check under {}", in.paths);
        }
        return found;
    }

    /** Loads the files and runs the checks. */
    Report run(FileDiscovery.Found found, RunSettings settings, Progress progress) {
        long t0 = System.nanoTime();
        Engine engine = new Engine(checks);
        engine.prepareInBackground(settings);
        LoadResult loaded = load(found.files(), progress);
        if (LOG.isDebugEnabled()) {
            for (Document d : loaded.documents()) {
                LOG.debug(String.format(Locale.ROOT, "loaded %s (%s): %d blocks, %d words",
                        d.id(), d.format().id(), d.blocks().size(), d.wordCount()));
            }
        }
        long t1 = System.nanoTime();
        LOG.debug("loaded {} files in {} ms", found.files().size(), (t1 - t0) / 1_000_000);
        List<LoadFailure> failures = new ArrayList<>(found.failures());
        failures.addAll(loaded.failures());
        progress.update("checking", found.files().size(), found.files().size());
        Report report = engine.run(Corpus.of(loaded.documents()), failures, settings);
        LOG.debug("checked in {} ms", (System.nanoTime() - t1) / 1_000_000);
        return report;
    }

    /** Loads in slices when a progress bar may be shown, else all at once. */
    private static LoadResult load(List<SourceFile> files, Progress progress) {
        DocumentLoader loader = DocumentLoader.create(Segmenter.english());
        if (!progress.enabled()) {
            return loader.load(files);
        }
        int slice = Math.max(16, files.size() / 50);
        List<Document> documents = new ArrayList<>();
        List<LoadFailure> failures = new ArrayList<>();
        for (int from = 0; from < files.size(); from += slice) {
            LoadResult part = loader.load(files.subList(from, Math.min(files.size(), from + slice)));
            documents.addAll(part.documents());
            failures.addAll(part.failures());
            progress.update("loading", Math.min(files.size(), from + slice), files.size());
        }
        return new LoadResult(documents, failures);
    }
}
