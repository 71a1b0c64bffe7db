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

    @Test
    void readsEveryFieldOfEveryWordByIndexAsTheWordItMakes() {
        List<Word> words = new ArrayList<>();
        WordKind[] kinds = WordKind.values();
        for (int i = 0; i < 100; i++) { // past the builder's first capacity, every kind and flag
            words.add(new Word(i % 3 == 0 ? "Word" + i : "wé" + i, kinds[i % kinds.length], 10 * i,
                    10 * i + 4 + i % 2, i / 7, i % 7 == 0, i % 5 == 0));
        }
        words.add(new Word("Élan", WordKind.WORD, 1_000_000, 1_000_004, (Integer.MAX_VALUE >>> 8), false, true));
        BlockWords packed = BlockWords.copyOf(words);
        assertThat(packed).hasSize(words.size()).isEqualTo(words);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            assertThat(packed.get(i)).isEqualTo(w).isNotSameAs(w);
            assertThat(packed.text(i)).isSameAs(w.text());
            assertThat(packed.start(i)).isEqualTo(w.start());
            assertThat(packed.end(i)).isEqualTo(w.end());
            assertThat(packed.sentence(i)).isEqualTo(w.sentence());
            assertThat(packed.kind(i)).isEqualTo(w.kind());
            assertThat(packed.sentenceStart(i)).isEqualTo(w.sentenceStart());
            assertThat(packed.invisible(i)).isEqualTo(w.invisible());
            assertThat(packed.isCapitalised(i)).isEqualTo(w.isCapitalised());
        }
        assertThatThrownBy(() -> packed.get(words.size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> packed.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void refusesASentenceIndexItCannotPack() {
        BlockWords.Builder b = new BlockWords.Builder(1);
        assertThatThrownBy(() -> b.add("a", WordKind.WORD, 0, 1, (Integer.MAX_VALUE >>> 8) + 1, true, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.add("a", WordKind.WORD, 0, 1, -1, true, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.add("a", WordKind.WORD, 2, 1, 0, true, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(b.size()).isZero();
        assertThat(b.build()).isEmpty();
    }

    @Test
    void aBuilderClearedAfterEachBlockGivesEachBlockItsOwnWords() {
        BlockWords.Builder b = new BlockWords.Builder(1);
        b.add("Rebels", WordKind.WORD, 0, 6, 0, true, false).add("advance", WordKind.WORD, 7, 14, 0, false, false);
        BlockWords first = b.buildAndClear();
        b.add("Damascus", WordKind.WORD, 0, 8, 0, true, false);
        BlockWords second = b.buildAndClear();

        assertThat(first.size()).isEqualTo(2);
        assertThat(first.text(0)).isEqualTo("Rebels");
        assertThat(first.text(1)).isEqualTo("advance");
        assertThat(first.end(1)).isEqualTo(14);
        assertThat(second.size()).isEqualTo(1);
        assertThat(second.text(0)).isEqualTo("Damascus");
        assertThat(b.size()).isZero();
        assertThat(b.buildAndClear()).isEmpty();
    }
}
