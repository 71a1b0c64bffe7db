package dev.copydesk.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copydesk.core.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    private static final Location A = new Location("a.txt", 0, 0, 22, 1, 1, 1, 23, 0);
    private static final Location B = new Location("b.txt", 0, 0, 18, 1, 1, 1, 19, 0);

    @Test
    void aComparisonRefusesAMemberComparedWithAMemberItDoesNotHave() {
        Evidence.Member first = new Evidence.Member(A, "The minister resigned.", 1.0, List.of());
        assertThat(new Evidence.Comparison("near", List.of(first,
                new Evidence.Member(B, "The minister quit.", 0.7, List.of(), 0))).members()).hasSize(2);
        assertThatThrownBy(() -> new Evidence.Comparison("near", List.of(first,
                new Evidence.Member(B, "The minister quit.", 0.7, List.of(), 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("member 2 of 2");
        assertThatThrownBy(() -> new Evidence.Member(B, "The minister quit.", 0.7, List.of(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
