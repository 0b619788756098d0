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
import org.scorelab.omr.train.Engines;
import org.scorelab.omr.train.OmrModel;

/**
 * Time to read an A4 page at 300 dpi end to end, as {@code scorelab recognize} does it, split into
 * stages: decode the file, find the staves, crop and normalise them, the network, CTC decoding,
 * and joining + writing the output format. Prints the first (cold) page and the median of the
 * later runs per stage, with the load average, and the CPU time of the calling thread (with one
 * PyTorch thread all the work runs on it, so on a shared machine that is the figure an idle one
 * would show as wall time). Speed does not depend on the weights, so any model
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
            System.out.println("| image | staves | run | decode | find | crop | network | CTC decode | write | total "
                    + "| total CPU | end to end (recognize + write) | its CPU | load |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            OmrRecognizer recognizer = new OmrRecognizer(m, 1);
            Path out = Files.createTempFile("page-speed", "." + format.extension());
            try {
                for (Path image : images) {
                    double[][] stage = new double[9][runs];
                    int staves = 0;
                    for (int r = 0; r < runs; r++) {
                        double[] s = stages(recognizer, m, image, format, out);
                        staves = (int) s[9];
                        for (int k = 0; k < 9; k++) {
                            stage[k][r] = s[k];
                        }
                        if (r == 0) {
                            print(image, staves, "first (cold)", s);
                        }
                    }
                    double[] med = new double[9];
                    for (int k = 0; k < 9; k++) {
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
        double total = 0;
        for (int k = 0; k < 6; k++) {
            total += ms[k];
        }
        System.out.printf(Locale.ROOT,
                "| %s | %d | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %s |%n",
                image.getFileName(), staves, run, ms[0], ms[1], ms[2], ms[3], ms[4], ms[5], total, ms[7], ms[6],
                ms[8], OmrSpeed.load());
    }

    /**
     * Wall milliseconds of each stage, then the end-to-end path once more, the CPU milliseconds of
     * the calling thread for the stages and for the end-to-end path, and the staff count.
     */
    private static double[] stages(OmrRecognizer recognizer, OmrModel m, Path image, Format format, Path out)
            throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long a = System.nanoTime();
        BufferedImage page = ImageInput.DEFAULT.read(image);
        long b = System.nanoTime();
        List<Staff> found = new StaffFinder().find(page);
        long c = System.nanoTime();
        // the normaliser finds the staves again before cropping: its time less the finding is the crop
        List<StaffImage> staves = m.config().normalizer().staves(page);
        long d = System.nanoTime();
        List<float[][]> lp = m.logProbabilities(staves);
        long e = System.nanoTime();
        List<List<String>> tokens = m.decode(lp, 1);
        long f = System.nanoTime();
        OmrRecognizer.Page p = new OmrRecognizer.Page(image.toString(), tokens,
                OmrRecognizer.join(tokens, m.config().encoding()));
        write(recognizer, p, format, out);
        long g = System.nanoTime();
        long cpu1 = mx.getCurrentThreadCpuTime();
        write(recognizer, recognizer.recognize(image), format, out);
        long h = System.nanoTime();
        long cpu2 = mx.getCurrentThreadCpuTime();
        if (found.size() != staves.size()) {
            throw new IllegalStateException("found " + found.size() + " staves, normalised " + staves.size());
        }
        double find = (c - b) / 1e6;
        return new double[] {(b - a) / 1e6, find, Math.max(0, (d - c) / 1e6 - find), (e - d) / 1e6, (f - e) / 1e6,
            (g - f) / 1e6, (h - g) / 1e6, (cpu1 - cpu0) / 1e6, (cpu2 - cpu1) / 1e6, staves.size()};
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
