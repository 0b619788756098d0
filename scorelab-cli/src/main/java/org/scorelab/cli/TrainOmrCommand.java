package org.scorelab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.nn.rnn.Cell;
import org.scorelab.omr.data.Encoding;
import org.scorelab.omr.data.NoteSpelling;
import org.scorelab.omr.model.OmrConfig;
import org.scorelab.omr.train.OmrModel;
import org.scorelab.omr.train.OmrTrainer;
import org.scorelab.omr.train.TrainOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scorelab train omr}: trains the staff recognizer on a {@code dataset omr} folder. */
@Command(name = "omr", mixinStandardHelpOptions = true,
        description = {"Trains the staff recognizer (multiscale residual CNN -> BiSRU -> CTC) on a folder made by",
            "'scorelab dataset omr'. Writes MODEL_DIR: weights, vocabulary, config, provenance.json, training.csv,",
            "training.png and checkpoints/ (one per epoch; --resume continues from the latest)."})
final class TrainOmrCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Data set folder with manifest.csv; repeat to train on several (e.g. clean and camera).")
    List<Path> data;

    @Option(names = "--out", required = true, paramLabel = "MODEL_DIR", description = "Model folder to write.")
    Path out;

    @Option(names = "--epochs", defaultValue = "10", paramLabel = "E", description = "Epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch", defaultValue = "16", paramLabel = "N", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--lr", defaultValue = "0.001", paramLabel = "RATE", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    float learningRate;

    @Option(names = "--lr-final", paramLabel = "RATE",
            description = "Learning rate of the last epoch; from --lr-decay-from on the rate falls geometrically"
                    + " to it (default: --lr, a constant rate).")
    Float finalRate;

    @Option(names = "--lr-decay-from", defaultValue = "1", paramLabel = "EPOCH",
            description = "First epoch of the decay to --lr-final (default: ${DEFAULT-VALUE}).")
    int decayFrom;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "At most N training samples (default: all).")
    int limit;

    @Option(names = "--validation-limit", defaultValue = "500", paramLabel = "N",
            description = "At most N validation samples per epoch (default: ${DEFAULT-VALUE}; 0: all).")
    int validationLimit;

    @Option(names = "--resume", description = "Continue from the latest checkpoint in MODEL_DIR.")
    boolean resume;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "PyTorch threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--encoding", defaultValue = "semantic", paramLabel = "ENC", description = "semantic or agnostic (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--spelling", defaultValue = "sounding", paramLabel = "S",
            description = "How the network spells semantic tokens: sounding (each note with the alteration it sounds,"
                    + " as PrIMuS), printed (notes as on the staff, accidentals as tokens of their own; the key and"
                    + " the bar's accidentals are applied when reading back) or printed-digits (printed, and each"
                    + " multirest's count digit by digit: multirest digit-2 digit-3) (default: ${DEFAULT-VALUE}).")
    String spelling;

    @Option(names = "--init-from", paramLabel = "MODEL_DIR",
            description = "Start from this trained model's weights instead of random ones. Its network must have the"
                    + " shape given here and its tokens must be the first ones of this run's spelling (sounding, then printed,"
                    + " then printed-digits); the classes it lacks start fresh.")
    Path initFrom;

    @Option(names = "--channels", defaultValue = "16,32,64", paramLabel = "C,C,C", description = "CNN filters per stage (default: ${DEFAULT-VALUE}).")
    String channels;

    @Option(names = "--blocks", defaultValue = "1", paramLabel = "N", description = "Residual blocks per stage (default: ${DEFAULT-VALUE}).")
    int blocks;

    @Option(names = "--hidden", defaultValue = "128", paramLabel = "H", description = "Recurrent state per direction (default: ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--layers", defaultValue = "2", paramLabel = "L", description = "Recurrent layers (default: ${DEFAULT-VALUE}).")
    int layers;

    @Option(names = "--dropout", defaultValue = "0.2", paramLabel = "P", description = "Dropout between recurrent layers (default: ${DEFAULT-VALUE}).")
    float dropout;

    @Option(names = "--interline", defaultValue = "8", paramLabel = "PX", description = "Input interline in pixels (default: ${DEFAULT-VALUE}).")
    double interline;

    @Option(names = "--context", defaultValue = "3", paramLabel = "IL", description = "Interlines above and below the staff (default: ${DEFAULT-VALUE}).")
    double context;

    @Option(names = "--cell", defaultValue = "SRU", paramLabel = "CELL", description = "SRU or LSTM (ablation) (default: ${DEFAULT-VALUE}).")
    Cell cell;

    @Option(names = "--no-fusion", description = "Ablation: the deep feature map alone, no multiscale fusion.")
    boolean noFusion;

    @Option(names = "--plain", description = "Ablation: plain conv modules instead of residual blocks.")
    boolean plain;

    @Override
    public Integer call() throws Exception {
        OmrConfig config;
        TrainOptions options;
        try {
            List<Integer> ch = Arrays.stream(channels.split(",")).map(String::strip).map(Integer::parseInt).toList();
            config = new OmrConfig(ch, blocks, !noFusion, !plain, cell, hidden, layers, dropout, interline, context,
                    Encoding.parse(encoding), NoteSpelling.parse(spelling));
            options = new TrainOptions(epochs, batch, learningRate, seed, limit, validationLimit, resume, threads,
                    finalRate == null ? learningRate : finalRate, decayFrom, initFrom);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (initFrom != null && !OmrModel.exists(initFrom)) {
            throw new ParameterException(spec.commandLine(), "--init-from " + initFrom
                    + ": no trained model there (weights.params, vocabulary.txt, config.json)");
        }
        for (Path d : data) {
            if (!Files.isRegularFile(d.resolve("manifest.csv"))) {
                throw new ParameterException(spec.commandLine(), "--data " + d
                        + ": no manifest.csv there; make a data set with 'scorelab dataset omr'");
            }
        }
        var stdout = spec.commandLine().getOut();
        OmrTrainer.Result r;
        try {
            r = new OmrTrainer(config, options).train(data, out, line -> {
                stdout.println(line);
                stdout.flush();
            });
        } catch (InvalidInputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCode.FAILED;
        }
        FailureReport failures = new FailureReport();
        for (InvalidInputException e : r.failures()) {
            failures.add(e.getMessage(), e.getMessage());
        }
        stdout.printf("model written to %s (%d parameters)%n", out, r.provenance().parameters());
        failures.print(spec.commandLine().getErr(), 20);
        return ExitCode.OK;
    }
}
