package dev.copydesk.core.load;

import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.Suppression;
import dev.copydesk.core.segment.Segmenter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads files into {@link Document}s in parallel, one task per file, through the loader for each
 * file's format: plain text and Markdown directly, everything else through Apache Tika (whose
 * parser is only created when a file needs it). A file that cannot be read becomes a
 * {@link LoadFailure} with a one-line reason, logged once; the other files are still loaded.
 */
public final class DocumentLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentLoader.class);

    private final Segmenter segmenter;
    private final long maxBytes;
    private final Duration timeout;
    private final int threads;
    private final FormatLoader text = new PlainTextLoader();
    private final FormatLoader markdown = new MarkdownLoader();
    private final TikaLoader tika;

    private DocumentLoader(Segmenter segmenter, long maxBytes, Duration timeout, int threads) {
        this.segmenter = Objects.requireNonNull(segmenter);
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.threads = threads;
        this.tika = new TikaLoader((int) Math.min(Integer.MAX_VALUE - 8, maxBytes), text);
    }

    /**
     * Default limits: 50 MB a file (and, for files read through Tika, 50 M characters of extracted
     * text), 60 s a file, one thread per core.
     */
    public static DocumentLoader create(Segmenter segmenter) {
        return create(segmenter, 50L * 1024 * 1024, Duration.ofSeconds(60),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * A loader with explicit limits.
     *
     * @param maxBytes files larger than this are refused as oversized; also Tika's write limit, in
     *                 characters of extracted text
     * @param timeout  a file whose read and parse run longer (from when its load starts) is
     *                 abandoned and reported
     * @param threads  how many files are loaded at once
     */
    public static DocumentLoader create(Segmenter segmenter, long maxBytes, Duration timeout, int threads) {
        if (maxBytes <= 0 || threads <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
        return new DocumentLoader(segmenter, maxBytes, timeout, threads);
    }

    /** Loads every file; never throws for a bad file. */
    public LoadResult load(List<SourceFile> files) {
        List<Document> documents = new ArrayList<>(files.size());
        List<LoadFailure> failures = new ArrayList<>();
        if (files.isEmpty()) {
            return new LoadResult(documents, failures);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), r -> {
            Thread t = new Thread(r, "copydesk-load");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Task> tasks = new ArrayList<>(files.size());
            for (SourceFile file : files) {
                Task task = new Task(file);
                task.future = pool.submit(task);
                tasks.add(task);
            }
            for (Task task : tasks) {
                collect(task, documents, failures);
            }
        } finally {
            pool.shutdownNow();
        }
        return new LoadResult(documents, failures);
    }

    /** One file's load; the time limit counts from when it starts, not from when it was queued. */
    private final class Task implements Callable<Document> {
        private final SourceFile file;
        private volatile long startNanos;
        private Future<Document> future;

        Task(SourceFile file) {
            this.file = file;
        }

        @Override
        public Document call() throws LoadException {
            startNanos = System.nanoTime();
            return loadOne(file);
        }

        /** Nanoseconds left before the limit; the full limit while the task has not started. */
        long remainingNanos() {
            long started = startNanos;
            return started == 0 ? timeout.toNanos() : started + timeout.toNanos() - System.nanoTime();
        }
    }

    private void collect(Task task, List<Document> documents, List<LoadFailure> failures) {
        SourceFile file = task.file;
        try {
            while (true) {
                try {
                    documents.add(task.future.get(Math.max(0, task.remainingNanos()), TimeUnit.NANOSECONDS));
                    return;
                } catch (TimeoutException e) {
                    if (task.startNanos != 0 && task.remainingNanos() <= 0) {
                        task.future.cancel(true);
                        fail(failures, file, "took longer than the limit of " + describe(timeout));
                        return;
                    }
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            LOG.debug("loading {} failed", file.id(), cause);
            fail(failures, file, cause instanceof LoadException ? cause.getMessage() : "internal error: " + cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(failures, file, "interrupted");
        }
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** How many Tika parsers this loader created: 0 unless a file needed Tika, never more than 1. */
    int tikaParsersCreated() {
        return tika.parsersCreated();
    }

    private static void fail(List<LoadFailure> failures, SourceFile file, String reason) {
        LoadFailure failure = new LoadFailure(file.id(), reason);
        LOG.error(failure.describe());
        failures.add(failure);
    }

    /** Loads one file on the calling thread. */
    public Document loadOne(SourceFile file) throws LoadException {
        byte[] bytes = read(file);
        if (bytes.length == 0) {
            throw new LoadException("empty file");
        }
        return withOtherLanguages(loaderFor(file).load(file, bytes, segmenter));
    }

    /**
     * The document with its passages in other languages than English ({@link OtherLanguage}) among
     * its suppressions.
     */
    private static Document withOtherLanguages(Document document) {
        List<Suppression> passages = OtherLanguage.passages(document.blocks(), document.language());
        if (passages.isEmpty()) {
            return document;
        }
        LOG.debug("{}: {} passage(s) in another language, from block {}", document.id(), passages.size(),
                passages.get(0).fromBlock());
        List<Suppression> all = new ArrayList<>(document.suppressions());
        all.addAll(passages);
        return new Document(document.id(), document.format(), document.blocks(), all, document.afterCode(),
                document.language());
    }

    private FormatLoader loaderFor(SourceFile file) {
        return switch (file.extension()) {
            case "md", "markdown", "mdown", "mkd", "mkdn" -> markdown;
            case "txt", "text", "" -> text;
            default -> tika;
        };
    }

    private byte[] read(SourceFile file) throws LoadException {
        try {
            long size = Files.size(file.path());
            if (size > maxBytes) {
                throw new LoadException("file too large (" + size + " bytes; the limit is " + maxBytes + ")");
            }
            try (InputStream in = Files.newInputStream(file.path())) {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        } catch (AccessDeniedException e) {
            throw new LoadException("permission denied", e);
        } catch (NoSuchFileException e) {
            throw new LoadException("no such file", e);
        } catch (IOException e) {
            String msg = e.getMessage();
            if (msg != null && msg.contains("Is a directory")) {
                throw new LoadException("is a folder", e);
            }
            throw new LoadException("I/O error: " + Objects.toString(msg, e.getClass().getSimpleName()), e);
        }
    }
}
