package org.scorelab.bench;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scorelab.core.formats.Format;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.omr.data.StaffImage;
import org.scorelab.omr.image.ImageInput;
import org.scorelab.omr.page.Staff;
import org.scorelab.omr.page.StaffFinder;
import org.scorelab.omr.recognize.OmrRecognizer;
import org.scorelab.nn.Engines;
import org.scorelab.omr.train.OmrModel;

/**
 * Time to read an A4 page at 300 dpi end to end, as {@code scorelab recognize} does it, split into
 * stages: decode the file, find the staves, crop and normalise them, the network, CTC decoding,
 * and joining + writing the output format. Prints the first (cold) page and the median of the
 * later runs, with the load average. Stages are timed by the CPU time of the calling thread: with
 * one PyTorch thread all the work runs on it, so on a shared machine that is the figure an idle
 * one would show as wall time; the wall time of all stages and of the end-to-end path is printed
 * beside it. Speed does not depend on the weights, so any model
 * of the shipped config will do.
 *
 * <pre>
 * java -cp scorelab-bench/target/benchmarks.jar org.scorelab.bench.PageSpeed [--model DIR]
 *     [--images A.png,B.png] [--runs 7] [--threads 1] [--format musicxml]
 * </pre>
 * The default images are the two stored test pages of scorelab-omr (run from the repository
 * root): a clean page of 11 staves and a scanned one (turned -1.7 degrees, blurred).
 */
public final class PageSpeed {

    static final String PAGES = "scorelab-omr/src/test/resources/org/scorelab/omr/page/";

    private PageSpeed() {
    }

    /** Runs the timing and prints one line per image. */
    public static void main(String[] args) throws Exception {
        Map<String, String> opt = OmrSpeed.options(args);
        Path model = Path.of(opt.getOrDefault("model",
                OmrModel.exists(Path.of("models/omr")) ? "models/omr" : "/work/data/omr-model-1"));
        List<Path> images = Arrays.stream(opt.getOrDefault("images",
                PAGES + "heathy-hill-clean.png," + PAGES + "donnybrook-scan.png").split(",")).map(Path::of).toList();
        int runs = Integer.parseInt(opt.getOrDefault("runs", "7"));
        int threads = Integer.parseInt(opt.getOrDefault("threads", "1"));
        Format format = Format.valueOf(opt.getOrDefault("format", "musicxml").toUpperCase(Locale.ROOT));
        long t0 = System.nanoTime();
        Engines.threads(threads);
        try (OmrModel m = OmrModel.load(model)) {
            System.out.printf(Locale.ROOT, "# page speed: model %s (%s), %d PyTorch threads, %d cores; engine and "
                    + "model loaded in %.0f ms; load average %s%n", model, m.config(), threads,
                    Runtime.getRuntime().availableProcessors(), (System.nanoTime() - t0) / 1e6, OmrSpeed.load());
            System.out.println();
            System.out.println("| image | staves | run | CPU ms: decode | find | crop | network | CTC decode | write "
                    + "| all stages | wall ms | end to end (recognize + write), CPU ms | wall ms | load |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            OmrRecognizer recognizer = new OmrRecognizer(m, 1);
            Path out = Files.createTempFile("page-speed", "." + format.extension());
            try {
                for (Path image : images) {
                    double[][] stage = new double[10][runs];
                    int staves = 0;
                    for (int r = 0; r < runs; r++) {
                        double[] s = stages(recognizer, m, image, format, out);
                        staves = (int) s[10];
                        for (int k = 0; k < 10; k++) {
                            stage[k][r] = s[k];
                        }
                        if (r == 0) {
                            print(image, staves, "first (cold)", s);
                        }
                    }
                    double[] med = new double[10];
                    for (int k = 0; k < 10; k++) {
                        med[k] = OmrSpeed.median(Arrays.copyOfRange(stage[k], Math.min(1, runs - 1), runs));
                    }
                    print(image, staves, "median of " + Math.max(1, runs - 1), med);
                }
            } finally {
                Files.deleteIfExists(out);
            }
        }
    }

    private static void print(Path image, int staves, String run, double[] ms) {
        System.out.printf(Locale.ROOT,
                "| %s | %d | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %s |%n",
                image.getFileName(), staves, run, ms[0], ms[1], ms[2], ms[3], ms[4], ms[5], ms[7], ms[6], ms[9],
                ms[8], OmrSpeed.load());
    }

    /**
     * CPU milliseconds of the calling thread in each stage (decode, find, crop, network, CTC
     * decode, write), then the wall and CPU milliseconds of all stages, the wall and CPU
     * milliseconds of the end-to-end path run once more, and the staff count.
     */
    private static double[] stages(OmrRecognizer recognizer, OmrModel m, Path image, Format format, Path out)
            throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[9];
        long w0 = System.nanoTime();
        cpu[0] = mx.getCurrentThreadCpuTime();
        BufferedImage page = ImageInput.DEFAULT.read(image);
        cpu[1] = mx.getCurrentThreadCpuTime();
        List<Staff> found = new StaffFinder().find(page);
        cpu[2] = mx.getCurrentThreadCpuTime();
        // the normaliser finds the staves again before cropping: its time less the finding is the crop
        List<StaffImage> staves = m.config().normalizer().staves(page);
        cpu[3] = mx.getCurrentThreadCpuTime();
        List<float[][]> lp = m.logProbabilities(staves);
        cpu[4] = mx.getCurrentThreadCpuTime();
        List<List<String>> tokens = m.decode(lp, 1);
        cpu[5] = mx.getCurrentThreadCpuTime();
        OmrRecognizer.Page p = new OmrRecognizer.Page(image.toString(), tokens,
                OmrRecognizer.join(tokens, m.config().encoding()));
        write(recognizer, p, format, out);
        cpu[6] = mx.getCurrentThreadCpuTime();
        long w1 = System.nanoTime();
        write(recognizer, recognizer.recognize(image), format, out);
        cpu[7] = mx.getCurrentThreadCpuTime();
        long w2 = System.nanoTime();
        if (found.size() != staves.size()) {
            throw new IllegalStateException("found " + found.size() + " staves, normalised " + staves.size());
        }
        double find = (cpu[2] - cpu[1]) / 1e6;
        return new double[] {(cpu[1] - cpu[0]) / 1e6, find, Math.max(0, (cpu[3] - cpu[2]) / 1e6 - find),
            (cpu[4] - cpu[3]) / 1e6, (cpu[5] - cpu[4]) / 1e6, (cpu[6] - cpu[5]) / 1e6, (w1 - w0) / 1e6,
            (cpu[6] - cpu[0]) / 1e6, (w2 - w1) / 1e6, (cpu[7] - cpu[6]) / 1e6, staves.size()};
    }

    /** Writes a page; tokens of a weak model that form no readable tune are written as semantic tokens. */
    private static void write(OmrRecognizer recognizer, OmrRecognizer.Page page, Format format, Path out)
            throws Exception {
        try {
            Files.write(out, recognizer.write(page, format));
        } catch (InvalidInputException e) {
            Files.writeString(out, OmrRecognizer.line(page.tokens()));
        }
    }
}
