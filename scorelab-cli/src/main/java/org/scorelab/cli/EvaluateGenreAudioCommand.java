package org.scorelab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.genre.audio.AudioGenreClassifier;
import org.scorelab.genre.audio.AudioGenreExperiment;
import org.scorelab.genre.audio.QuantizedGenreExperiment;
import org.scorelab.genre.audio.SoundSet;
import org.scorelab.genre.classify.ClassifierKind;
import org.scorelab.genre.classify.GenreModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scorelab evaluate genre-audio}: style and dance type from audio, trained with one sound set and tested with another. */
@Command(name = "genre-audio", mixinStandardHelpOptions = true,
        description = {"Renders tunes of the train titles with one sound set and of the held-out test titles with another,",
            "transcribes the melodies and compares classifiers on the notes (trained on transcriptions or on the played notes)",
            "with the classic ones on summary audio features. Prints one table (accuracy, macro-F1), writes confusion-matrix PNGs",
            "and, with --save-models, the transcription-route models that 'classify' uses for .wav files."})
final class EvaluateGenreAudioCommand implements Callable<Integer> {

    /** Held here: the logging framework keeps loggers weakly, and a collected one forgets its level. */
    private static final java.util.logging.Logger TRIBUO_LOG = java.util.logging.Logger.getLogger("org.tribuo");

    @Spec
    CommandSpec spec;

    @Mixin
    ClipSelectionOptions clips;

    @Option(names = "--kinds", paramLabel = "a,b,...", split = ",",
            description = "Classifiers (default: all: decision-tree, random-forest, knn, softmax, linear-svm, rbf-svm).")
    List<String> kinds;

    @Option(names = "--out", defaultValue = "genre-audio-eval", paramLabel = "DIR",
            description = "Folder for the table (results.md) and the confusion-matrix PNGs (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--save-models", paramLabel = "DIR",
            description = {"Save the random forests of the first direction's transcription route here (style.properties, dance.properties);",
                "with --quantized, the style forest of its saved route (style.properties only)."})
    Path saveModels;

    @Option(names = "--quantized", description = {"Run the quantised-score route instead: the ceiling on played notes for each of --spans,",
        "then (unless --ceiling-only) the transcriptions quantised into tunes and judged by the symbolic features."})
    boolean quantized;

    @Option(names = "--spans", defaultValue = "15,30,60,0", split = ",", paramLabel = "S,...",
            description = "With --quantized: ceiling spans in seconds, 0 for the whole tune (default: ${DEFAULT-VALUE}).")
    List<Double> spans;

    @Option(names = "--ceiling-only", description = "With --quantized: only the ceiling on played notes (no audio is rendered).")
    boolean ceilingOnly;

    @Option(names = "--no-ceiling", description = "With --quantized: skip the ceiling on played notes (the audio part only).")
    boolean noCeiling;

    @Option(names = "--test-clips-only", description = {"With --quantized: render only the test titles (with both sound sets) and train on",
        "played notes alone, so that long clips cost the test clips only."})
    boolean testClipsOnly;

