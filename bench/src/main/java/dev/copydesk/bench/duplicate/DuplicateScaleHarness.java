package dev.copydesk.bench.duplicate;

import dev.copydesk.core.check.Finding;
import dev.copydesk.core.corpus.Corpus;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * End-to-end run of the duplicate check on a generated corpus: prints the paragraph count, the time
 * to generate and index the corpus, the time of the check (wall, and process CPU: the machine is shared,
 * so CPU time is the steadier figure), the peak heap (sum of the heap pools' peaks)
 * and how many planted groups were reported with all their members. Arguments: the seed folder
 * ({@code testdata/news}), the number of paragraphs, and optionally the random seed. Run one size
 * per JVM so the peak heap is that size's.
 */
public final class DuplicateScaleHarness {
    private DuplicateScaleHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: DuplicateScaleHarness <testdata/news> <paragraphs> [seed] [option=value...]");
            System.exit(2);
        }
        int paragraphs = Integer.parseInt(args[1].replace("_", ""));
        long seed = args.length > 2 && !args[2].contains("=") ? Long.parseLong(args[2]) : 20261122L;
        long t0 = System.nanoTime();
        CorpusGenerator.Generated generated = CorpusGenerator.fromSeeds(Path.of(args[0]), 50_000, seed)
                .generate(paragraphs, seed);
        Corpus corpus = Corpus.of(generated.documents());
        long t1 = System.nanoTime();
        long cpu1 = processCpuNanos();
        List<Finding> findings = CheckRun.run(corpus, CheckRun.options(args, 2));
        long t2 = System.nanoTime();
        long cpu2 = processCpuNanos();

        Set<String> reportedGroups = new HashSet<>();
        Map<String, String> groupOf = new HashMap<>();
        for (Finding f : findings) {
            List<String> members = CheckRun.comparison(f).members().stream()
                    .map(m -> m.location().documentId() + "#" + m.location().blockIndex()).sorted().toList();
            String group = CheckRun.comparison(f).kind() + " " + members;
            reportedGroups.add(group);
            members.forEach(m -> groupOf.put(m, group));
        }
        int found = 0;
        for (CorpusGenerator.Planted p : generated.planted()) {
            String members = p.kind() + " " + p.members().stream()
                    .map(m -> String.format(Locale.ROOT, "gen/%07d.txt#%d", m[0], m[1])).sorted().toList();
            if (reportedGroups.contains(members)) {
                found++;
            } else {
                String firstMember = String.format(Locale.ROOT, "gen/%07d.txt#%d", p.members().get(0)[0],
                        p.members().get(0)[1]);
                System.out.println("planted " + members + " reported as " + groupOf.getOrDefault(firstMember, "nothing"));
            }
        }
        System.out.printf(Locale.ROOT, "paragraphs=%d documents=%d generate+index=%.1fs check=%.1fs checkCpu=%.1fs peakHeap=%dMB "
                        + "findings=%d planted=%d plantedFoundWithTheirKind=%d%n",
                paragraphs, generated.documents().size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (cpu2 - cpu1) / 1e9, peakHeapMb(),
                findings.size(), generated.planted().size(), found);
    }

    /** CPU time of the whole process (all threads, GC included); -1 where the JVM does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
