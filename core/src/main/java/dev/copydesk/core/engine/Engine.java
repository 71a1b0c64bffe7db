package dev.copydesk.core.engine;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.load.LoadFailure;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Suppression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs checks over a corpus and applies the run's policy. Checks run concurrently on a
 * work-stealing pool of one thread per core by default (the parallel streams inside a check share
 * those threads), taken in the order they were given (so the longest, listed first, start first);
 * their findings are then merged in that fixed order, filtered (suppressions, documents reported
 * on, baseline), given their configured severity, de-duplicated and sorted, so the report does not
 * depend on the number of threads or on which check finished first.
 */
public final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final List<Check> checks;
    private final int threads;

    /** An engine over a list of available checks (usually {@code BuiltInChecks.all()}), one thread per core. */
    public Engine(List<Check> checks) {
        this(checks, Runtime.getRuntime().availableProcessors());
    }

    /** An engine that runs at most {@code threads} checks at a time. */
    public Engine(List<Check> checks, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.checks = List.copyOf(checks);
        this.threads = threads;
    }

    /**
     * Starts each enabled check's {@link Check#prepare} on a daemon thread of its own and returns at
     * once, so that dictionaries and data files are read while the documents load, and a short run
     * (a few files) waits for the slowest check's data, not for all of them in turn. A failure there is
     * ignored: {@link #run} reads whatever was not prepared, and reports its own errors.
     */
    public void prepareInBackground(RunSettings settings) {
        List<Check> enabled = enabled(settings);
        for (Check c : enabled) {
            Thread t = new Thread(() -> {
                try {
                    c.prepare(settings.dialect());
                } catch (RuntimeException e) {
                    LOG.debug("preparing {} failed; it will read its data when it runs", c.info().id(), e);
                }
            }, "copydesk-prepare-" + c.info().id());
            t.setDaemon(true);
            t.start();
        }
    }

    private List<Check> enabled(RunSettings settings) {
        return checks.stream()
                .filter(c -> settings.enabledChecks().isEmpty() || settings.enabledChecks().contains(c.info().id()))
                .toList();
    }

    /** Runs the enabled checks and returns the finished report. */
    public Report run(Corpus corpus, List<LoadFailure> failures, RunSettings settings) {
        List<Check> enabled = enabled(settings);
        List<List<Finding>> perCheck = runAll(enabled, corpus, settings);

        Map<String, Document> byId = new HashMap<>();
        corpus.documents().forEach(d -> byId.put(d.id(), d));
        Map<String, Integer> baseline = new HashMap<>();
        settings.baseline().forEach(fp -> baseline.merge(fp, 1, Integer::sum));

        List<Finding> all = new ArrayList<>();
        perCheck.forEach(all::addAll);
        all.sort(null);
        List<Finding> kept = new ArrayList<>(all.size());
        // with checkOtherLanguages, every check reads a passage in another language as if it were English
        Set<String> anyLanguage = enabled.stream().filter(c -> !c.readsEnglish() || settings.checkOtherLanguages())
                .map(c -> c.info().id()).collect(Collectors.toSet());
        int suppressed = 0;
        int baselined = 0;
        Finding previous = null;
        for (Finding f : all) {
            if (previous != null && previous.compareTo(f) == 0) {
                continue; // the same finding twice
            }
            previous = f;
            if (!settings.reportDocuments().isEmpty()
                    && !settings.reportDocuments().contains(f.location().documentId())) {
                continue;
            }
            if (isSuppressed(f, byId.get(f.location().documentId()), anyLanguage)) {
                suppressed++;
                continue;
            }
            Integer left = baseline.isEmpty() ? null : baseline.get(f.fingerprint()); // a hash per finding otherwise
            if (left != null && left > 0) {
                baseline.put(f.fingerprint(), left - 1);
                baselined++;
                continue;
            }
            Severity override = settings.severities().get(f.checkId());
            kept.add(override == null ? f : f.withSeverity(override));
        }
        List<CheckInfo> infos = enabled.stream().map(Check::info).toList();
        List<DocumentSummary> docs = corpus.documents().stream().map(DocumentSummary::of).toList();
        List<LoadFailure> sortedFailures = new ArrayList<>(failures);
        sortedFailures.sort(null);
        return new Report(infos, docs, kept, sortedFailures, suppressed, baselined, corpus.documents());
    }

    /** Each check's findings, in the order of {@code enabled}, whatever order they finish in. */
    private List<List<Finding>> runAll(List<Check> enabled, Corpus corpus, RunSettings settings) {
        int n = Math.min(threads, enabled.size());
        if (n <= 1) {
            return enabled.stream().map(c -> runOne(c, corpus, settings)).toList();
        }
        AtomicInteger thread = new AtomicInteger();
        // A work-stealing pool: the parallel streams inside a check run on these same threads, so
        // a check waiting for its own subtasks helps with them instead of spinning beside another
        // check's, and there are never more busy threads than cores.
        ExecutorService pool = new ForkJoinPool(n, p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName("copydesk-check-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, null, false);
        try {
            List<Future<Outcome>> futures = new ArrayList<>(enabled.size());
            for (Check c : enabled) {
                futures.add(pool.submit(() -> Outcome.of(() -> runOne(c, corpus, settings))));
            }
            List<List<Finding>> perCheck = new ArrayList<>(enabled.size());
            for (Future<Outcome> f : futures) {
                perCheck.add(f.get().findings());
            }
            return perCheck;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What a check's task gave: its findings, or what it threw. The task returns a failure rather than
     * throwing it, because a fork-join pool hands a thrown exception back as a copy (its message
     * prefixed with the original's class), and the run must fail with the check's own exception.
     */
    private record Outcome(List<Finding> found, RuntimeException failure, Error error) {
        static Outcome of(Supplier<List<Finding>> run) {
            try {
                return new Outcome(run.get(), null, null);
            } catch (RuntimeException e) {
                return new Outcome(null, e, null);
            } catch (Error e) {
                return new Outcome(null, null, e);
            }
        }

        /** The findings, or the check's own exception thrown again. */
        List<Finding> findings() {
            if (failure != null) {
                throw failure;
            }
            if (error != null) {
                throw error;
            }
            return found;
        }
    }

    private static List<Finding> runOne(Check check, Corpus corpus, RunSettings settings) {
        CheckInfo info = check.info();
        CheckContext context = new CheckContext(info, settings.dialect(), settings.acceptedWords(),
                settings.houseStyle(), settings.options().getOrDefault(info.id(), Map.of()));
        long t0 = System.nanoTime();
        List<Finding> found = check.run(corpus, context);
        LOG.debug("check {}: {} findings in {} ms", info.id(), found.size(), (System.nanoTime() - t0) / 1_000_000);
        for (Finding f : found) {
            if (!Objects.equals(f.checkId(), info.id())) {
                throw new IllegalStateException("check " + info.id() + " returned a finding of " + f.checkId());
            }
        }
        return found;
    }

    /**
     * Whether a document's suppressions drop a finding: a region its comments made, or a passage in
     * another language unless the finding's check reads text in any language ({@code anyLanguage}).
     */
    private static boolean isSuppressed(Finding f, Document document, Set<String> anyLanguage) {
        if (document == null) {
            return false;
        }
        for (Suppression s : document.suppressions()) {
            if (s.covers(f.checkId(), f.location().blockIndex())
                    && !(s.isOtherLanguage() && anyLanguage.contains(f.checkId()))) {
                return true;
            }
        }
        return false;
    }
}
