package dev.copydesk.cli;

import dev.copydesk.core.load.FileDiscovery;
import dev.copydesk.core.load.SourceFile;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Refuses, before anything runs, to write a report over one of the run's inputs or twice to one file. */
final class InputGuard {
    private InputGuard() {
    }

    /**
     * @param outputs     the files about to be written
     * @param found       the documents to check
     * @param otherInputs other files the run reads (configuration, baseline)
     */
    static void refuseOverwriting(List<Path> outputs, FileDiscovery.Found found, List<Optional<Path>> otherInputs) {
        Set<Path> inputs = new HashSet<>();
        for (SourceFile f : found.files()) {
            inputs.add(GitChanges.realPath(f.path()));
        }
        otherInputs.forEach(p -> p.ifPresent(q -> inputs.add(GitChanges.realPath(q))));
        Set<Path> seen = new HashSet<>();
        for (Path out : outputs) {
            Path real = GitChanges.realPath(out);
            if (inputs.contains(real)) {
                throw new UsageException("refusing to write " + out + ": it is one of the inputs");
            }
            if (!seen.add(real)) {
                throw new UsageException("two reports would be written to " + out);
            }
        }
    }
}
