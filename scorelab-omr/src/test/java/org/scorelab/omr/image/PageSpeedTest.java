package org.scorelab.omr.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scorelab.omr.page.Staff;
import org.scorelab.omr.page.StaffFinder;
import org.scorelab.omr.page.TestPages;
import org.scorelab.render.page.ScanDegradation;

/**
 * Time from the encoded page to the normalised staff crops, on one thread: decode, find the staves
 * (deskew included), crop. Prints the median wall and CPU time per page after a warm-up, and the
 * first (cold) page. Run with {@code mvn -pl scorelab-omr test -Pslow -Dtest=PageSpeedTest}.
 */
@Tag("slow")
class PageSpeedTest {
    private static final int WARM_UP = 15;
    private static final int RUNS = 25;

    @Test
    void a4PageOfElevenStavesToCropsWellUnderASecond() throws Exception {
        byte[] png = TestPages.bytes(TestPages.CLEAN);
        BufferedImage scan = new ScanDegradation(1.3, 0.6, 5, 0.85, 4).apply(TestPages.image(TestPages.CLEAN));
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(scan, "jpeg", jpeg);
        double pngMedian = measure("clean PNG", png);
        double jpegMedian = measure("skewed JPEG scan", jpeg.toByteArray());
        assertThat(pngMedian).isLessThan(1000);
        assertThat(jpegMedian).isLessThan(1000);
    }

    private static double measure(String what, byte[] bytes) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        StaffFinder finder = new StaffFinder();
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        double[][] parts = new double[3][RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long w0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            BufferedImage page = ImageInput.DEFAULT.read(what, bytes);
            long w1 = System.nanoTime();
            List<Staff> staves = finder.find(page);
            long w2 = System.nanoTime();
            List<BufferedImage> crops = StaffCropper.DEFAULT.cropAll(page, staves);
            long w3 = System.nanoTime();
            long c1 = mx.getCurrentThreadCpuTime();
            assertThat(crops).hasSize(11);
            if (i == 0) {
                System.out.printf(Locale.ROOT, "%s, %dx%d, first page (cold JVM): %.0f ms%n", what, page.getWidth(),
                        page.getHeight(), (w3 - w0) / 1e6);
            }
            if (i >= WARM_UP) {
                int k = i - WARM_UP;
                wall[k] = (w3 - w0) / 1e6;
                cpu[k] = (c1 - c0) / 1e6;
                parts[0][k] = (w1 - w0) / 1e6;
                parts[1][k] = (w2 - w1) / 1e6;
                parts[2][k] = (w3 - w2) / 1e6;
            }
        }
        double median = median(wall);
        System.out.printf(Locale.ROOT, "%s: median %.0f ms wall, %.0f ms CPU per page, 1 thread "
                        + "(decode %.0f, find %.0f, crop %.0f ms); %d cores, load average %.1f%n",
                what, median, median(cpu), median(parts[0]), median(parts[1]), median(parts[2]),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return median;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
