package org.scorelab.bench;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.scorelab.nn.ctc.CtcLoss;
import org.scorelab.omr.data.Encoding;
import org.scorelab.omr.data.OmrVocabulary;
import org.scorelab.omr.model.CrnnBaseline;
import org.scorelab.omr.model.OmrConfig;
import org.scorelab.omr.model.OmrNetwork;
import org.scorelab.nn.Engines;

/**
 * Inference staves/s and training images/s of the staff recognizer against the tf-end-to-end CRNN
 * ({@link CrnnBaseline}) at the same input size, as ratios measured in one run.
 *
 * <p>A timed command rather than JMH: one training step of the baseline at 128 x 1024 takes
 * seconds, JMH measures each benchmark in its own fork one after the other, so baseline and ours
 * would be timed minutes apart under whatever else the shared machine runs meanwhile. Here the
 * networks take turns, batch by batch (round 1: baseline, small, default; round 2: the same; ...),
 * so a change of load hits all of them alike and the ratio holds even when the absolute figures
 * do not. Each figure is the median of the rounds after one untimed warm-up batch per network.
 * Besides the wall time, the CPU time of the calling thread: with one intra-op thread PyTorch
 * runs every operation on the thread that calls it, so that figure is the work itself, and what a
 * shared machine's other processes take away shows in the wall time only (with more threads the
 * calling thread's CPU time is only its share).
 *
 * <p>Our networks get inputs of the baseline's size: the config's interline and context are
 * chosen so that {@code (4 + 2 context) interline} is the height (64: interline 8, context 2;
 * 128: interline 16, context 2). Training = forward + CTC loss + backward + Adam step, targets of
 * {@code W/32} random tokens (they fit the baseline's {@code W/16} steps). Inference = forward
 * without gradient recording and the log-probabilities copied to the JVM, as the recognizer does.
 *
 * <pre>
 * java -cp scorelab-bench/target/benchmarks.jar org.scorelab.bench.OmrSpeed [--threads 1,2]
 *     [--sizes 64x512,128x1024] [--batch 16] [--rounds 3] [--modes infer,train]
 *     [--nets crnn,small,default] [--interop N] [--grad on|off]
 * </pre>
 */
public final class OmrSpeed {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private OmrSpeed() {
    }

    /** The networks by name. */
    static final Map<String, String> NETS = Map.of(
            "crnn", "tf-end-to-end CRNN (4 conv 32-256, BiLSTM 2x256)",
            "small", "ours, small (8-16-32, BiSRU 2x96; omr-model-1)",
            "default", "ours, default (16-32-64, BiSRU 2x128)");

    /** Runs the measurements and prints a Markdown table. */
    public static void main(String[] args) {
        Map<String, String> opt = options(args);
        List<Integer> threads = ints(opt.getOrDefault("threads", "1,2"));
        List<int[]> sizes = new ArrayList<>();
        for (String s : opt.getOrDefault("sizes", "64x512,128x1024").split(",")) {
            String[] hw = s.split("x");
            sizes.add(new int[] {Integer.parseInt(hw[0]), Integer.parseInt(hw[1])});
        }
        List<Integer> batches = ints(opt.getOrDefault("batch", "16"));
        int rounds = Integer.parseInt(opt.getOrDefault("rounds", "3"));
        List<String> modes = List.of(opt.getOrDefault("modes", "infer,train").split(","));
        List<String> nets = List.of(opt.getOrDefault("nets", "crnn,small,default").split(","));
        for (String n : nets) {
            if (!NETS.containsKey(n)) {
                throw new IllegalArgumentException("unknown net " + n + ", expected one of " + NETS.keySet());
            }
        }
        Engine.getInstance();
        if (opt.containsKey("interop")) {
            JniUtils.setNumInteropThreads(Integer.parseInt(opt.get("interop")));
        }
        // PyTorch's grad mode is per thread and DJL turns it off only on the thread that starts the
        // engine: "--grad on" measures inference as it runs on any other thread
        boolean grad = opt.getOrDefault("grad", "off").equals("on");
        JniUtils.setGradMode(grad);
        int classes = OmrVocabulary.primus(Encoding.SEMANTIC).classes();
        System.out.printf(Locale.ROOT, "# OMR speed: %d cores, PyTorch %s, inter-op threads %d, %d classes, "
                + "gradient recording in inference %s, median of %d rounds; load average %s at start%n",
                Runtime.getRuntime().availableProcessors(), Engine.getInstance().getVersion(),
                JniUtils.getNumInteropThreads(), classes, grad ? "on" : "off", rounds, load());
        System.out.println();
        System.out.println("| mode | size | batch | threads | network | wall ms/batch (median) | per s (median, best) "
                + "| speed ratio to CRNN | CPU ms/batch (calling thread) | per CPU s | CPU ratio to CRNN | load |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (String mode : modes) {
            for (int[] hw : sizes) {
                for (int batch : batches) {
                    for (int t : threads) {
                        Engines.threads(t);
                        measure(mode, hw[0], hw[1], batch, t, rounds, nets, classes);
                    }
                }
            }
        }
    }

