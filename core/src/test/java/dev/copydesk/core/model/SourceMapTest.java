package dev.copydesk.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceMapTest {

    @Test
    void mapsOffsetsOfAHardWrappedParagraphToTheirLinesAndColumns() {
        // "First line here. Second one," from lines 3 (indented by 2) and 4, joined by a space
        SourceMap map = SourceMap.builder().segment(0, 12, 3, 3).segment(17, 31, 4, 1).build();
        assertThat(map.isPresent()).isTrue();
        assertThat(map.line(0)).isEqualTo(3);
        assertThat(map.column(0)).isEqualTo(3);
        assertThat(map.column(5)).isEqualTo(8);
        assertThat(map.sourceOffset(5)).isEqualTo(17);
        assertThat(map.line(16)).isEqualTo(3);
        assertThat(map.line(17)).isEqualTo(4);
        assertThat(map.column(17)).isEqualTo(1);
        assertThat(map.column(20)).isEqualTo(4);
        assertThat(map.sourceOffset(20)).isEqualTo(34);
        assertThat(map.line(500)).isEqualTo(4);
    }

    @Test
    void findsTheRightSegmentAmongMany() {
        SourceMap.Builder b = SourceMap.builder();
        for (int k = 0; k < 50; k++) {
            b.segment(k * 10, 1000 + k * 100, k + 1, 2);
        }
        SourceMap map = b.build();
        for (int offset = 0; offset < 520; offset++) {
            int k = Math.min(49, offset / 10);
            assertThat(map.line(offset)).as("line of %d", offset).isEqualTo(k + 1);
            assertThat(map.column(offset)).isEqualTo(2 + offset - k * 10);
            assertThat(map.sourceOffset(offset)).isEqualTo(1000 + k * 100 + offset - k * 10);
        }
    }

    @Test
    void aLaterSegmentAtTheSameOffsetReplacesAnEmptyOne() {
        SourceMap map = SourceMap.builder().segment(0, 0, 1, 1).segment(5, 10, 2, 1).segment(5, 20, 3, 4).build();
        assertThat(map.line(5)).isEqualTo(3);
        assertThat(map.column(6)).isEqualTo(5);
        assertThat(map.line(4)).isEqualTo(1);
    }

    @Test
    void knowsNothingWithoutSegments() {
        assertThat(SourceMap.builder().build()).isSameAs(SourceMap.NONE);
        assertThat(SourceMap.NONE.isPresent()).isFalse();
        assertThat(SourceMap.NONE.line(3)).isZero();
        assertThat(SourceMap.NONE.column(3)).isZero();
        assertThat(SourceMap.NONE.sourceOffset(3)).isEqualTo(-1);
    }
}
