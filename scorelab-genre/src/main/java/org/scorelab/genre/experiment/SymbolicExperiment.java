package org.scorelab.genre.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.scorelab.core.corpus.Corpus;
import org.scorelab.core.corpus.CorpusTune;
import org.scorelab.core.corpus.Split;
import org.scorelab.core.corpus.TitleSplit;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.genre.classify.ClassifierKind;
import org.scorelab.genre.classify.GenreModel;
import org.scorelab.genre.classify.GenreTrainer;
import org.scorelab.genre.classify.Sample;
import org.scorelab.genre.eval.ConfusionMatrixImage;
import org.scorelab.genre.eval.GenreEvaluation;
import org.scorelab.genre.eval.GenreEvaluator;
import org.scorelab.genre.features.SymbolicFeatures;

/**
 * Compares every {@link ClassifierKind} on symbolic features, for style and for dance type (with
 * and without the meter group), and writes {@code genre-symbolic.md}, the confusion matrix of the
 * best style classifier as PNG, and the best style and dance models.
 *
 * <p>Protocol: the corpus is split by tune title ({@link TitleSplit#DEFAULT}, 80/10/10), so no
 * title is on two sides. Each classifier tries a few settings, trained on train and scored on
 * validation by macro-F1; the chosen setting's model (trained on train only) is then scored once
 * on test, and those test numbers are the ones reported. The shipped models are the classifiers
 * with the best validation macro-F1.
 *
 * <pre>
 * SymbolicExperiment --tunes DIR --docs DIR --models DIR [--seed N] [--kinds a,b,...]
 * </pre>
 */
public final class SymbolicExperiment {

    /** One classifier setting's scores. */
    record Trial(ClassifierKind kind, GenreTrainer.Config config, GenreEvaluation validation, GenreEvaluation test,
                 GenreModel model, double trainSeconds) {
    }

    /** Samples of one task and feature set, per split. */
    record Data(Map<Split, List<Sample>> bySplit) {
        List<Sample> get(Split s) {
            return bySplit.getOrDefault(s, List.of());
        }
    }

    private final long seed;
    private final List<ClassifierKind> kinds;

    SymbolicExperiment(long seed, List<ClassifierKind> kinds) {
        this.seed = seed;
        this.kinds = List.copyOf(kinds);
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger tribuo = java.util.logging.Logger.getLogger("org.tribuo");
        tribuo.setLevel(java.util.logging.Level.WARNING);
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                usage("found '" + args[i] + "', expected an option");
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        if (args.length % 2 != 0) {
            usage("option " + args[args.length - 1] + " needs a value");
        }
        Path tunes = Path.of(opts.getOrDefault("tunes", "../shared/data/tunes"));
        Path docs = Path.of(opts.getOrDefault("docs", "docs"));
        Path models = Path.of(opts.getOrDefault("models", "models/genre/symbolic"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "1"));
        List<ClassifierKind> kinds = new ArrayList<>();
        for (String k : opts.getOrDefault("kinds", allKinds()).split(",")) {
            kinds.add(ClassifierKind.parse(k.trim()));
        }
        // the shaded jar holds every module, so no snapshot has to be installed into the local repository first
        String command = opts.getOrDefault("command", "mvn -B -q -DskipTests package && java -cp scorelab-cli/target/scorelab.jar "
                + SymbolicExperiment.class.getName() + " " + String.join(" ", args));
        new SymbolicExperiment(seed, kinds).run(tunes, docs, models, command);
        tribuo.fine("experiment done");
    }

    private static String allKinds() {
        StringBuilder sb = new StringBuilder();
        for (ClassifierKind k : ClassifierKind.values()) {
            sb.append(sb.length() == 0 ? "" : ",").append(k.cliName());
        }
        return sb.toString();
    }