    private static void measure(String mode, int h, int w, int batch, int threads, int rounds, List<String> nets,
            int classes) {
        boolean train = mode.equals("train");
        List<Runner> runners = new ArrayList<>();
        try (NDManager m = NDManager.newBaseManager()) {
            try {
                for (String n : nets) {
                    runners.add(new Runner(n, network(n, h, classes), h, w, batch, classes, train, m));
                }
                String load0 = load();
                double[][] ms = new double[runners.size()][rounds];
                double[][] cpu = new double[runners.size()][rounds];
                for (int r = -1; r < rounds; r++) {
                    for (int i = 0; i < runners.size(); i++) {
                        long c0 = THREADS.getCurrentThreadCpuTime();
                        double t = runners.get(i).once();
                        if (r >= 0) {
                            ms[i][r] = t;
                            cpu[i][r] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
                        }
                    }
                }
                String loads = load0 + " -> " + load();
                int b = nets.indexOf("crnn");
                double base = b >= 0 ? median(ms[b]) : Double.NaN;
                double baseCpu = b >= 0 ? median(cpu[b]) : Double.NaN;
                for (int i = 0; i < runners.size(); i++) {
                    double med = median(ms[i]);
                    double best = Arrays.stream(ms[i]).min().orElseThrow();
                    double medCpu = median(cpu[i]);
                    System.out.printf(Locale.ROOT,
                            "| %s | %dx%d | %d | %d | %s | %.0f | %.1f, %.1f | %s | %.0f | %.1f | %s | %s |%n",
                            train ? "train images/s" : "inference staves/s", h, w, batch, threads,
                            NETS.get(nets.get(i)), med, batch * 1000 / med, batch * 1000 / best,
                            b < 0 ? "" : String.format(Locale.ROOT, "%.2f", base / med), medCpu,
                            batch * 1000 / medCpu,
                            b < 0 ? "" : String.format(Locale.ROOT, "%.2f", baseCpu / medCpu), loads);
                }
            } finally {
                runners.forEach(Runner::close);
            }
        }
    }

    /** A network of the given name whose input is {@code height} pixels high. */
    static AbstractBlock network(String name, int height, int classes) {
        if (name.equals("crnn")) {
            return CrnnBaseline.create(height, classes);
        }
        return OmrNetwork.create(config(name, height), classes);
    }

    /** Our config of a name with interline and context giving the input height (context 2 interlines). */
    static OmrConfig config(String name, int height) {
        OmrConfig c = name.equals("small")
                ? OmrConfig.DEFAULT.withCnn(List.of(8, 16, 32), 1).withRecurrent(96, 2, 0.2f)
                : OmrConfig.DEFAULT;
        return c.withInput(height / 8.0, 2);
    }

    /** One network with its fixed batch, timing one inference or one training step at a time. */
    private static final class Runner implements AutoCloseable {
        private final Model model;
        private final AbstractBlock net;
        private final Trainer trainer;
        private final NDManager manager;
        private final NDList inputs;
        private final NDList labels;
        private final CtcLoss loss = CtcLoss.create();

        Runner(String name, AbstractBlock net, int h, int w, int batch, int classes, boolean train, NDManager m) {
            this.net = net;
            this.manager = m.newSubManager();
            this.model = Model.newInstance(name);
            model.setBlock(net);
            IntUnaryOperator steps = name.equals("crnn") ? CrnnBaseline::steps : OmrNetwork::steps;
            Shape x = new Shape(batch, 1, h, w);
            int[] st = new int[batch];
            Arrays.fill(st, steps.applyAsInt(w));
            inputs = new NDList(manager.randomUniform(0, 1, x), manager.create(st));
            int s = Math.max(1, w / 32);
            labels = new NDList(manager.randomInteger(1, classes, new Shape(batch, s), DataType.INT32),
                    manager.full(new Shape(batch), s));
            if (train) {
                trainer = model.newTrainer(new DefaultTrainingConfig(loss).optOptimizer(Optimizer.adam().build()));
                trainer.initialize(x, new Shape(batch));
            } else {
                trainer = null;
                net.initialize(model.getNDManager(), DataType.FLOAT32, x, new Shape(batch));
            }
        }

        /** One batch, in milliseconds. */
        double once() {
            long t0 = System.nanoTime();
            if (trainer != null) {
                try (GradientCollector gc = trainer.newGradientCollector()) {
                    NDArray v = loss.evaluate(labels, trainer.forward(inputs));
                    gc.backward(v);
                }
                trainer.step();
            } else {
                try (NDManager sub = manager.newSubManager()) {
                    NDList out = net.forward(new ParameterStore(sub, false), inputs, false);
                    out.get(0).toFloatArray();
                }
            }
            return (System.nanoTime() - t0) / 1e6;
        }

        @Override
        public void close() {
            if (trainer != null) {
                trainer.close();
            }
            model.close();
            manager.close();
        }
    }

    static String load() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::parseInt).toList();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, found " + String.join(" ", args));
            }
            out.put(args[i].substring(2), args[++i]);
        }
        return out;
    }
}