    @Override
    public Integer call() throws Exception {
        ClipSelectionOptions.Selection c = clips.check(spec);
        List<ClassifierKind> chosen = new ArrayList<>();
        try {
            for (String k : kinds == null ? List.of("decision-tree", "random-forest", "knn", "softmax", "linear-svm", "rbf-svm") : kinds) {
                chosen.add(ClassifierKind.parse(k.trim()));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING);
        var log = System.err;
        SoundSet train = c.train(spec);
        SoundSet test = c.test();
        AudioGenreExperiment.Options o = new AudioGenreExperiment.Options(c.tunes(), train, test, c.both(), c.seconds(),
                c.sizes(), c.seed(), c.threads(), c.cache(), chosen);
        if (quantized) {
            if (noCeiling && ceilingOnly) {
                throw new ParameterException(spec.commandLine(), "--no-ceiling and --ceiling-only leave nothing to run");
            }
            return quantized(o, log);
        }
        AudioGenreExperiment.Result r = new AudioGenreExperiment(o, log).run();

        Files.createDirectories(out);
        List<String> pngs = new ArrayList<>();
        Map<String, AudioGenreExperiment.Row> bestPerDirection = new LinkedHashMap<>();
        for (AudioGenreExperiment.Row row : r.rows()) {
            if (row.route().equals(AudioGenreExperiment.REFERENCE)) {
                continue;
            }
            bestPerDirection.merge(row.direction(), row, (a, b) -> b.style().accuracy() > a.style().accuracy() ? b : a);
        }
        for (AudioGenreExperiment.Row row : bestPerDirection.values()) {
            String name = "genre-audio-confusion-" + row.direction().replace(" -> ", "-to-") + ".png";
            AudioGenreExperiment.writeConfusion(row, out.resolve(name));
            pngs.add(name);
        }
        String date = ResultsPage.now();
        String measured = String.format(Locale.ROOT, "Measured %s in %.0f s, %d cores visible, %d rendering threads.", date, r.seconds(),
                Runtime.getRuntime().availableProcessors(), c.threads());
        AtomicFiles.writeString(out.resolve("results.md"), ResultsPage.markdown(measured, r.data(), r.markdown(), pngs));
        var stdout = spec.commandLine().getOut();
        stdout.print(r.markdown());
        stdout.printf("wrote %s and %d confusion matrices%n", out.resolve("results.md"), pngs.size());

        if (saveModels != null) {
            String dir = train.name() + " -> " + test.name();
            AudioGenreExperiment.Row forest = r.rows().stream()
                    .filter(x -> x.direction().equals(dir) && x.route().equals(AudioGenreExperiment.TRANSCRIBED)
                            && x.kind() == ClassifierKind.RANDOM_FOREST)
                    .findFirst().orElse(null);
            if (forest == null) {
                spec.commandLine().getErr().println("no random forest on the transcription route to save; add random-forest to --kinds");
                return ExitCode.FAILED;
            }
            Files.createDirectories(saveModels);
            String command = "scorelab " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
            save(forest.styleModel(), forest.style().accuracy(), forest.style().macroF1(), "style", saveModels, o, command, date, r);
            save(forest.danceModel(), forest.danceMeter().accuracy(), forest.danceMeter().macroF1(), "dance", saveModels, o, command, date, r);
            stdout.printf("saved the style and dance models (random forest, transcription route) in %s%n", saveModels);
        }
        stdout.flush();
        return ExitCode.OK;
    }

    /** The quantised-score route: ceiling table, audio table, confusion matrix of the best audio row per direction. */
    private int quantized(AudioGenreExperiment.Options o, java.io.PrintStream log) throws java.io.IOException {
        for (double s : spans) {
            if (s < 0 || s > 600) {
                throw new ParameterException(spec.commandLine(), "--spans must be seconds in 0..600 (0: whole tune), was " + s);
            }
        }
        QuantizedGenreExperiment.Result r = new QuantizedGenreExperiment(new QuantizedGenreExperiment.Options(o, noCeiling ? List.of() : spans, !ceilingOnly, testClipsOnly), log).run();
        Files.createDirectories(out);
        Map<String, QuantizedGenreExperiment.Row> best = new LinkedHashMap<>();
        for (QuantizedGenreExperiment.Row row : r.rows()) {
            if (row.part().equals(QuantizedGenreExperiment.AUDIO)) {
                best.merge(row.direction(), row, (a, b) -> b.style().accuracy() > a.style().accuracy() ? b : a);
            }
        }
        List<String> pngs = new ArrayList<>();
        for (QuantizedGenreExperiment.Row row : best.values()) {
            String name = "genre-audio-quantized-confusion-" + row.direction().replace(" -> ", "-to-") + ".png";
            new org.scorelab.genre.eval.ConfusionMatrixImage().write(row.style(), "style, " + row.kind().title() + ", " + row.route()
                    + " (" + row.direction() + ", " + row.span() + ", test titles)", out.resolve(name));
            pngs.add(name);
        }
        String date = ResultsPage.now();
        StringBuilder md = new StringBuilder();
        md.append("Measured ").append(date).append(" in ").append(String.format(Locale.ROOT, "%.0f", r.seconds())).append(" s.\n\n");
        r.data().forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        if (!noCeiling) {
            md.append("\n## Ceiling: played notes, no audio\n\n").append(r.markdown(QuantizedGenreExperiment.CEILING));
        }
        if (!ceilingOnly) {
            md.append("\n## Audio: quantised transcriptions\n\n").append(r.markdown(QuantizedGenreExperiment.AUDIO));
            for (QuantizedGenreExperiment.Row row : best.values()) {
                md.append("\nBest style row ").append(row.direction()).append(": ").append(row.kind().title()).append(", ")
                        .append(row.route()).append("\n\n").append(row.style().confusionMarkdown()).append('\n');
            }
        }
        for (String p : pngs) {
            md.append("![confusion](").append(p).append(")\n");
        }
        AtomicFiles.writeString(out.resolve("results-quantized.md"), md.toString());
        var stdout = spec.commandLine().getOut();
        stdout.print(md);
        stdout.printf("wrote %s%n", out.resolve("results-quantized.md"));
        if (saveModels != null) {
            String dir = o.trainSounds().name() + " -> " + o.testSounds().name();
            QuantizedGenreExperiment.Row forest = r.rows().stream()
                    .filter(x -> x.part().equals(QuantizedGenreExperiment.AUDIO) && x.direction().equals(dir)
                            && x.route().equals(QuantizedGenreExperiment.SAVED_ROUTE) && x.kind() == ClassifierKind.RANDOM_FOREST)
                    .findFirst().orElse(null);
            if (forest == null) {
                spec.commandLine().getErr().println("no random forest on the route '" + QuantizedGenreExperiment.SAVED_ROUTE
                        + "' to save; add random-forest to --kinds and leave out --ceiling-only and --test-clips-only");
                return ExitCode.FAILED;
            }
            Files.createDirectories(saveModels);
            Map<String, String> p = new LinkedHashMap<>();
            p.put("task", "style");
            p.put(AudioGenreClassifier.SECONDS_KEY, Double.toString(o.seconds()));
            p.put("input", "audio: melody transcribed by org.scorelab.audio.pitch.Transcriber, first " + o.seconds()
                    + " s, quantised by org.scorelab.genre.audio.TranscriptionQuantizer; features " + forest.model().featureSet());
            p.put("data", "tune collections " + o.tunes() + ", title split TitleSplit.DEFAULT, train titles only: transcriptions of the "
                    + "clips and played notes of " + r.data().get("played-notes training tunes") + " more tunes");
            p.put("data.sounds", o.trainSounds().name() + (o.trainSounds().soundbank() == null ? " (JDK built-in)" : " (" + o.trainSounds().soundbank() + ")"));
            p.put("data.seed", Long.toString(o.seed()));
            p.put("metrics.test", String.format(Locale.ROOT, "accuracy %.4f, macro-F1 %.4f on test titles rendered with %s",
                    forest.style().accuracy(), forest.style().macroF1(), o.testSounds().name()));
            p.put("command", "scorelab " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
            p.put("date", date);
            forest.model().withProvenance(p).save(saveModels.resolve("style.properties"));
            stdout.printf("saved the style model (random forest, %s) in %s%n", QuantizedGenreExperiment.SAVED_ROUTE, saveModels);
        }
        stdout.flush();
        return ExitCode.OK;
    }

    private static void save(GenreModel m, double acc, double f1, String task, Path dir, AudioGenreExperiment.Options o, String command,
                             String date, AudioGenreExperiment.Result r) throws java.io.IOException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("task", task);
        p.put(AudioGenreClassifier.SECONDS_KEY, Double.toString(o.seconds()));
        p.put("input", "audio: melody transcribed by org.scorelab.audio.pitch.Transcriber, first " + o.seconds() + " s");
        p.put("data", "tune collections " + o.tunes() + ", title split TitleSplit.DEFAULT, train titles only; " + r.data().get(task + " train"));
        p.put("data.sounds", o.trainSounds().name() + (o.trainSounds().soundbank() == null ? " (JDK built-in)" : " (" + o.trainSounds().soundbank() + ")"));
        p.put("data.seed", Long.toString(o.seed()));
        p.put("metrics.test", String.format(Locale.ROOT, "accuracy %.4f, macro-F1 %.4f on test titles rendered with %s", acc, f1, o.testSounds().name()));
        p.put("command", command);
        p.put("date", date);
        m.withProvenance(p).save(dir.resolve(task + ".properties"));
    }
}
