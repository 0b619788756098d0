package org.scorelab.omr.train;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.nn.ctc.CtcDecoder;
import org.scorelab.omr.data.OmrBatch;
import org.scorelab.omr.data.OmrVocabulary;
import org.scorelab.omr.data.StaffImage;
import org.scorelab.omr.model.OmrConfig;
import org.scorelab.omr.model.OmrNetwork;

/**
 * A trained staff recognizer: network, vocabulary and config, read from a model folder
 * ({@value #WEIGHTS}, {@value #VOCABULARY}, {@value #CONFIG}, and {@value #PROVENANCE} saying how
 * it was made). Its settings never change after loading; it holds native memory, so close it.
 * Not for concurrent use: one recognizer thread per model.
 */
public final class OmrModel implements AutoCloseable {
    public static final String WEIGHTS = "weights.params";
    public static final String VOCABULARY = "vocabulary.txt";
    public static final String CONFIG = "config.json";
    public static final String PROVENANCE = "provenance.json";
    /**
     * Staves per forward pass in {@link #predict}: 16 takes a page of 10 to 16 staves in one pass.
     * The small config's CPU time per staff at 64 x 512 fell from batch 8 to 16 to 32 (63, 65, 78
     * staves per CPU second, docs/omr-speed.md); more than 16 would hold more padding on a page of
     * mixed widths.
     */
    static final int BATCH = 16;

    private final Model model;
    private final OmrNetwork network;
    private final OmrVocabulary vocabulary;

    private OmrModel(Model model, OmrNetwork network, OmrVocabulary vocabulary) {
        this.model = model;
        this.network = network;
        this.vocabulary = vocabulary;
    }