    private static void usage(String why) {
        System.err.println("SymbolicExperiment: " + why);
        System.err.println("usage: SymbolicExperiment --tunes DIR --docs DIR --models DIR [--seed N] [--kinds a,b,...]");
        System.exit(2);
    }

    void run(Path tunesDir, Path docs, Path models, String command) throws IOException {
        Instant start = Instant.now();
        Corpus corpus = Corpus.load(tunesDir, TitleSplit.DEFAULT);
        double loadSeconds = seconds(start);
        say("loaded %d tunes (%d failures) in %.1f s", corpus.tunes().size(), corpus.failures().size(), loadSeconds);

        Instant featStart = Instant.now();
        Data style = samples(corpus, GenreTask.STYLE, SymbolicFeatures.WITH_METER);
        Data danceMeter = samples(corpus, GenreTask.DANCE, SymbolicFeatures.WITH_METER);
        Data danceNoMeter = samples(corpus, GenreTask.DANCE, SymbolicFeatures.WITHOUT_METER);
        Data styleNoNotation = samples(corpus, GenreTask.STYLE, SymbolicFeatures.WITHOUT_NOTATION);
        double featSeconds = seconds(featStart);
        say("features in %.1f s; style %s; dance %s", featSeconds, sizes(style), sizes(danceMeter));

        Map<ClassifierKind, Trial> styleBest = new EnumMap<>(ClassifierKind.class);
        Map<ClassifierKind, Trial> danceMeterBest = new EnumMap<>(ClassifierKind.class);
        Map<ClassifierKind, Trial> danceNoMeterBest = new EnumMap<>(ClassifierKind.class);
        Map<ClassifierKind, Trial> styleNoNotationBest = new EnumMap<>(ClassifierKind.class);
        List<String> gridRows = new ArrayList<>();
        for (ClassifierKind kind : kinds) {
            styleBest.put(kind, best(kind, "style", SymbolicFeatures.WITH_METER, style, gridRows));
            danceMeterBest.put(kind, best(kind, "dance+meter", SymbolicFeatures.WITH_METER, danceMeter, gridRows));
            danceNoMeterBest.put(kind, best(kind, "dance-meter", SymbolicFeatures.WITHOUT_METER, danceNoMeter, gridRows));
            styleNoNotationBest.put(kind, best(kind, "style-notation", SymbolicFeatures.WITHOUT_NOTATION, styleNoNotation,
                    gridRows));
        }
        Trial bestStyle = bestByValidation(styleBest);
        Trial bestDance = bestByValidation(danceMeterBest);
        Trial bestDanceNoMeter = bestByValidation(danceNoMeterBest);
        Trial bestStyleNoNotation = bestByValidation(styleNoNotationBest);

        String date = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.UTC).format(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) + "Z";
        String png = "genre-symbolic-confusion.png";
        new ConfusionMatrixImage().write(bestStyle.test(), "style, " + bestStyle.kind().title() + " (test split)", docs.resolve(png));
        String dancePng = "genre-symbolic-dance-confusion.png";
        new ConfusionMatrixImage().write(bestDance.test(), "dance with meter, " + bestDance.kind().title() + " (test split)",
                docs.resolve(dancePng));

        save(bestStyle, models.resolve("style.properties"), "style", tunesDir, corpus, style, command, date);
        save(bestDance, models.resolve("dance.properties"), "dance", tunesDir, corpus, danceMeter, command, date);
        save(bestStyleNoNotation, models.resolve("style-no-notation.properties"), "style", tunesDir, corpus, styleNoNotation,
                command, date);

