package dev.copydesk.core.checks.variant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.corpus.TermIndex;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateTest {
    @Test
    void keepsItsFormsInTextOrderWhateverOrderTheyCameIn() {
        Map<String, TermIndex.Form> forms = new HashMap<>();
        for (String text : new String[] {"President al-Assad\u2019s", "President al-Assad's", "PRESIDENT AL-ASSAD'S"}) {
            forms.put(text, new TermIndex.Form(text, 1, 0, new long[] {text.hashCode()}));
        }

        Candidate candidate = new Candidate("president al-assad's", 2, Candidate.Source.NAME, forms);

        assertThat(candidate.forms().keySet())
                .containsExactly("PRESIDENT AL-ASSAD'S", "President al-Assad's", "President al-Assad\u2019s");
    }
}
