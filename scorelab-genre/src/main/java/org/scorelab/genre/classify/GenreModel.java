package org.scorelab.genre.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.model.Tune;
import org.scorelab.genre.features.SymbolicFeatures;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * A trained classifier: the feature layout it expects, the standardisation fitted on its training
 * data, the Tribuo model, the configuration it was trained with and free-form provenance (data,
 * command, metrics, date). Immutable; only predicts.
 *
 * <p>Saved as two files side by side: {@code NAME.properties} (layout, standardisation, labels,
 * configuration, provenance; plain text, sorted) and {@code NAME.tribuo.gz} (the Tribuo model as
 * gzipped protobuf, which carries Tribuo's own provenance of trainer and data as well; forests
 * repeat the label names in every leaf, which gzip shrinks about tenfold).
 */
public final class GenreModel {

    /** First line of every saved model; bumped when the layout of the file changes. */
    public static final String FORMAT = "scorelab-genre-model 1";

    private final String featureSet;
    private final List<String> featureNames;
    private final List<String> labels;
    private final Standardizer standardizer;
    private final Model<Label> model;
    private final GenreTrainer.Config config;
    private final Map<String, String> provenance;

    GenreModel(String featureSet, List<String> featureNames, List<String> labels, Standardizer standardizer, Model<Label> model,
               GenreTrainer.Config config, Map<String, String> provenance) {
        if (featureNames.size() != standardizer.size()) {
            throw new IllegalArgumentException(featureNames.size() + " feature names but a standardizer of " + standardizer.size());
        }
        this.featureSet = featureSet;
        this.featureNames = List.copyOf(featureNames);
        this.labels = List.copyOf(labels);
        this.standardizer = standardizer;
        this.model = model;
        this.config = config;
        this.provenance = Map.copyOf(new TreeMap<>(provenance));
    }

    /** A copy with these provenance entries added (replacing those of the same key). */
    public GenreModel withProvenance(Map<String, String> more) {
        Map<String, String> p = new TreeMap<>(provenance);
        p.putAll(more);
        return new GenreModel(featureSet, featureNames, labels, standardizer, model, config, p);
    }

