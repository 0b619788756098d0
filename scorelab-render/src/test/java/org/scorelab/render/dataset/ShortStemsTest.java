package org.scorelab.render.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShortStemsTest {

    private static final String MEI = String.join("\n",
            "<layer n=\"1\">",
            "  <note xml:id=\"n1\" dur=\"16\" oct=\"4\" pname=\"a\" />",
            "  <beam>",
            "    <note xml:id=\"n2\" dur=\"16\" oct=\"4\" pname=\"b\" />",
            "    <note xml:id=\"n3\" dur=\"16\" oct=\"5\" pname=\"c\" />",
            "  </beam>",
            "  <note xml:id=\"n4\" dur=\"8\" oct=\"4\" pname=\"g\" />",
            "  <note xml:id=\"n5\" dur=\"32\" oct=\"4\" pname=\"f\" accid=\"s\" grace=\"unacc\" />",
            "</layer>");

    @Test
    void shortensOnlyTheStemsOfFlaggedSixteenthsAndShorter() {
        String out = ShortStems.apply(MEI, 5);
        assertThat(out).contains("<note xml:id=\"n1\" dur=\"16\" oct=\"4\" pname=\"a\" stem.len=\"5.0\" />")
                .contains("<note xml:id=\"n5\" dur=\"32\" oct=\"4\" pname=\"f\" accid=\"s\" grace=\"unacc\""
                        + " stem.len=\"5.0\" />");
        // beamed notes have no flags, eighths are left as they are
        assertThat(out.lines().filter(l -> l.contains("stem.len")).count()).isEqualTo(2);
        assertThat(out.replace(" stem.len=\"5.0\"", "")).isEqualTo(MEI);
        assertThat(ShortStems.apply(out, 5)).isEqualTo(out);
    }

    @Test
    void refusesLengthsVerovioCannotMeanForAStem() {
        assertThatThrownBy(() -> ShortStems.apply(MEI, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stem length must be in 2..12 virtual units, was 1.0");
    }
}
