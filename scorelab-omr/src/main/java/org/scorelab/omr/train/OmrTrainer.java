package org.scorelab.omr.train;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.nn.ctc.CtcDecoder;
import org.scorelab.nn.ctc.CtcLoss;
import org.scorelab.nn.Engines;
import org.scorelab.nn.optim.Adam;
import org.scorelab.omr.data.OmrBatch;
import org.scorelab.omr.data.OmrDataset;
import org.scorelab.omr.data.OmrSample;
import org.scorelab.omr.data.OmrVocabulary;
import org.scorelab.omr.eval.SymbolErrorRate;
import org.scorelab.omr.model.OmrConfig;
import org.scorelab.omr.model.OmrNetwork;

/**
 * Trains the staff recognizer with Adam on the CTC loss. Every epoch writes a checkpoint (the
 * weights {@code checkpoints/epoch-NNN.params} and the optimizer state {@code epoch-NNN.adam}, see
 * {@link Adam}) and a line of {@code training.csv} (train loss, validation SER, seconds, images/s),
 * redraws {@code training.png}, and at the end the output folder is a model folder
 * ({@link OmrModel#load}) with {@code provenance.json}.
 *
 * <p>Resume reloads the weights of the latest checkpoint, its optimizer state and the history up to
 * it, so a run stopped after epoch k and resumed gives the same weights as one that never stopped:
 * the batches of each epoch come from a shuffle seeded by (seed, epoch), and the engine's random
 * generator (dropout) is reseeded from (seed, epoch) at the start of every epoch, so neither depends
 * on what ran before in the process. A checkpoint without an {@code .adam} file (written before they
 * existed) resumes with a fresh optimizer, and the log line says so.
 *
 * @param config  the network
 * @param options how to train
 */
public record OmrTrainer(OmrConfig config, TrainOptions options) {

    private static final Pattern CHECKPOINT = Pattern.compile("epoch-(\\d+)\\.params");
    private static final float CLIP = 5f;

    /** What one training run produced. */
    public record Result(List<EpochStats> history, Provenance provenance, List<InvalidInputException> failures) {
    }

    /** Trains on the train split of a data folder, validating on its validation split. */
    public Result train(Path data, Path out, Consumer<String> log) throws IOException, InvalidInputException {
        return train(List.of(data), out, log);
    }