    public String featureSet() {
        return featureSet;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    /** The classes it can predict, sorted. */
    public List<String> labels() {
        return labels;
    }

    public GenreTrainer.Config config() {
        return config;
    }

    public Map<String, String> provenance() {
        return provenance;
    }

    /** Predicts the class of one vector laid out as {@link #featureNames()}. */
    public GenrePrediction predict(double[] features) {
        double[] x = standardizer.apply(features);
        Prediction<Label> p = model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, featureNames.toArray(String[]::new), x));
        Map<String, Double> raw = new LinkedHashMap<>();
        for (Map.Entry<String, Label> e : p.getOutputScores().entrySet()) {
            raw.put(e.getKey(), e.getValue().getScore());
        }
        Map<String, Double> scores = p.hasProbabilities() ? clampToUnit(raw) : softmax(raw);
        String label = p.getOutput().getLabel();
        Double c = scores.get(label);
        return new GenrePrediction(label, c == null ? 0 : c, scores);
    }

    /** Predicts the class of a tune; only for models trained on {@link SymbolicFeatures}. */
    public GenrePrediction predict(Tune tune) {
        SymbolicFeatures f = SymbolicFeatures.bySetName(featureSet);
        return predict(f.extract(tune));
    }

    private static Map<String, Double> clampToUnit(Map<String, Double> raw) {
        Map<String, Double> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(k, Math.max(0, Math.min(1, v))));
        return out;
    }

    private static Map<String, Double> softmax(Map<String, Double> raw) {
        double max = raw.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double sum = 0;
        for (double v : raw.values()) {
            sum += Math.exp(v - max);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : raw.entrySet()) {
            out.put(e.getKey(), Math.exp(e.getValue() - max) / sum);
        }
        return out;
    }

    /**
     * Writes {@code properties} and the Tribuo model beside it (same name, {@code .tribuo}); both
     * are written to a temporary file and moved into place.
     */
    public void save(Path properties) throws IOException {
        String base = baseName(properties);
        Path weights = properties.resolveSibling(base + ".tribuo.gz");
        AtomicFiles.write(weights, out -> {
            GZIPOutputStream gz = new GZIPOutputStream(out);
            model.serializeToStream(gz);
            gz.finish();
        });
        Map<String, String> p = new TreeMap<>();
        p.put("format", FORMAT);
        p.put("weights", weights.getFileName().toString());
        p.put("features.set", featureSet);
        p.put("features.names", String.join(",", featureNames));
        p.put("standardizer.mean", join(standardizer.mean()));
        p.put("standardizer.std", join(standardizer.std()));
        p.put("labels", String.join(",", labels));
        p.put("config.kind", config.kind().cliName());
        p.put("config.seed", Long.toString(config.seed()));
        p.put("config.balanced", Boolean.toString(config.balanced()));
        p.put("config.epochs", Integer.toString(config.epochs()));
        p.put("config.learningRate", Double.toString(config.learningRate()));
        p.put("config.neighbours", Integer.toString(config.neighbours()));
        p.put("config.trees", Integer.toString(config.trees()));
        p.put("config.maxDepth", Integer.toString(config.maxDepth()));
        p.put("config.cost", Double.toString(config.cost()));
        p.put("config.gamma", Double.toString(config.gamma()));
        provenance.forEach((k, v) -> p.put("provenance." + k, v));
        AtomicFiles.writeBytes(properties, sortedProperties(p).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a model saved by {@link #save}.
     *
     * @throws InvalidInputException naming the file and the key when a field is missing or bad, or
     *                               when the Tribuo model does not match the saved layout
     */
    public static GenreModel load(Path properties) throws IOException, InvalidInputException {
        String source = properties.toString();
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(properties, StandardCharsets.UTF_8)));
        String format = p.getProperty("format");
        if (!FORMAT.equals(format)) {
            throw new InvalidInputException(source, "key 'format'", "found '" + format + "', expected '" + FORMAT + "'");
        }
        String featureSet = required(p, source, "features.set");
        List<String> names = Arrays.asList(required(p, source, "features.names").split(","));
        double[] mean = doubles(p, source, "standardizer.mean", names.size());
        double[] std = doubles(p, source, "standardizer.std", names.size());
        List<String> labels = Arrays.asList(required(p, source, "labels").split(","));
        GenreTrainer.Config config;
        Standardizer standardizer;
        try {
            config = new GenreTrainer.Config(ClassifierKind.parse(required(p, source, "config.kind")),
                    Long.parseLong(required(p, source, "config.seed")),
                    Boolean.parseBoolean(required(p, source, "config.balanced")),
                    Integer.parseInt(required(p, source, "config.epochs")),
                    Double.parseDouble(required(p, source, "config.learningRate")),
                    Integer.parseInt(required(p, source, "config.neighbours")),
                    Integer.parseInt(required(p, source, "config.trees")),
                    Integer.parseInt(required(p, source, "config.maxDepth")),
                    Double.parseDouble(required(p, source, "config.cost")),
                    Double.parseDouble(required(p, source, "config.gamma")));
            standardizer = new Standardizer(mean, std);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source, "config", "bad value: " + e.getMessage(), e);
        }
        Path weights = properties.resolveSibling(required(p, source, "weights"));
        if (!Files.isRegularFile(weights)) {
            throw new InvalidInputException(source, "key 'weights'", "model file " + weights + " is missing");
        }
        Model<?> loaded;
        try {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(weights))) {
                loaded = Model.deserializeFromStream(in);
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(weights.toString(), "whole file", "not a Tribuo model: " + e.getMessage(), e);
        }
        if (!loaded.validate(Label.class)) {
            throw new InvalidInputException(weights.toString(), "whole file", "a Tribuo model of another output, expected a classifier");
        }
        @SuppressWarnings("unchecked")
        Model<Label> model = (Model<Label>) loaded;
        List<String> unknown = new ArrayList<>();
        for (VariableInfo v : model.getFeatureIDMap()) {
            if (!names.contains(v.getName())) {
                unknown.add(v.getName());
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(weights.toString(), "feature map", "features " + unknown + " are not in "
                    + source + "'s features.names");
        }
        Map<String, String> provenance = new HashMap<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("provenance.")) {
                provenance.put(k.substring("provenance.".length()), p.getProperty(k));
            }
        }
        return new GenreModel(featureSet, names, labels, standardizer, model, config, provenance);
    }

    private static String required(Properties p, String source, String key) throws InvalidInputException {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new InvalidInputException(source, "key '" + key + "'", "missing, expected a value");
        }
        return v.trim();
    }

    private static double[] doubles(Properties p, String source, String key, int n) throws InvalidInputException {
        String[] parts = required(p, source, key).split(",");
        if (parts.length != n) {
            throw new InvalidInputException(source, "key '" + key + "'", "found " + parts.length + " numbers, expected " + n);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            try {
                out[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(source, "key '" + key + "', entry " + (i + 1), "found '" + parts[i] + "', expected a number", e);
            }
        }
        return out;
    }

    private static String join(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ",").append(v[i]);
        }
        return sb.toString();
    }

    /** Properties text with the keys sorted and no date line, so the same model gives the same file. */
    private static String sortedProperties(Map<String, String> entries) {
        Properties props = new Properties();
        props.putAll(entries);
        StringWriter w = new StringWriter();
        try {
            props.store(w, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new ArrayList<>();
        for (String line : w.toString().split("\\R")) {
            if (!line.startsWith("#") && !line.isEmpty()) {
                lines.add(line);
            }
        }
        lines.sort(null);
        return "# " + FORMAT + ": a genre classifier; the weights are in the .tribuo.gz file beside it\n"
                + String.join("\n", lines) + "\n";
    }

    private static String baseName(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public String toString() {
        return "GenreModel[" + config.kind().cliName() + ", " + featureSet + ", labels " + labels + "]";
    }
}
