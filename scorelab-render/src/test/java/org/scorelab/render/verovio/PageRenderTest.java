package org.scorelab.render.verovio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The worker's page requests: layout read back from the SVG, page choice, and staves unchanged. */
class PageRenderTest {
    private static VerovioWorker worker;
    private static String mei;

    @BeforeAll
    static void start() throws RenderException {
        worker = new VerovioWorker(WorkerAssumptions.installedSetup());
        String one = WorkerAssumptions.resource("d-major.mei");
        int open = one.indexOf("<measure");
        int close = one.lastIndexOf("</measure>") + "</measure>".length();
        String measures = one.substring(open, close);
        StringBuilder many = new StringBuilder();
        int n = 0;
        for (int i = 0; i < 40; i++) {
            Matcher m = Pattern.compile("<measure( [^>]*)?>").matcher(measures);
            while (m.find()) {
                n++;
                m.appendReplacement(many, "<measure n=\"" + n + "\">");
            }
            m.appendTail(many);
        }
        mei = one.substring(0, open) + many + one.substring(close);
    }

    @AfterAll
    static void stop() {
        if (worker != null) {
            worker.close();
        }
    }

    @Test
    void pageLayoutGivesSystemsWithTheirMeasuresAndStaffLines() throws Exception {
        PageLayout small = new PageLayout(1200, 1600, 60, false);
        RenderedPage page = worker.renderPage(mei, RenderOptions.DEFAULT, small, 1);
        assertThat(page.image().width()).isBetween(1199, 1201);
        assertThat(page.image().height()).isBetween(1599, 1601);
        assertThat(page.pages()).isGreaterThan(1);
        assertThat(page.systems()).hasSizeGreaterThan(3);
        List<String> measures = new ArrayList<>();
        double previousBottom = 0;
        for (RenderedPage.SystemLayout s : page.systems()) {
            assertThat(s.staves()).hasSize(1);
            RenderedPage.StaffLayout staff = s.staves().get(0);
            assertThat(staff.interline()).isCloseTo(18.0, within(0.01));
            assertThat(staff.left()).isCloseTo(60.0, within(1.0));
            assertThat(staff.right()).isLessThanOrEqualTo(1141.0);
            assertThat(staff.lines().get(0)).isGreaterThan(previousBottom);
            previousBottom = staff.lines().get(4);
            measures.addAll(s.measures());
        }
        assertThat(measures.get(0)).isEqualTo("1");
        for (int i = 1; i < measures.size(); i++) {
            assertThat(Integer.parseInt(measures.get(i))).isEqualTo(Integer.parseInt(measures.get(i - 1)) + 1);
        }
        RenderedPage second = worker.renderPage(mei, RenderOptions.DEFAULT, small, 2);
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.systems().get(0).measures().get(0))
                .isEqualTo(String.valueOf(Integer.parseInt(measures.get(measures.size() - 1)) + 1));
    }

    @Test
    void aPageBeyondTheMusicIsRefusedAndStavesStillRenderAsBefore() throws Exception {
        RenderedImage staffBefore = worker.render(WorkerAssumptions.resource("d-major.mei"), RenderOptions.DEFAULT);
        assertThatThrownBy(() -> worker.renderPage(mei, RenderOptions.DEFAULT, PageLayout.A4_300_DPI, 99))
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith("Verovio: page 99 does not exist: the music fills ");
        RenderedImage staffAfter = worker.render(WorkerAssumptions.resource("d-major.mei"), RenderOptions.DEFAULT);
        assertThat(staffAfter.png()).isEqualTo(staffBefore.png());
    }
}
