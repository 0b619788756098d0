package org.scorelab.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelab.omr.eval.SymbolErrorRate;

class RecognitionPageTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void namesBothImagesBesideTheirResultsAndEscapesEveryText() {
        OmrExample staff = new OmrExample("staff", "A <b>bold</b> & \"quoted\" caption", PNG,
                List.of("clef-G2", "note-A4_quarter", "barline"));
        OmrExample page = new OmrExample("page", "Paddy O'Rafferty", PNG, List.of("clef-G2", "barline"));
        Recognized a = new Recognized(staff, 1, List.of("clef-G2", "note-<A4>_quarter", "barline"), 0.5,
                new Recognized.Stages(0.01, 0.1, 0.2), SymbolErrorRate.EMPTY.plus(staff.truth(), List.of("clef-G2", "x", "barline")),
                List.of("recognition/staff.png", "recognition/staff.semantic", "recognition/staff.wav"), "recognition/staff.recognised.png",
                List.of("a problem with <tags>"));
        Recognized b = new Recognized(page, 10, List.of("clef-G2"), 0.9, new Recognized.Stages(0.1, 0.3, 0.4),
                SymbolErrorRate.EMPTY.plus(page.truth(), List.of("clef-G2")), List.of("recognition/page.png"), null, List.of());
        String html = RecognitionPage.html(new OmrDemo.Report(List.of(a, b), 1.5, 879_390, 1), "models/<omr>");

        assertThat(html).contains("<img src=\"recognition/staff.png\"", "<img src=\"recognition/page.png\"",
                "<img src=\"recognition/staff.recognised.png\"", "<audio controls src=\"recognition/staff.wav\">",
                "<a href=\"recognition/staff.semantic\">staff.semantic</a>");
        assertThat(html).contains("A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; caption", "Paddy O&#39;Rafferty",
                "note-&lt;A4&gt;_quarter", "a problem with &lt;tags&gt;", "models/&lt;omr&gt;");
        assertThat(html).doesNotContain("<b>bold", "<tags>", "<A4>", "<omr>");
        assertThat(html).contains("SER 33.3%", "(1 error in 3 tokens), 1 staff", "SER 50.0%", "10 staves",
                "879,390 parameters", "1 PyTorch thread.");
        assertThat(html).contains("<span class=\"sub\" title=\"truth: note-A4_quarter\">note-&lt;A4&gt;_quarter</span>",
                "<span class=\"del\">barline</span>");
        assertThat(html.indexOf("recognition/staff.png")).isLessThan(html.indexOf("recognition/page.png"));
    }
}
