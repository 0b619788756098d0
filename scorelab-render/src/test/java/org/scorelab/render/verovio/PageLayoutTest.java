package org.scorelab.render.verovio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageLayoutTest {
    @Test
    void pixelSizesAreDividedByTheScaleForVerovio() {
        String json = PageLayout.A4_300_DPI.toJson(120);
        assertThat(json).contains("\"pageWidth\":2066,\"pageHeight\":2923,\"adjustPageWidth\":false")
                .contains("\"breaks\":\"auto\",\"header\":\"auto\",\"pageMarginLeft\":148")
                .contains("\"svgAdditionalAttribute\":[\"measure@n\"]");
        assertThat(new PageLayout(1000, 1400, 50, false).toJson(100))
                .startsWith("\"pageWidth\":1000,\"pageHeight\":1400,").contains("\"header\":\"none\"");
    }

    @Test
    void rejectsImpossiblePages() {
        assertThatThrownBy(() -> new PageLayout(50, 3508, 10, true))
                .hasMessage("page size must be in 100..20000 px each way, was 50x3508");
        assertThatThrownBy(() -> new PageLayout(1000, 1000, 500, true))
                .hasMessage("margin must be at least 0 and leave paper for the music, was 500 on a 1000x1000 page");
    }
}
