package dev.copydesk.core.checks.typo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChannelModelTest {
    private static final ChannelModel SHIPPED = ChannelModel.shipped();

    @ParameterizedTest(name = "{0}: {1} is a likelier slip than {2}")
    @CsvSource({
        "recieve, receive, relieve", // ie/ei swapped, against a letter for another
        "teh, the, ten",
        "fone, phone, fine", // f for ph, a slip of two letters learnt as one
        "definate, definite, defiance",
        "seperate, separate, serrate",
        "existance, existence, distance",
        "acheive, achieve, archive",
    })
    void theSlipsPeopleMakeCostLessThanOtherEdits(String typed, String likely, String unlikely) {
        assertThat(SHIPPED.cost(typed, likely)).isLessThan(SHIPPED.cost(typed, unlikely));
    }

    @Test
    void aSlipSeenInTheListCostsLessThanTheSameKindOfEditNeverSeen() {
        Map<String, String> list = new HashMap<>();
        for (char c = 'a'; c <= 'e'; c++) {
            list.put("xqz" + c, "xzq" + c); // zq typed as qz, five times
        }
        ChannelModel learnt = ChannelModel.learn(list);

        assertThat(learnt.cost("aqzb", "azqb")).isLessThan(learnt.cost("akmb", "amkb"));
        assertThat(learnt.cost("abc", "abc")).isZero();
    }

    @Test
    void alignsAMisspellingWithItsCorrectionStepByStep() {
        List<String[]> steps = ChannelModel.align("recieve", "receive");

        assertThat(steps).extracting(s -> s[0] + ">" + s[1])
                .containsExactly("r>r", "e>e", "c>c", "ei>ie", "v>v", "e>e");
        assertThat(ChannelModel.align("xyzzy", "receive")).as("another word, not a slip").isNull();
    }

    @Test
    void aModelWrittenAndReadBackGivesTheSameCosts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SHIPPED.write(out);
        ChannelModel read = ChannelModel.read(new ByteArrayInputStream(out.toByteArray()));

        for (String[] pair : List.of(new String[] {"fone", "phone"}, new String[] {"goverment", "government"},
                new String[] {"accomodate", "accommodate"}, new String[] {"syrain", "syrian"})) {
            assertThat(read.cost(pair[0], pair[1])).isEqualTo(SHIPPED.cost(pair[0], pair[1]));
        }
    }

    @Test
    void aTruncatedModelFileIsRefusedWithAnIoError() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SHIPPED.write(out);
        byte[] cut = java.util.Arrays.copyOf(out.toByteArray(), 100);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChannelModel.read(new ByteArrayInputStream(cut)))
                .isInstanceOf(IOException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ChannelModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4})))
                .isInstanceOf(IOException.class).hasMessageContaining("not a channel model");
    }

    @Test
    void theShippedResourceIsTheModelOfTheShippedList() throws IOException {
        ByteArrayOutputStream learnt = new ByteArrayOutputStream();
        ChannelModel.learn(KnownMisspellings.general()).write(learnt);
        try (InputStream in = ChannelModel.class.getResourceAsStream(ChannelModel.RESOURCE)) {
            assertThat(in).as("the build writes " + ChannelModel.RESOURCE).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(learnt.toByteArray());
        }
    }
}
