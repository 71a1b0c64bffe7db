package dev.copydesk.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.model.WordKind;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTextsTest {
    private static WordTexts.Text lookUp(WordTexts.Recent recent, String padded, String word) {
        char[] chars = padded.toCharArray();
        return recent.word(chars, padded.indexOf(word), word.length());
    }

    @Test
    void aRecentWordIsFoundByItsCharactersAsThePooledTextWithItsKind() {
        WordTexts texts = new WordTexts();
        WordTexts.Recent recent = texts.recent();
        WordTexts.Text first = lookUp(recent, "  Damascus fell", "Damascus");
        WordTexts.Text again = lookUp(recent, "in Damascus.", "Damascus");
        assertThat(again).isSameAs(first).isSameAs(texts.word("Damascus"));
        assertThat(first.text()).isEqualTo("Damascus");
        assertThat(lookUp(recent, "the HTS said", "HTS").kind()).isEqualTo(WordKind.ACRONYM);
    }

    @Test
    void wordsSharingASlotEachGetTheirOwnTextWhateverTheOrder() {
        WordTexts.Recent recent = new WordTexts().recent();
        Map<Integer, String> bySlot = new HashMap<>();
        String a = null;
        String b = null;
        for (int n = 0; a == null; n++) { // find two words the cache puts in the same slot
            String w = "w" + n;
            int h = w.hashCode();
            String other = bySlot.putIfAbsent((h ^ (h >>> 16)) & (WordTexts.RECENT - 1), w);
            if (other != null) {
                a = other;
                b = w;
            }
        }
        for (String w : new String[] {a, b, a, a, b}) {
            assertThat(lookUp(recent, " " + w + " ", w).text()).isEqualTo(w);
        }
    }

    @Test
    void eachThreadHasItsOwnCache() throws Exception {
        WordTexts texts = new WordTexts();
        WordTexts.Recent[] other = new WordTexts.Recent[1];
        Thread t = new Thread(() -> other[0] = texts.recent());
        t.start();
        t.join();
        assertThat(other[0]).isNotNull().isNotSameAs(texts.recent());
        assertThat(texts.recent()).isSameAs(texts.recent());
    }
}
