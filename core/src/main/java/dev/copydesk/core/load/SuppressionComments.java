package dev.copydesk.core.load;

import dev.copydesk.core.model.Suppression;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document's own suppression comments into {@link Suppression}s while its blocks are
 * being emitted: {@code <!-- copydesk-disable typo casing -->} ... {@code <!-- copydesk-enable -->}
 * (no ids means every check; an enable with ids re-enables only those; a disable never closed runs
 * to the end of the document), and {@code <!-- copydesk-disable-next-line typo -->}, which covers
 * the blocks of the next Markdown block only. Not thread-safe: one instance per document.
 */
final class SuppressionComments {
    private static final Pattern COMMENT = Pattern.compile(
            "<!--\\s*copydesk-(disable-next-line|disable|enable)\\b([^>]*?)-->");

    /** A disable still open: the ids it turned off (empty = all) and its first block. */
    private record Open(Set<String> ids, int from) {
    }

    private final List<Open> open = new ArrayList<>();
    private final List<Suppression> done = new ArrayList<>();
    private Set<String> nextBlock;

    /**
     * Reads the comments in an HTML block, in order.
     *
     * @param html       the raw HTML of the block
     * @param blockCount how many document blocks were emitted before it
     */
    void read(String html, int blockCount) {
        Matcher m = COMMENT.matcher(html);
        while (m.find()) {
            Set<String> ids = ids(m.group(2));
            switch (m.group(1)) {
                case "disable-next-line" -> nextBlock = ids;
                case "disable" -> open.add(new Open(ids, blockCount));
                default -> enable(ids, blockCount);
            }
        }
    }

    /** Called after a Markdown block other than an HTML block emitted blocks {@code from..to-1}. */
    void emitted(int from, int to) {
        if (nextBlock != null && to > from) {
            done.add(new Suppression(from, to - 1, nextBlock));
            nextBlock = null;
        }
    }

    /** The suppressions, with every disable still open closed at the last block. */
    List<Suppression> finish(int blockCount) {
        enable(Set.of(), blockCount);
        return List.copyOf(done);
    }

    /**
     * Re-enables checks: no ids ends every open disable; ids end the disables that name them (a
     * disable of some other ids stays open). An open disable of all checks ends on any enable,
     * since "all but these" cannot be expressed: name the checks in the disable instead.
     */
    private void enable(Set<String> ids, int blockCount) {
        List<Open> still = new ArrayList<>();
        for (Open o : open) {
            boolean touched = ids.isEmpty() || o.ids().isEmpty() || o.ids().stream().anyMatch(ids::contains);
            if (!touched) {
                still.add(o);
                continue;
            }
            if (blockCount > o.from()) {
                done.add(new Suppression(o.from(), blockCount - 1, o.ids()));
            }
            Set<String> left = new LinkedHashSet<>(o.ids());
            left.removeAll(ids);
            if (!ids.isEmpty() && !left.isEmpty()) {
                still.add(new Open(left, blockCount));
            }
        }
        open.clear();
        open.addAll(still);
    }

    private static Set<String> ids(String list) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : list.strip().toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }
}
