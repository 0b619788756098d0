package org.scorelab.render.verovio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import javax.imageio.ImageIO;

class VerovioWorkerTest {
    private static VerovioWorker worker;
    private static final String MEI = WorkerAssumptions.resource("d-major.mei");

    @BeforeAll
    static void start() throws RenderException {
        worker = new VerovioWorker(WorkerAssumptions.installedSetup(), Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (worker != null) {
            worker.close();
        }
    }

    private static BufferedImage decode(RenderedImage r) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(r.png()));
    }

    @Test
    void rendersHandWrittenMeiAsGrayscaleStaffWithPrimusInterline() throws Exception {
        RenderedImage r = worker.render(MEI, RenderOptions.DEFAULT);
        BufferedImage img = decode(r);
        assertThat(img.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(img.getWidth()).isEqualTo(r.width());
        assertThat(img.getHeight()).isEqualTo(r.height()).isBetween(150, 230);
        StaffLines lines = StaffLines.find(img);
        assertThat(lines.centers()).hasSize(5);
        assertThat(lines.interline()).isCloseTo(18.0, org.assertj.core.data.Offset.offset(0.75));
        assertThat(worker.verovioVersion()).startsWith("6.3.0");
    }

    @Test
    void everyBundledFontRendersAtTheSameScale() throws Exception {
        for (String font : RenderOptions.FONTS) {
            BufferedImage img = decode(worker.render(MEI, new RenderOptions(font, 100, 0.3, 0.55, 20)));
            assertThat(StaffLines.find(img).interline()).as(font).isCloseTo(18.0, org.assertj.core.data.Offset.offset(0.75));
        }
    }

    @Test
    void badMeiFailsThatRequestOnlyAndTheWorkerGoesOn() throws Exception {
        int startsBefore = worker.starts();
        assertThatThrownBy(() -> worker.render("<mei>broken", RenderOptions.DEFAULT))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("Verovio could not load the MEI")
                .hasMessageContaining("No <music> element");
        RenderedImage after = worker.render(MEI, RenderOptions.DEFAULT);
        assertThat(decode(after).getHeight()).isBetween(150, 230);
        assertThat(worker.starts()).isEqualTo(startsBefore);
    }

    @Test
    void optionsOfOneRequestDoNotLeakIntoTheNext() throws Exception {
        RenderOptions a = new RenderOptions("Leland", 100, 0.2, 0.5, 30);
        RenderOptions b = new RenderOptions("Leland", 100, 0.35, 0.75, 5);
        byte[] first = worker.render(MEI, a).png();
        RenderedImage other = worker.render(MEI, b);
        assertThat(other.png()).isNotEqualTo(first);
        assertThat(worker.render(MEI, a).png()).isEqualTo(first);
    }

    @Test
    void renderOptionsAreValidatedByName() {
        assertThatThrownBy(() -> new RenderOptions("Arial", 100, 0.25, 0.6, 20))
                .hasMessage("font must be one of [Leipzig, Bravura, Gootville, Petaluma, Leland], was 'Arial'");
        assertThatThrownBy(() -> new RenderOptions("Leipzig", 100, 1.5, 0.6, 20))
                .hasMessage("spacingLinear must be in 0..1, was 1.5");
        assertThat(RenderOptions.DEFAULT.toJson()).isEqualTo("{\"font\":\"Leipzig\",\"scale\":100,"
                + "\"spacingLinear\":0.2500,\"spacingNonLinear\":0.6000,\"pageMarginLeft\":20,\"pageMarginRight\":20,"
                + "\"pageMarginTop\":20,\"pageMarginBottom\":20}");
    }

    @Test
    void sameInputGivesIdenticalBytes() throws Exception {
        RenderOptions o = new RenderOptions("Bravura", 100, 0.2, 0.5, 30);
        assertThat(worker.render(MEI, o).png()).isEqualTo(worker.render(MEI, o).png());
    }

    @Test
    void workerFoundDeadIsRestartedBeforeTheNextRequest() throws Exception {
        try (VerovioWorker w = new VerovioWorker(WorkerAssumptions.installedSetup())) {
            w.render(MEI, RenderOptions.DEFAULT);
            w.killProcessForTest();
            assertThat(decode(w.render(MEI, RenderOptions.DEFAULT)).getHeight()).isBetween(150, 230);
            assertThat(w.starts()).isEqualTo(2);
        }
    }

    @Test
    void timeoutCostsTheProcessNotTheWorker() throws Exception {
        try (VerovioWorker w = new VerovioWorker(WorkerAssumptions.installedSetup(), Duration.ofMillis(1))) {
            assertThatThrownBy(() -> w.render(MEI, RenderOptions.DEFAULT))
                    .isInstanceOf(RenderException.class)
                    .hasMessageContaining("timed out after 1 ms");
            assertThatThrownBy(() -> w.render(MEI, RenderOptions.DEFAULT)).isInstanceOf(RenderException.class);
            assertThat(w.starts()).isEqualTo(2);
        }
    }

    @Test
    void missingNodeModulesSaysWhatToRun(@TempDir Path empty) {
        assertThatThrownBy(() -> new VerovioWorker(new WorkerSetup("node", empty)))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("worker.mjs is missing")
                .hasMessageContaining("scorelab.home");
    }

    @Test
    void missingNodePackagesSayWhatToRun(@TempDir Path dir) throws IOException {
        java.nio.file.Files.copy(WorkerAssumptions.installedSetup().script(), dir.resolve("worker.mjs"));
        assertThatThrownBy(() -> new VerovioWorker(new WorkerSetup("node", dir)))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("node packages are not installed in " + dir.resolve("node_modules"))
                .hasMessageContaining("mvn -pl scorelab-render generate-resources")
                .hasMessageContaining("npm ci");
    }

    @Test
    void missingNodeSaysSo() {
        WorkerSetup real = WorkerAssumptions.installedSetup();
        assertThatThrownBy(() -> new VerovioWorker(new WorkerSetup("/nonexistent/node-binary", real.directory())))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("cannot start '/nonexistent/node-binary'")
                .hasMessageContaining("Node.js");
    }
}
