package dev.copydesk.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockWordsTest {
    private static final Word A = new Word("a", WordKind.WORD, 0, 1, 0, true, false);
    private static final Word B = new Word("b", WordKind.WORD, 2, 3, 0, false, false);

    @Test
    void isAnUnmodifiableCopyEqualToAnyListOfTheSameWords() {
        List<Word> source = new ArrayList<>(List.of(A, B));
        List<Word> copy = BlockWords.copyOf(source);
        source.clear();
        assertThat(copy).containsExactly(A, B).isEqualTo(List.of(A, B)).hasSameHashCodeAs(List.of(A, B));
        assertThatThrownBy(() -> copy.add(A)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.set(0, B)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(BlockWords.copyOf(copy)).isSameAs(copy);
        assertThat(BlockWords.copyOf(List.of())).isEmpty();
    }

    @Test
    void refusesNullWords() {
        assertThatThrownBy(() -> BlockWords.copyOf(Arrays.asList(A, null))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void isTheListEveryBlockKeeps() {
        Block block = new Block(BlockKind.PARAGRAPH, 0, "a b", List.of(new Sentence(0, 3, 0, 2)), List.of(A, B),
                SourceMap.NONE, 0);
        assertThat(block.words()).isInstanceOf(BlockWords.class).containsExactly(A, B);
    }
}