    /**
     * Trains on the train splits of several data folders together (e.g. clean and camera-distorted
     * sets), validating on their validation splits. The sample limits are shared out evenly, so a
     * limited validation still sees every folder.
     */
    public Result train(List<Path> folders, Path out, Consumer<String> log) throws IOException, InvalidInputException {
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("at least one data folder is needed");
        }
        OmrVocabulary vocabulary = OmrVocabulary.primus(config.encoding()).withSpelling(config.spelling());
        Engines.threads(options.threads());
        long t0 = System.nanoTime();
        List<OmrSample> train = new ArrayList<>();
        List<OmrSample> validation = new ArrayList<>();
        List<InvalidInputException> failures = new ArrayList<>();
        int n = folders.size();
        for (Path data : folders) {
            OmrDataset t = OmrDataset.load(data, "train", config.encoding(), vocabulary, config.normalizer(),
                    share(options.limit(), n), options.threads() + 1);
            OmrDataset v = OmrDataset.load(data, "validation", config.encoding(), vocabulary, config.normalizer(),
                    share(options.validationLimit(), n), options.threads() + 1);
            train.addAll(t.samples());
            validation.addAll(v.samples());
            failures.addAll(t.failures());
            failures.addAll(v.failures());
        }
        log.accept(String.format(java.util.Locale.ROOT,
                "loaded %d train and %d validation samples from %d folder(s) in %.1f s (%d unreadable)", train.size(),
                validation.size(), n, (System.nanoTime() - t0) / 1e9, failures.size()));
        if (train.isEmpty()) {
            throw new InvalidInputException(folders.get(0).toString(), "manifest.csv",
                    "found no readable training samples, expected rows with split 'train'");
        }
        Result r = train(train, validation, vocabulary, out, log);
        Provenance p = r.provenance();
        List<String> names = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (Path data : folders) {
            names.add(data.toAbsolutePath().normalize().toString());
            hashes.add(sha256(data.resolve("manifest.csv")));
        }
        Provenance full = new Provenance(String.join(";", names), String.join(";", hashes), p.trainSamples(),
                p.validationSamples(), p.seed(), p.config(), p.options(), p.parameters(), p.date(), p.epochs(),
                p.trainLoss(), p.validationSer(), p.validationSeqEr(), p.imagesPerSecond(), p.threads());
        AtomicFiles.writeString(out.resolve(OmrModel.PROVENANCE), Json.GSON.toJson(full));
        return new Result(r.history(), full, failures);
    }

    /** One folder's share of a limit (0: no limit). */
    private static int share(int limit, int folders) {
        return limit == 0 ? 0 : Math.max(1, (limit + folders - 1) / folders);
    }

    /**
     * Trains on samples in memory (the data folder's name and hash are left empty).
     *
     * @throws InvalidInputException when resuming from a checkpoint whose optimizer state does not
     *                               fit the network
     */
    public Result train(List<OmrSample> train, List<OmrSample> validation, OmrVocabulary vocabulary, Path out,
            Consumer<String> log) throws IOException, InvalidInputException {
        Files.createDirectories(out.resolve("checkpoints"));
        Engine.getInstance().setRandomSeed((int) options.seed());
        CtcLoss loss = CtcLoss.create();
        List<EpochStats> history = new ArrayList<>();
        // the optimizer reads the rate at every update; the loop sets it at the start of each epoch
        AtomicReference<Float> rate = new AtomicReference<>(options.learningRate());
        try (Model model = Model.newInstance("omr");
                Adam adam = Adam.builder().optLearningRateTracker((parameterId, update) -> rate.get())
                        .optClipGrad(CLIP).build()) {
            OmrNetwork network = OmrNetwork.create(config, vocabulary.classes());
            model.setBlock(network);
            DefaultTrainingConfig tc = new DefaultTrainingConfig(loss).optOptimizer(adam);
            Shape[] shapes = {new Shape(1, 1, config.height(), 64), new Shape(1)};
            network.initialize(model.getNDManager(), ai.djl.ndarray.types.DataType.FLOAT32, shapes);
            int start = 0;
            if (options.resume()) {
                // before the trainer exists: its parameter store keeps the arrays it finds at initialisation
                int latest = latestCheckpoint(out.resolve("checkpoints"));
                if (latest > 0) {
                    OmrModel.loadWeights(network, model.getNDManager(),
                            out.resolve("checkpoints").resolve(checkpointName(latest)));
                    Path state = out.resolve("checkpoints").resolve(optimizerName(latest));
                    boolean withState = Files.isRegularFile(state);
                    if (withState) {
                        adam.load(state, network);
                    }
                    history.addAll(readHistory(out.resolve("training.csv"), latest));
                    start = latest;
                    log.accept("resumed from epoch " + latest + (withState
                            ? " with its optimizer state (" + adam.steps() + " steps)"
                            : " with a fresh optimizer: the checkpoint has no " + state.getFileName()));
                }
            }
            if (start == 0 && options.initFrom() != null) {
                try (OmrModel initial = OmrModel.load(options.initFrom())) {
                    List<String> known = initial.vocabulary().tokens();
                    if (known.size() > vocabulary.tokens().size()
                            || !vocabulary.tokens().subList(0, known.size()).equals(known)) {
                        throw new InvalidInputException(options.initFrom().toString(), OmrModel.VOCABULARY,
                                "its tokens are not the first ones of this run's vocabulary, so its output classes"
                                        + " would mean other tokens");
                    }
                    initial.copyWeightsInto(network, options.initFrom().toString());
                }
                log.accept("started from the weights of " + options.initFrom());
            }
            try (Trainer trainer = model.newTrainer(tc)) {
                trainer.initialize(shapes);
                for (int epoch = start + 1; epoch <= options.epochs(); epoch++) {
                    rate.set(options.learningRate(epoch));
                    Random random = new Random(options.seed() * 1_000_003L + epoch);
                    Engine.getInstance().setRandomSeed(engineSeed(options.seed(), epoch));
                    long e0 = System.nanoTime();
                    double lossSum = 0;
                    int steps = 0;
                    int images = 0;
                    List<List<OmrSample>> batches = trainBatches(train, random);
                    int tenth = Math.max(1, batches.size() / 10);
                    for (List<OmrSample> b : batches) {
                        try (NDManager m = model.getNDManager().newSubManager()) {
                            OmrBatch batch = OmrBatch.of(m, b, OmrNetwork::steps);
                            try (GradientCollector gc = trainer.newGradientCollector()) {
                                NDList pred = trainer.forward(batch.inputs());
                                NDArray value = loss.evaluate(batch.labels(), pred);
                                lossSum += value.getFloat();
                                gc.backward(value);
                            }
                            trainer.step();
                        }
                        steps++;
                        images += b.size();
                        if (steps % tenth == 0 && steps < batches.size()) {
                            // an epoch of the full data takes most of an hour on one core: say where it is
                            log.accept(String.format(java.util.Locale.ROOT, "epoch %d: %d of %d images, loss %.4f,"
                                    + " %.2f images/s", epoch, images, train.size(), lossSum / steps,
                                    images / ((System.nanoTime() - e0) / 1e9)));
                        }
                    }
                    double seconds = (System.nanoTime() - e0) / 1e9;
                    SymbolErrorRate ser = validate(trainer, network, validation, vocabulary);
                    EpochStats stats = new EpochStats(epoch, lossSum / Math.max(1, steps),
                            validation.isEmpty() ? Double.NaN : ser.ser(),
                            validation.isEmpty() ? Double.NaN : ser.seqEr(), seconds, images / seconds);
                    history.add(stats);
                    // the state first: a checkpoint's weights, once written, always have their state beside them
                    adam.save(out.resolve("checkpoints").resolve(optimizerName(epoch)), network);
                    OmrModel.saveWeights(network, out.resolve("checkpoints").resolve(checkpointName(epoch)));
                    writeHistory(out.resolve("training.csv"), history);
                    TrainingPlot.write(history, out.resolve("training.png"));
                    log.accept(String.format(java.util.Locale.ROOT,
                            "epoch %d: loss %.4f, validation SER %.4f SeqER %.4f, %.1f s, %.2f images/s, rate %.3g",
                            epoch, stats.trainLoss(), stats.validationSer(), stats.validationSeqEr(), seconds,
                            stats.imagesPerSecond(), rate.get()));
                }
                OmrModel.saveWeights(network, out.resolve(OmrModel.WEIGHTS));
                vocabulary.save(out.resolve(OmrModel.VOCABULARY));
                AtomicFiles.writeString(out.resolve(OmrModel.CONFIG), Json.GSON.toJson(config));
                EpochStats last = history.isEmpty() ? new EpochStats(0, Double.NaN, Double.NaN, Double.NaN, 0, 0)
                        : history.get(history.size() - 1);
                Provenance p = new Provenance("", "", train.size(), validation.size(), options.seed(), config, options,
                        OmrModel.countParameters(network), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                        history.size(), last.trainLoss(), last.validationSer(), last.validationSeqEr(),
                        last.imagesPerSecond(), options.threads());
                AtomicFiles.writeString(out.resolve(OmrModel.PROVENANCE), Json.GSON.toJson(p));
                return new Result(List.copyOf(history), p, List.of());
            }
        }
    }

    private List<List<OmrSample>> trainBatches(List<OmrSample> train, Random random) {
        return new OmrDataset(train, List.of()).batches(options.batchSize(), random);
    }

    private SymbolErrorRate validate(Trainer trainer, OmrNetwork network, List<OmrSample> validation,
            OmrVocabulary vocabulary) {
        SymbolErrorRate ser = SymbolErrorRate.EMPTY;
        CtcDecoder decoder = CtcDecoder.create(OmrVocabulary.BLANK);
        for (List<OmrSample> b : new OmrDataset(validation, List.of()).batches(options.batchSize(), null)) {
            try (NDManager m = trainer.getManager().newSubManager()) {
                OmrBatch batch = OmrBatch.of(m, b, OmrNetwork::steps);
                NDList pred = trainer.evaluate(batch.inputs());
                List<int[]> decoded = decoder.greedy(pred.get(0), pred.get(1));
                for (int i = 0; i < b.size(); i++) {
                    ser = ser.plus(b.get(i).tokens(), vocabulary.decode(decoded.get(i)));
                }
            }
        }
        return ser;
    }

    static String checkpointName(int epoch) {
        return String.format("epoch-%03d.params", epoch);
    }

    /** The optimizer state saved with checkpoint {@code epoch}. */
    static String optimizerName(int epoch) {
        return String.format("epoch-%03d.adam", epoch);
    }

    /**
     * The engine's seed for one epoch: a function of the run's seed and the epoch only, so an epoch
     * draws the same dropout masks whether the run started at epoch 1 or resumed before it.
     */
    static int engineSeed(long seed, int epoch) {
        long h = (seed * 0x9E3779B97F4A7C15L + epoch) * 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 31)) & Integer.MAX_VALUE;
    }

    /** The highest epoch with a checkpoint in a folder, 0 when none. */
    static int latestCheckpoint(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> CHECKPOINT.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(mt -> Integer.parseInt(mt.group(1))).max().orElse(0);
        }
    }

    private static List<EpochStats> readHistory(Path csv, int upTo) throws IOException {
        if (!Files.isRegularFile(csv)) {
            return List.of();
        }
        return Files.readAllLines(csv).stream().skip(1).filter(l -> !l.isBlank()).map(EpochStats::parse)
                .filter(s -> s.epoch() <= upTo).toList();
    }

    private static void writeHistory(Path csv, List<EpochStats> history) throws IOException {
        StringBuilder sb = new StringBuilder(EpochStats.HEADER).append('\n');
        history.forEach(s -> sb.append(s.csv()).append('\n'));
        AtomicFiles.writeString(csv, sb.toString());
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            MessageDigest d = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
