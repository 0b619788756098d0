package org.scorelab.render.lilypond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scorelab.render.verovio.RenderException;

/** The page cut to its staff, on the shape of LilyPond 2.24's SVG. */
class LilypondSvgTest {

    private static String staffLine(double y, double length) {
        return "<g transform=\"translate(5.6906, " + y + ")\">\n<line stroke-linejoin=\"round\" stroke-linecap=\"round\" stroke-width=\"0.1000\""
                + " stroke=\"currentColor\" x1=\"0.0500\" y1=\"0\" x2=\"" + length + "\" y2=\"0\"/>\n</g>\n";
    }

    private static final String HEAD = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" width=\"178.26mm\" height=\"297.00mm\""
            + " viewBox=\"0.0000 -0.0000 101.4374 169.0094\">\n";

    @Test
    void thePageIsCutToTheStaffAndSizedInStaffSpaces() throws Exception {
        StringBuilder svg = new StringBuilder(HEAD);
        for (int i = 0; i < 5; i++) {
            svg.append(staffLine(20.5 + i, 90.0));
        }
        svg.append(staffLine(30.0, 2.0)).append("</svg>\n");
        String cut = LilypondSvg.trimmed(svg.toString());
        assertThat(cut).contains("width=\"202.8748\" height=\"56.0000\" viewBox=\"0.0000 8.5000 101.4374 28.0000\"")
                .doesNotContain("mm\"");
        assertThat(LilypondSvg.staff(svg.toString())).containsExactly(20.5, 24.5);
    }

    @Test
    void aPageWithoutAFiveLineStaffIsRefused() {
        StringBuilder svg = new StringBuilder(HEAD);
        for (int i = 0; i < 4; i++) {
            svg.append(staffLine(20.5 + i, 90.0));
        }
        assertThatThrownBy(() -> LilypondSvg.trimmed(svg + "</svg>")).isInstanceOf(RenderException.class)
                .hasMessage("LilyPond drew 4 staff lines, expected 5");
        assertThatThrownBy(() -> LilypondSvg.trimmed("<html/>")).isInstanceOf(RenderException.class)
                .hasMessage("LilyPond's output is not an SVG document");
    }
}
