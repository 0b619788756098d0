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
import org.scorelab.genre.cnn.MelCnnConfig;
import org.scorelab.genre.cnn.MelCnnExperiment;
import org.scorelab.genre.cnn.MelInput;
import org.scorelab.genre.eval.ConfusionMatrixImage;
import org.scorelab.nn.Engines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scorelab evaluate genre-cnn}: the log-mel CNN across sound sets, on the clips of {@code evaluate genre-audio}. */
@Command(name = "genre-cnn", mixinStandardHelpOptions = true,
        description = {"Renders the clips 'evaluate genre-audio' renders (same options, same clips), turns each into a standardised",
            "log-mel spectrogram, trains a CNN on random 3-s crops of the training clips and scores it on the",
            "held-out test titles rendered with the other sound set (and with its own, to show what the change of sounds costs).",
            "Prints one table (accuracy, macro-F1) and writes results.md and a confusion-matrix PNG per row into --out."})
final class EvaluateGenreCnnCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClipSelectionOptions clips;

    @Option(names = "--tasks", defaultValue = "style,dance", split = ",", paramLabel = "TASK",
            description = "style, dance, or both comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> tasks;

    @Option(names = "--epochs", defaultValue = "30", paramLabel = "N",
            description = "Training epochs, each 4 random crops of every training clip (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--normalisation", defaultValue = "band", paramLabel = "clip|band",
            description = "Standardise each log-mel image as a whole (clip), or remove each band's mean over the clip first (band; default).")
    String normalisation;

    @Option(names = "--torch-threads", defaultValue = "1", paramLabel = "N",
            description = "PyTorch threads for training and scoring (default: ${DEFAULT-VALUE}).")
    int torchThreads;

    @Option(names = "--out", defaultValue = "genre-cnn-eval", paramLabel = "DIR",
            description = "Folder for the table (results.md) and the confusion-matrix PNGs (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--save-models", paramLabel = "DIR",
            description = "Save each trained network here, one folder per training sound set and task.")
    Path saveModels;

    @Override
    public Integer call() throws Exception {
        ClipSelectionOptions.Selection c = clips.check(spec);
        if (epochs < 1 || epochs > 1000) {
            throw new ParameterException(spec.commandLine(), "--epochs must be in 1..1000, was " + epochs);
        }
        if (torchThreads < 1 || torchThreads > 64) {
            throw new ParameterException(spec.commandLine(), "--torch-threads must be in 1..64, was " + torchThreads);
        }
        for (String t : tasks) {
            if (!MelCnnExperiment.TASKS.contains(t)) {
                throw new ParameterException(spec.commandLine(), "--tasks: '" + t + "' is not one of " + MelCnnExperiment.TASKS);
            }
        }
        MelInput.Normalisation norm;
        try {
            norm = MelInput.Normalisation.valueOf(normalisation.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--normalisation must be clip or band, was '" + normalisation + "'");
        }
        Engines.threads(torchThreads);
        MelInput input = MelInput.DEFAULT.withNormalisation(norm);
        MelCnnConfig config = MelCnnConfig.DEFAULT.withEpochs(epochs).withSeed(c.seed());
        MelCnnExperiment.Options o = new MelCnnExperiment.Options(c.tunes(), c.trains(), c.test(), c.both(), c.seconds(), c.sizes(),
                c.seed(), c.threads(), c.cache(), input, config, List.copyOf(tasks));
        MelCnnExperiment.Result r = new MelCnnExperiment(o, System.err).run(saveModels);

        Files.createDirectories(out);
        List<String> pngs = new ArrayList<>();
        for (MelCnnExperiment.Row row : r.rows()) {
            String name = "genre-cnn-confusion-" + row.task() + "-" + row.direction().replace(" -> ", "-to-") + ".png";
            new ConfusionMatrixImage().write(row.crossSounds(), row.task() + ", log-mel CNN (" + row.direction() + ", test titles)",
                    out.resolve(name));
            pngs.add(name);
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("input", input.toString());
        facts.put("network and training", config.toString());
        facts.putAll(r.data());
        facts.put("command", "scorelab " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        String measured = String.format(Locale.ROOT, "Measured %s in %.0f s, %d cores visible, %d rendering threads, %d PyTorch thread(s).",
                ResultsPage.now(), r.seconds(), Runtime.getRuntime().availableProcessors(), c.threads(), torchThreads);
        String md = ResultsPage.markdown(measured, facts, r.markdown(), pngs);
        AtomicFiles.writeString(out.resolve("results.md"), md);
        var stdout = spec.commandLine().getOut();
        stdout.print(r.markdown());
        stdout.printf("wrote %s and %d confusion matrices%s%n", out.resolve("results.md"), pngs.size(),
                saveModels == null ? "" : "; models in " + saveModels);
        stdout.flush();
        return ExitCode.OK;
    }
}
