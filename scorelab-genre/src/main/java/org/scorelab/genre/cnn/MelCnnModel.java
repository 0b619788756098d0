package org.scorelab.genre.cnn;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.genre.classify.GenrePrediction;

/**
 * A trained {@link MelCnn} with its classes and input settings. A clip is judged by the mean of the
 * class probabilities of its windows ({@code cropFrames} long, half overlapping), so a 15-s clip
 * is about nine 3-s looks.
 *
 * <p>Not thread-safe: one model per thread (its arrays belong to one DJL model).
 */
public final class MelCnnModel implements AutoCloseable {

    static final String WEIGHTS = "mel-cnn.params";
    static final String SETTINGS = "mel-cnn.properties";
    /** Windows per forward pass. */
    private static final int BATCH = 16;

    private final Model model;
    private final Block network;
    private final List<String> labels;
    private final MelInput input;
    private final MelCnnConfig config;

    MelCnnModel(Model model, Block network, List<String> labels, MelInput input, MelCnnConfig config) {
        this.model = model;
        this.network = network;
        this.labels = List.copyOf(labels);
        this.input = input;
        this.config = config;
    }

    public List<String> labels() {
        return labels;
    }

    public MelInput input() {
        return input;
    }

    public MelCnnConfig config() {
        return config;
    }

    /** The class probabilities of one image, {@code [bands][frames]} as {@link MelInput#image} makes it. */
    public double[] probabilities(float[][] image) {
        if (image.length != input.bands()) {
            throw new IllegalArgumentException("image has " + image.length + " bands, the model expects " + input.bands());
        }
        List<Integer> starts = windowStarts(image[0].length, config.cropFrames());
        double[] sum = new double[labels.size()];
        try (NDManager m = model.getNDManager().newSubManager()) {
            ParameterStore ps = new ParameterStore(m, false);
            for (int from = 0; from < starts.size(); from += BATCH) {
                int n = Math.min(BATCH, starts.size() - from);
                float[] batch = new float[n * input.bands() * config.cropFrames()];
                for (int i = 0; i < n; i++) {
                    Crops.copy(image, starts.get(from + i), config.cropFrames(), batch, i);
                }
                NDArray x = m.create(batch, new Shape(n, 1, input.bands(), config.cropFrames()));
                float[] p = network.forward(ps, new NDList(x), false).singletonOrThrow().softmax(1).toFloatArray();
                for (int i = 0; i < n; i++) {
                    for (int c = 0; c < sum.length; c++) {
                        sum[c] += p[i * sum.length + c];
                    }
                }
            }
        }
        for (int c = 0; c < sum.length; c++) {
            sum[c] /= starts.size();
        }
        return sum;
    }

    /** The most likely class of one image and the mean probability of each. */
    public GenrePrediction predict(float[][] image) {
        double[] p = probabilities(image);
        int best = 0;
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int c = 0; c < p.length; c++) {
            scores.put(labels.get(c), p[c]);
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return new GenrePrediction(labels.get(best), Math.min(1, Math.max(0, p[best])), scores);
    }

    /** Window starts covering {@code frames}: every half window, the last flush with the end; one window for a short clip. */
    static List<Integer> windowStarts(int frames, int window) {
        if (frames <= window) {
            return List.of(0);
        }
        int hop = Math.max(1, window / 2);
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        for (int s = 0; s + window <= frames; s += hop) {
            out.add(s);
        }
        if (out.get(out.size() - 1) + window < frames) {
            out.add(frames - window);
        }
        return out;
    }

    /** Writes the weights and settings into a folder. */
    public void save(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(folder.resolve(WEIGHTS)))) {
            network.saveParameters(new DataOutputStream(out));
        }
        Properties p = new Properties();
        p.setProperty("labels", String.join(",", labels));
        p.setProperty("input.sampleRate", Integer.toString(input.sampleRate()));
        p.setProperty("input.nFft", Integer.toString(input.nFft()));
        p.setProperty("input.hop", Integer.toString(input.hop()));
        p.setProperty("input.bands", Integer.toString(input.bands()));
        p.setProperty("input.maxHz", Double.toString(input.maxHz()));
        p.setProperty("input.normalisation", input.normalisation().name());
        p.setProperty("channels", config.channels().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
        p.setProperty("dropout", Double.toString(config.dropout()));
        p.setProperty("cropFrames", Integer.toString(config.cropFrames()));
        p.setProperty("epochs", Integer.toString(config.epochs()));
        p.setProperty("cropsPerClip", Integer.toString(config.cropsPerClip()));
        p.setProperty("batchSize", Integer.toString(config.batchSize()));
        p.setProperty("learningRate", Float.toString(config.learningRate()));
        p.setProperty("maskBands", Integer.toString(config.maskBands()));
        p.setProperty("maskFrames", Integer.toString(config.maskFrames()));
        p.setProperty("seed", Long.toString(config.seed()));
        try (Writer w = Files.newBufferedWriter(folder.resolve(SETTINGS), StandardCharsets.UTF_8)) {
            p.store(w, "scorelab mel-spectrogram CNN");
        }
    }

    /**
     * Loads a folder {@link #save} wrote.
     *
     * @throws InvalidInputException naming the folder and the missing or unreadable part
     */
    public static MelCnnModel load(Path folder) throws InvalidInputException {
        Properties p = new Properties();
        MelInput input;
        MelCnnConfig config;
        List<String> labels;
        try (Reader r = Files.newBufferedReader(folder.resolve(SETTINGS), StandardCharsets.UTF_8)) {
            p.load(r);
            labels = Arrays.asList(p.getProperty("labels").split(","));
            input = new MelInput(Integer.parseInt(p.getProperty("input.sampleRate")), Integer.parseInt(p.getProperty("input.nFft")),
                    Integer.parseInt(p.getProperty("input.hop")), Integer.parseInt(p.getProperty("input.bands")),
                    Double.parseDouble(p.getProperty("input.maxHz")), MelInput.Normalisation.valueOf(p.getProperty("input.normalisation")));
            config = new MelCnnConfig(Arrays.stream(p.getProperty("channels").split(",")).map(Integer::valueOf).toList(),
                    Double.parseDouble(p.getProperty("dropout")), Integer.parseInt(p.getProperty("cropFrames")),
                    Integer.parseInt(p.getProperty("epochs")), Integer.parseInt(p.getProperty("cropsPerClip")),
                    Integer.parseInt(p.getProperty("batchSize")), Float.parseFloat(p.getProperty("learningRate")),
                    Integer.parseInt(p.getProperty("maskBands")), Integer.parseInt(p.getProperty("maskFrames")),
                    Long.parseLong(p.getProperty("seed")));
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(folder.resolve(SETTINGS).toString(), "settings",
                    "cannot read (" + e + "): expected a folder written by 'scorelab evaluate genre-cnn --save-model'", e);
        }
        Model model = Model.newInstance("mel-cnn");
        try {
            Block network = MelCnn.create(config, labels.size());
            model.setBlock(network);
            network.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 1, input.bands(), config.cropFrames()));
            try (InputStream in = new BufferedInputStream(Files.newInputStream(folder.resolve(WEIGHTS)))) {
                network.loadParameters(model.getNDManager(), new DataInputStream(in));
            }
            return new MelCnnModel(model, network, labels, input, config);
        } catch (IOException | RuntimeException | ai.djl.MalformedModelException e) {
            model.close();
            throw new InvalidInputException(folder.resolve(WEIGHTS).toString(), "weights", "cannot load: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