    /** Whether a folder holds a model (its weights, vocabulary and config). */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(WEIGHTS)) && Files.isRegularFile(folder.resolve(VOCABULARY))
                && Files.isRegularFile(folder.resolve(CONFIG));
    }

    /**
     * Loads a model folder.
     *
     * @throws InvalidInputException naming the folder and the missing or unreadable part
     */
    public static OmrModel load(Path folder) throws InvalidInputException {
        for (String f : List.of(WEIGHTS, VOCABULARY, CONFIG)) {
            if (!Files.isRegularFile(folder.resolve(f))) {
                throw new InvalidInputException(folder.toString(), f,
                        "no " + f + ": expected a model folder written by 'scorelab train omr'");
            }
        }
        OmrConfig config;
        OmrVocabulary vocabulary;
        try {
            config = Json.GSON.fromJson(Files.readString(folder.resolve(CONFIG), StandardCharsets.UTF_8), OmrConfig.class);
            vocabulary = OmrVocabulary.load(folder.resolve(VOCABULARY)).savedWith(config.spelling());
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(folder.toString(), CONFIG + " / " + VOCABULARY,
                    "cannot read: " + e.getMessage(), e);
        }
        Model model = Model.newInstance("omr");
        try {
            OmrNetwork network = OmrNetwork.create(config, vocabulary.classes());
            model.setBlock(network);
            network.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 1, config.height(), 64));
            try (InputStream in = new BufferedInputStream(Files.newInputStream(folder.resolve(WEIGHTS)))) {
                network.loadParameters(model.getNDManager(), new DataInputStream(in));
            }
            return new OmrModel(model, network, vocabulary);
        } catch (IOException | RuntimeException | ai.djl.MalformedModelException e) {
            model.close();
            throw new InvalidInputException(folder.resolve(WEIGHTS).toString(), "weights",
                    "cannot load the weights for config " + config + ": " + e.getMessage(), e);
        }
    }

    /** Writes this model's weights, vocabulary and config into a folder (no provenance). */
    public void save(Path folder) throws IOException {
        Files.createDirectories(folder);
        saveWeights(network, folder.resolve(WEIGHTS));
        vocabulary.save(folder.resolve(VOCABULARY));
        AtomicFiles.writeString(folder.resolve(CONFIG), Json.GSON.toJson(config()));
    }

    /** Writes a network's weights to a file (used for models and checkpoints). */
    static void saveWeights(OmrNetwork network, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            network.saveParameters(new DataOutputStream(out));
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads weights into an initialised network, keeping its parameters trainable. */
    static void loadWeights(OmrNetwork network, NDManager manager, Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            network.loadParameters(manager, new DataInputStream(in));
        } catch (ai.djl.MalformedModelException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        for (Pair<String, Parameter> p : network.getParameters()) {
            if (p.getValue().requiresGradient()) {
                p.getValue().getArray().setRequiresGradient(true);
            }
        }
    }

    /**
     * Copies these weights into a network of the same shape, parameter by parameter. An output
     * layer with more classes (a vocabulary extended at its end) gets these rows first; its further
     * rows keep the values they have.
     *
     * @param source this model's name in messages (its folder)
     * @throws InvalidInputException when the networks' parameters differ otherwise
     */
    void copyWeightsInto(OmrNetwork target, String source) throws InvalidInputException {
        var from = network.getParameters();
        var to = target.getParameters();
        if (from.size() != to.size()) {
            throw new InvalidInputException(source, WEIGHTS, "has " + from.size()
                    + " parameters, expected " + to.size() + " for config " + target.config());
        }
        for (int i = 0; i < from.size(); i++) {
            NDArray src = from.get(i).getValue().getArray();
            NDArray dst = to.get(i).getValue().getArray();
            long[] a = src.getShape().getShape();
            long[] b = dst.getShape().getShape();
            boolean same = Arrays.equals(a, b);
            boolean prefix = a.length == b.length && a.length > 0 && a[0] < b[0]
                    && Arrays.equals(Arrays.copyOfRange(a, 1, a.length),
                            Arrays.copyOfRange(b, 1, b.length));
            if (!from.get(i).getKey().equals(to.get(i).getKey()) || !(same || prefix)) {
                throw new InvalidInputException(source, WEIGHTS, "parameter " + from.get(i).getKey()
                        + " " + src.getShape() + " does not fit " + to.get(i).getKey() + " " + dst.getShape());
            }
            // in place on a leaf array, so with its gradient detached (as loadWeights leaves it, re-attached)
            dst.setRequiresGradient(false);
            dst.set(new NDIndex("0:" + a[0]), src);
            if (to.get(i).getValue().requiresGradient()) {
                dst.setRequiresGradient(true);
            }
        }
    }

    public OmrConfig config() {
        return network.config();
    }

    public OmrVocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * The tokens of each staff (normalised by {@link OmrConfig#normalizer()}), in the given order.
     *
     * @param beam 1 for greedy (best path) decoding, more for prefix beam search of that width
     */
    public List<List<String>> predict(List<StaffImage> staves, int beam) {
        return decode(logProbabilities(staves), beam);
    }

    /** The tokens of per-staff log-probabilities {@code [T][C]}. */
    public List<List<String>> decode(List<float[][]> logProbs, int beam) {
        if (beam < 1) {
            throw new IllegalArgumentException("beam must be at least 1, was " + beam);
        }
        CtcDecoder decoder = CtcDecoder.create(OmrVocabulary.BLANK);
        List<List<String>> out = new ArrayList<>(logProbs.size());
        for (float[][] lp : logProbs) {
            out.add(vocabulary.decode(beam == 1 ? decoder.greedy(lp) : decoder.beam(lp, beam)));
        }
        return out;
    }

    /** The log-probabilities {@code [T][C]} of each staff, over its own valid steps. */
    public List<float[][]> logProbabilities(List<StaffImage> staves) {
        int h = config().height();
        for (StaffImage s : staves) {
            if (s.height() != h) {
                throw new IllegalArgumentException("staff images must be " + h + " px high for this model, found "
                        + s.height());
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < staves.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> staves.get(i).width()));
        float[][][] result = new float[staves.size()][][];
        for (int b = 0; b < order.size(); b += BATCH) {
            List<Integer> idx = order.subList(b, Math.min(order.size(), b + BATCH));
            try (NDManager m = model.getNDManager().newSubManager()) {
                OmrBatch.Images x = OmrBatch.images(m, idx.stream().map(staves::get).toList(), OmrNetwork::steps);
                NDList out = network.forward(new ParameterStore(m, false), new NDList(x.pixels(), x.steps()), false);
                float[] flat = out.get(0).toFloatArray();
                long[] shape = out.get(0).getShape().getShape();
                int t = (int) shape[1];
                int c = (int) shape[2];
                int[] steps = x.steps().toIntArray();
                for (int k = 0; k < idx.size(); k++) {
                    float[][] lp = new float[steps[k]][c];
                    for (int s = 0; s < steps[k]; s++) {
                        System.arraycopy(flat, (k * t + s) * c, lp[s], 0, c);
                    }
                    result[idx.get(k)] = lp;
                }
            }
        }
        return List.of(result);
    }

    /** The number of trainable values. */
    public long parameterCount() {
        return countParameters(network);
    }

    static long countParameters(OmrNetwork network) {
        long n = 0;
        for (Pair<String, Parameter> p : network.getParameters()) {
            if (p.getValue().isInitialized()) {
                n += p.getValue().getArray().size();
            }
        }
        return n;
    }

    @Override
    public void close() {
        model.close();
    }
}
