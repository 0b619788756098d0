package org.scorelab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.omr.recognize.OmrEvaluator;
import org.scorelab.nn.Engines;
import org.scorelab.omr.train.OmrModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scorelab evaluate omr}: SER and SeqER of a model on a split of a data set folder. */
@Command(name = "omr", mixinStandardHelpOptions = true,
        description = {"Scores the staff recognizer on one split of a 'scorelab dataset omr' folder:",
            "SER (summed token edit distance / summed reference length) and SeqER (share of samples with an error)."})
final class EvaluateOmrCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "DIR", description = "Model folder (default: models/omr of the repository).")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Data set folder with manifest.csv.")
    Path data;

    @Option(names = "--split", defaultValue = "test", paramLabel = "SPLIT", description = "train, validation or test (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "At most N samples (default: all).")
    int limit;

    @Option(names = "--beam", defaultValue = "1", paramLabel = "K", description = "Beam width, 1 = greedy (default: ${DEFAULT-VALUE}).")
    int beam;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "PyTorch threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        if (!split.equals("train") && !split.equals("validation") && !split.equals("test")) {
            throw new ParameterException(spec.commandLine(), "--split must be train, validation or test, was '" + split + "'");
        }
        if (!Files.isRegularFile(data.resolve("manifest.csv"))) {
            throw new ParameterException(spec.commandLine(), "--data " + data + ": no manifest.csv there");
        }
        Path folder = model == null ? OmrModels.defaultFolder() : model;
        var err = spec.commandLine().getErr();
        if (!OmrModel.exists(folder)) {
            err.println("scorelab evaluate omr: " + OmrModels.missing(folder));
            return ExitCode.FAILED;
        }
        Engines.threads(threads);
        try (OmrModel m = OmrModel.load(folder)) {
            OmrEvaluator.Result r = new OmrEvaluator(m, beam).evaluate(data, split, limit, threads + 1);
            var out = spec.commandLine().getOut();
            out.printf("%s split, %d samples, %s decoding: SER %.4f  SeqER %.4f  (%d errors / %d tokens; %.2f staves/s, %d thread(s))%n",
                    split, r.rate().samples(), beam == 1 ? "greedy" : "beam " + beam, r.rate().ser(), r.rate().seqEr(),
                    r.rate().errors(), r.rate().referenceTokens(), r.stavesPerSecond(), threads);
            FailureReport failures = new FailureReport();
            for (InvalidInputException e : r.failures()) {
                failures.add(e.getMessage(), e.getMessage());
            }
            return failures.print(err, 20);
        }
    }
}
