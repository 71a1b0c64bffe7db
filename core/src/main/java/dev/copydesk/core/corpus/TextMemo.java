package dev.copydesk.core.corpus;

import dev.copydesk.core.model.Block;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What is worked out from a block's text alone, kept for the block texts the corpus repeats
 * ({@link Corpus#repeated}: syndicated copy, boilerplate, recycled paragraphs) and worked out
 * afresh for a text of one block, where keeping it would only cost. Kept by the text's value, so
 * it does not matter whether blocks of equal text share their segmentation. Thread-safe; one
 * memo serves one kind of result (a check asking two questions of a text keeps two memos).
 *
 * @param <T> the result; the same object is handed to every block of a repeated text, so it must
 *            not be changed after it is made
 */
public final class TextMemo<T> {
    private final Predicate<Block> repeated;
    private final Map<String, T> kept = new ConcurrentHashMap<>();

    TextMemo(Predicate<Block> repeated) {
        this.repeated = repeated;
    }

    /**
     * The result of {@code work} for a block: worked out once per repeated text and kept, every
     * time for the others.
     *
     * @param work what to work out; it must depend on nothing of the block but its text
     */
    public T get(Block block, Function<Block, T> work) {
        return repeated(block) ? kept(block, work) : work.apply(block);
    }

    /** Whether {@link #get} keeps the result for a block's text: whether the corpus repeats it. */
    public boolean repeated(Block block) {
        return repeated.test(block);
    }

    /**
     * The result of {@code work} for the text of a block the caller knows to be
     * {@linkplain #repeated repeated}: worked out the first time, kept for the rest. For a caller
     * that has a cheaper way than a result object for a text of one block.
     */
    public T kept(Block block, Function<Block, T> work) {
        return kept.computeIfAbsent(block.text(), text -> work.apply(block));
    }
}
