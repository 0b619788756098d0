package org.scorelab.genre.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scorelab.genre.features.SymbolicFeatures;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.libsvm.LibSVMClassificationTrainer;
import org.tribuo.classification.libsvm.SVMClassificationType;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.common.libsvm.KernelType;
import org.tribuo.common.libsvm.SVMParameters;
import org.tribuo.common.nearest.KNNModel;
import org.tribuo.common.nearest.KNNTrainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.math.neighbour.NeighboursQueryFactoryType;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains one kind of classifier with a fixed configuration and seed. Features are standardised
 * with statistics of the training samples only; with {@link Config#balanced()} every class gets
 * the same total weight (weight {@code N / (K * n_class)} per sample for the trees and softmax,
 * the same factor on the per-class cost C for the SVMs, which ignore sample weights), so the large German class does not drown the small ones. k-NN has no notion
 * of weights and ignores it.
 */
public final class GenreTrainer {

    /**
     * What to train. Only the fields of the chosen kind matter; the others keep their defaults.
     *
     * @param kind         the classifier
     * @param seed         seeds every random choice (SGD order, bootstrap samples, split features)
     * @param balanced     weight classes inversely to their size
     * @param epochs       SGD passes over the data (softmax)
     * @param learningRate AdaGrad step size (softmax)
     * @param neighbours   k (k-NN)
     * @param trees        ensemble size (random forest)
     * @param maxDepth     tree depth limit (decision tree, random forest)
     * @param cost         C (SVMs)
     * @param gamma        RBF kernel width, {@code exp(-gamma |x - y|^2)} (RBF SVM)
     */
    public record Config(ClassifierKind kind, long seed, boolean balanced, int epochs, double learningRate, int neighbours,
                         int trees, int maxDepth, double cost, double gamma) {

        public Config {
            if (kind == null) {
                throw new IllegalArgumentException("kind must not be null");
            }
            check("epochs", epochs, epochs >= 1);
            check("learningRate", learningRate, learningRate > 0 && Double.isFinite(learningRate));
            check("neighbours", neighbours, neighbours >= 1);
            check("trees", trees, trees >= 1);
            check("maxDepth", maxDepth, maxDepth >= 1);
            check("cost", cost, cost > 0 && Double.isFinite(cost));
            check("gamma", gamma, gamma > 0 && Double.isFinite(gamma));
        }

        private static void check(String field, double value, boolean ok) {
            if (!ok) {
                throw new IllegalArgumentException(field + " must be positive, was " + value);
            }
        }

        /** Sensible settings for {@code kind}: balanced classes, seed 1. */
        public static Config defaults(ClassifierKind kind) {
            return new Config(kind, 1L, true, 30, 0.1, 5, 200, 12, 1.0, 0.02);
        }

        public Config withSeed(long s) {
            return new Config(kind, s, balanced, epochs, learningRate, neighbours, trees, maxDepth, cost, gamma);
        }

        public Config withBalanced(boolean b) {
            return new Config(kind, seed, b, epochs, learningRate, neighbours, trees, maxDepth, cost, gamma);
        }

        public Config withNeighbours(int k) {
            return new Config(kind, seed, balanced, epochs, learningRate, k, trees, maxDepth, cost, gamma);
        }

        public Config withMaxDepth(int d) {
            return new Config(kind, seed, balanced, epochs, learningRate, neighbours, trees, d, cost, gamma);
        }

        public Config withTrees(int t) {
            return new Config(kind, seed, balanced, epochs, learningRate, neighbours, t, maxDepth, cost, gamma);
        }

        public Config withCost(double c) {
            return new Config(kind, seed, balanced, epochs, learningRate, neighbours, trees, maxDepth, c, gamma);
        }

        public Config withGamma(double g) {
            return new Config(kind, seed, balanced, epochs, learningRate, neighbours, trees, maxDepth, cost, g);
        }

        public Config withEpochs(int e) {
            return new Config(kind, seed, balanced, e, learningRate, neighbours, trees, maxDepth, cost, gamma);
        }

        /** Only the settings that matter for the kind, for tables and provenance: {@code C=1, gamma=0.02}. */
        public String summary() {
            String own = switch (kind) {
                case DECISION_TREE -> "maxDepth=" + maxDepth;
                case RANDOM_FOREST -> "trees=" + trees + ", maxDepth=" + maxDepth;
                case KNN -> "k=" + neighbours;
                case SOFTMAX -> "epochs=" + epochs + ", lr=" + learningRate;
                case LINEAR_SVM -> "C=" + cost;
                case RBF_SVM -> "C=" + cost + ", gamma=" + gamma;
            };
            return own + (balanced && kind != ClassifierKind.KNN ? ", balanced" : "");
        }
    }

    private static final LabelFactory FACTORY = new LabelFactory();
    /**
     * Least total sample weight in a leaf of a forest's tree. With 1, a forest of the corpus has
     * some 60,000 leaves and takes seconds to load; 5 prunes the leaves that hold one or two tunes.
     */
    static final float FOREST_MIN_LEAF_WEIGHT = 5f;
    /** LibSVM prints its optimiser trace to stdout unless given a printer; this one drops it. */
    private static final libsvm.svm_print_interface QUIET = text -> { };

    private final Config config;

    public GenreTrainer(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        this.config = config;
    }

    public Config config() {
        return config;
    }

    /**
     * Trains on {@code train}, whose vectors were made by {@code features}.
     *
     * @throws IllegalArgumentException when there are fewer than two classes or a vector has the wrong length
     */
    public GenreModel train(SymbolicFeatures features, List<Sample> train) {
        return train(features.setName(), features.names(), train);
    }

    /** Trains on vectors with the given feature names; {@code featureSet} is saved with the model. */
    public GenreModel train(String featureSet, List<String> featureNames, List<Sample> train) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Sample s : train) {
            if (s.features().length != featureNames.size()) {
                throw new IllegalArgumentException("sample " + s.id() + " has " + s.features().length + " features, expected "
                        + featureNames.size());
            }
            counts.merge(s.label(), 1, Integer::sum);
        }
        if (counts.size() < 2) {
            throw new IllegalArgumentException("need at least two classes to train, got " + counts.keySet());
        }
        Standardizer standardizer = Standardizer.fit(train);
        Map<String, Float> weights = classWeights(counts, train.size());
        String[] names = featureNames.toArray(String[]::new);
        List<Example<Label>> examples = new ArrayList<>(train.size());
        boolean exampleWeights = config.balanced() && switch (config.kind()) {
            case DECISION_TREE, RANDOM_FOREST, SOFTMAX -> true;
            case KNN, LINEAR_SVM, RBF_SVM -> false;
        };
        for (Sample s : train) {
            float w = exampleWeights ? weights.get(s.label()) : 1f;
            ArrayExample<Label> ex = new ArrayExample<>(new Label(s.label()), names, standardizer.apply(s.features()));
            ex.setWeight(w);
            examples.add(ex);
        }
        MutableDataset<Label> data = new MutableDataset<>(examples,
                new SimpleDataSourceProvenance(featureSet + " features, " + train.size() + " samples", FACTORY), FACTORY);
        Model<Label> model = trainer(weights).train(data);
        return new GenreModel(featureSet, featureNames, List.copyOf(counts.keySet()), standardizer, model, config, Map.of());
    }

    /** {@code N / (K * n_c)}: each class then weighs N / K in total. */
    static Map<String, Float> classWeights(Map<String, Integer> counts, int total) {
        Map<String, Float> w = new TreeMap<>();
        counts.forEach((label, n) -> w.put(label, (float) total / (counts.size() * (float) n)));
        return w;
    }

    private Trainer<Label> trainer(Map<String, Float> weights) {
        long seed = config.seed();
        return switch (config.kind()) {
            case DECISION_TREE -> new CARTClassificationTrainer(config.maxDepth(), 2f, 0f, 1f, false, new GiniIndex(), seed);
            case RANDOM_FOREST -> new RandomForestTrainer<>(
                    new CARTClassificationTrainer(config.maxDepth(), FOREST_MIN_LEAF_WEIGHT, 0f, 0.3f, false, new GiniIndex(), seed),
                    new VotingCombiner(), config.trees(), seed);
            case KNN -> new KNNTrainer<>(config.neighbours(), new L2Distance(), 1, new VotingCombiner(),
                    KNNModel.Backend.STREAMS, NeighboursQueryFactoryType.BRUTE_FORCE);
            case SOFTMAX -> new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(config.learningRate(), 1e-6),
                    config.epochs(), -1, 1, seed);
            case LINEAR_SVM -> {
                LibLinearClassificationTrainer t = new LibLinearClassificationTrainer(
                        new LinearClassificationType(LinearClassificationType.LinearType.L2R_L2LOSS_SVC_DUAL),
                        config.cost(), 2000, 0.01, seed);
                if (config.balanced()) {
                    t.setLabelWeights(labelWeights(weights));
                }
                yield t;
            }
            case RBF_SVM -> {
                SVMParameters<Label> p = new SVMParameters<>(new SVMClassificationType(SVMClassificationType.SVMMode.C_SVC),
                        KernelType.RBF);
                p.setCost(config.cost());
                p.setGamma(config.gamma());
                p.setProbability();
                p.setCacheSize(200);
                libsvm.svm.svm_set_print_string_function(QUIET);
                LibSVMClassificationTrainer t = new LibSVMClassificationTrainer(p, seed);
                if (config.balanced()) {
                    t.setLabelWeights(labelWeights(weights));
                }
                yield t;
            }
        };
    }

    private static Map<Label, Float> labelWeights(Map<String, Float> weights) {
        Map<Label, Float> m = new java.util.HashMap<>();
        weights.forEach((k, v) -> m.put(new Label(k), v));
        return m;
    }
}