        double totalSeconds = seconds(start);
        String report = report(styleBest, danceMeterBest, danceNoMeterBest, styleNoNotationBest, bestStyle, bestDance,
                bestDanceNoMeter, bestStyleNoNotation, style, danceMeter,
                corpus, gridRows, png, dancePng, command, date, loadSeconds, featSeconds, totalSeconds);
        AtomicFiles.writeString(docs.resolve("genre-symbolic.md"), report);
        say("wrote %s in %.0f s", docs.resolve("genre-symbolic.md"), totalSeconds);
    }

    /** Feature vectors of the tunes that have a label for the task, by split. */
    static Data samples(Corpus corpus, GenreTask task, SymbolicFeatures features) {
        Map<Split, List<Sample>> by = new EnumMap<>(Split.class);
        for (CorpusTune t : corpus.tunes()) {
            var label = task.labelOf(t.label());
            if (label.isEmpty()) {
                continue;
            }
            by.computeIfAbsent(t.split(), s -> new ArrayList<>()).add(new Sample(t.label().id(), features.extract(t.tune()), label.get()));
        }
        return new Data(by);
    }

    /** The settings tried per kind: few, so the whole sweep stays minutes on two cores. */
    List<GenreTrainer.Config> grid(ClassifierKind kind) {
        GenreTrainer.Config d = GenreTrainer.Config.defaults(kind).withSeed(seed);
        return switch (kind) {
            case DECISION_TREE -> List.of(d.withMaxDepth(8), d.withMaxDepth(12), d.withMaxDepth(16));
            case RANDOM_FOREST -> List.of(d.withTrees(100).withMaxDepth(16));
            case KNN -> List.of(d.withNeighbours(5), d.withNeighbours(15));
            case SOFTMAX -> List.of(d.withEpochs(30));
            case LINEAR_SVM -> List.of(d.withCost(0.1), d.withCost(1.0));
            case RBF_SVM -> List.of(d.withCost(10).withGamma(0.01));
        };
    }

    private Trial best(ClassifierKind kind, String task, SymbolicFeatures features, Data data, List<String> gridRows) {
        Trial best = null;
        GenreEvaluator evaluator = new GenreEvaluator();
        for (GenreTrainer.Config c : grid(kind)) {
            Instant t0 = Instant.now();
            GenreModel m = new GenreTrainer(c).train(features, data.get(Split.TRAIN));
            double secs = seconds(t0);
            GenreEvaluation val = evaluator.evaluate(m, data.get(Split.VALIDATION));
            gridRows.add(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f | %.1f |", task, kind.title(), c.summary(),
                    val.accuracy(), val.macroF1(), secs));
            say("%-12s %-22s %-30s val acc %.4f macro-F1 %.4f (%.1f s)", task, kind.title(), c.summary(), val.accuracy(), val.macroF1(), secs);
            if (best == null || val.macroF1() > best.validation().macroF1()) {
                best = new Trial(kind, c, val, null, m, secs);
            }
        }
        GenreEvaluation test = evaluator.evaluate(best.model(), data.get(Split.TEST));
        say("%-12s %-22s chosen %-23s TEST acc %.4f macro-F1 %.4f", task, kind.title(), best.config().summary(), test.accuracy(), test.macroF1());
        return new Trial(kind, best.config(), best.validation(), test, best.model(), best.trainSeconds());
    }

    private static Trial bestByValidation(Map<ClassifierKind, Trial> trials) {
        return trials.values().stream().max(java.util.Comparator.comparingDouble(t -> t.validation().macroF1())).orElseThrow();
    }

    private void save(Trial t, Path file, String task, Path tunesDir, Corpus corpus, Data data, String command, String date) throws IOException {
        Map<String, String> p = new TreeMap<>();
        p.put("task", task);
        p.put("data", tunesDir + " (" + corpus.tunes().size() + " tunes read; index.csv labels)");
        p.put("split", "TitleSplit.DEFAULT 80/10/10 by normalised title; trained on train only");
        p.put("samples", sizes(data));
        p.put("metrics.validation", metrics(t.validation()));
        p.put("metrics.test", metrics(t.test()));
        p.put("trained", date);
        p.put("command", command);
        p.put("machine", machine());
        p.put("tribuo", "4.3.2");
        GenreModel m = t.model().withProvenance(p);
        m.save(file);
        say("saved %s (%s)", file, t.kind().title());
    }

    private static String metrics(GenreEvaluation e) {
        return String.format(Locale.ROOT, "accuracy %.4f, macro-F1 %.4f, %d samples", e.accuracy(), e.macroF1(), e.total());
    }

    static String machine() {
        return String.format(Locale.ROOT, "%s %s, %d cores visible, Java %s", System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    private static String sizes(Data d) {
        return String.format(Locale.ROOT, "train %d, validation %d, test %d", d.get(Split.TRAIN).size(), d.get(Split.VALIDATION).size(),
                d.get(Split.TEST).size());
    }

    private static Map<String, Integer> classCounts(List<Sample> samples) {
        Map<String, Integer> m = new TreeMap<>();
        samples.forEach(s -> m.merge(s.label(), 1, Integer::sum));
        return m;
    }

    private String report(Map<ClassifierKind, Trial> style, Map<ClassifierKind, Trial> danceMeter, Map<ClassifierKind, Trial> danceNoMeter,
                          Map<ClassifierKind, Trial> styleNoNotation, Trial bestStyle, Trial bestDance, Trial bestDanceNoMeter,
                          Trial bestStyleNoNotation, Data styleData, Data danceData, Corpus corpus,
                          List<String> gridRows, String png, String dancePng, String command, String date,
                          double loadSeconds, double featSeconds, double totalSeconds) {
        StringBuilder md = new StringBuilder();
        md.append("# Genre classification from symbolic features\n\n");
        md.append("Measured by `org.scorelab.genre.experiment.SymbolicExperiment` on ").append(date).append(".\n");
        md.append("Machine: ").append(machine()).append(" (shared with other jobs).\n");
        md.append(String.format(Locale.ROOT, "Time: %.0f s in all (corpus read %.0f s, features %.1f s, the rest training and scoring).%n%n",
                totalSeconds, loadSeconds, featSeconds));
        md.append("Reproduce (from the repository root):\n\n```\n").append(command).append("\n```\n\n");
        md.append("## Results (test split)\n\n");
        md.append("Accuracy and macro-F1 on the held-out **test** titles; each classifier's setting was chosen by validation macro-F1.\n");
        md.append("Dance type is scored twice: with the meter group of features and without it. Style is scored twice too: "
                + "with every feature and without the notation group (see Features): the second is the fair one for music "
                + "that was not transcribed by the collections' editors, such as generated music.\n\n");
        md.append("| classifier | style accuracy | style macro-F1 | style accuracy / macro-F1 without notation "
                + "| dance accuracy with meter | dance accuracy without meter | dance macro-F1 with / without meter |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (ClassifierKind k : kinds) {
            Trial s = style.get(k);
            Trial sn = styleNoNotation.get(k);
            Trial dm = danceMeter.get(k);
            Trial dn = danceNoMeter.get(k);
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f / %.3f | %.3f | %.3f | %.3f / %.3f |%n", k.title(),
                    s.test().accuracy(), s.test().macroF1(), sn.test().accuracy(), sn.test().macroF1(), dm.test().accuracy(),
                    dn.test().accuracy(), dm.test().macroF1(), dn.test().macroF1()));
        }
        md.append(String.format(Locale.ROOT, "%nBest by validation macro-F1: style **%s** (%s), style without notation **%s** (%s), "
                        + "dance with meter **%s** (%s), dance without meter **%s** (%s).%n%n", bestStyle.kind().title(),
                bestStyle.config().summary(), bestStyleNoNotation.kind().title(), bestStyleNoNotation.config().summary(),
                bestDance.kind().title(), bestDance.config().summary(), bestDanceNoMeter.kind().title(), bestDanceNoMeter.config().summary()));
        md.append("### Confusion matrix of the best style classifier (test)\n\n");
        md.append("![confusion matrix](").append(png).append(")\n\n");
        md.append(bestStyle.test().confusionMarkdown()).append('\n');
        md.append("Per class (test): \n\n| class | precision | recall | F1 | support |\n|---|---:|---:|---:|---:|\n");
        bestStyle.test().perClass().forEach((l, m) -> md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n", l,
                m.precision(), m.recall(), m.f1(), m.support())));
        md.append("\n### Confusion matrix of the best dance classifier with meter (test)\n\n");
        md.append("![dance confusion matrix](").append(dancePng).append(")\n\n");
        md.append(bestDance.test().confusionMarkdown()).append('\n');
        md.append("## Data\n\n");
        md.append(String.format(Locale.ROOT, "%d tunes read from `index.csv`'s collections (%d could not be read). Split by title "
                + "(`TitleSplit.DEFAULT`, 80/10/10): style %s; dance %s.%n%n", corpus.tunes().size(), corpus.failures().size(),
                sizes(styleData), sizes(danceData)));
        md.append("Class sizes in train: style ").append(classCounts(styleData.get(Split.TRAIN))).append("; dance ")
                .append(classCounts(danceData.get(Split.TRAIN))).append(".\n");
        md.append("The classes are unbalanced (German is the largest style), so macro-F1 is reported next to accuracy and every "
                + "classifier but k-NN weights the classes inversely to their size.\n\n");
        md.append("## Features\n\n");
        md.append(String.format(Locale.ROOT, "%d numbers per tune (`SymbolicFeatures`), from the notes only: pitch-class shares relative to "
                + "the tonic and absolute, interval shares (-12..12 semitones, clamped), note-length shares in units of the measure "
                + "(measure/1 .. measure/64), pitch range, mean and spread, mean absolute interval, shares of repeats, steps and leaps, "
                + "rest share, dotted, tuplet and fermata shares, long-short and short-long pairs, notes per measure, log of the note "
                + "count, whether the tune starts and ends on the tonic, the mode and the sharps or flats of the key signature, "
                + "the notation (grace notes and ornaments per note, ties, chords, share of measures under first/second endings, "
                + "repeat signs per measure, pickup measure), and the meter group "
                + "(beats, beat type, compound). Without the meter group: %d. Never used: the title and the header fields that name "
                + "the origin or type (R: O: T: N: B: S: Z: H:), and chord symbols (the ABC reader drops them). Note lengths in "
                + "units of the measure and notes per measure still carry some of the meter, which is why dance type stays "
                + "learnable without the meter group.%n%n", SymbolicFeatures.WITH_METER.size(), SymbolicFeatures.WITHOUT_METER.size()));
        md.append(String.format(Locale.ROOT, "The notation group describes the transcriptions as much as the music: each style here "
                + "is one or two collections, each transcribed in its own way, so part of what it adds is recognising the "
                + "collection. The table therefore also scores style without it (%d features, `SymbolicFeatures.WITHOUT_NOTATION`), "
                + "and that model is shipped as `style-no-notation` for judging music from other sources.%n%n",
                SymbolicFeatures.WITHOUT_NOTATION.size()));
        md.append("## Validation grid\n\n| task | classifier | setting | val accuracy | val macro-F1 | train s |\n|---|---|---|---:|---:|---:|\n");
        gridRows.forEach(r -> md.append(r).append('\n'));
        md.append("\n## Shipped models\n\n`models/genre/symbolic/style.properties` + `style.tribuo.gz` (").append(bestStyle.kind().title())
                .append("), `style-no-notation.properties` + `style-no-notation.tribuo.gz` (")
                .append(bestStyleNoNotation.kind().title()).append(", notes and meter only)")
                .append(" and `dance.properties` + `dance.tribuo.gz` (").append(bestDance.kind().title())
                .append("), with data, split, configuration, seed, metrics, date and this command in the `.properties` file. "
                        + "`./scorelab classify` uses them.\n");
        return md.toString();
    }

    private void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
