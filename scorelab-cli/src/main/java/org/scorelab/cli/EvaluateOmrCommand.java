package org.scorelab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.nn.Engines;
import org.scorelab.omr.eval.TokenErrors;
import org.scorelab.omr.recognize.OmrEvaluator;
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

    @Option(names = "--errors", defaultValue = "10", paramLabel = "N",
            description = {"Print the errors by category and the N commonest edits, e.g. 'note-A4_eighth -> note-B4_eighth'",
                "or '(missing) barline' (default: ${DEFAULT-VALUE}; 0: none)."})
    int errors;

    @Option(names = "--report", paramLabel = "FILE.tsv",
            description = "Write every sample read wrongly: name, edits, the edits themselves, reference and result tokens.")
    Path report;

    @Override
    public Integer call() throws Exception {
        if (errors < 0) {
            throw new ParameterException(spec.commandLine(), "--errors must be 0 or more, was " + errors);
        }
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
            if (errors > 0 && r.rate().errors() > 0) {
                printErrors(out, r.errors());
            }
            if (report != null) {
                writeReport(r);
                out.printf("wrote the %d samples read wrongly to %s%n", r.rate().wrongSamples(), report);
            }
            FailureReport failures = new FailureReport();
            for (InvalidInputException e : r.failures()) {
                failures.add(e.getMessage(), e.getMessage());
            }
            return failures.print(err, 20);
        }
    }

    private void printErrors(java.io.PrintWriter out, TokenErrors e) {
        out.println("errors by category:");
        for (var c : TokenErrors.top(e.categories(), Integer.MAX_VALUE)) {
            out.printf(Locale.ROOT, "  %5d  %5.1f%%  %s%n", c.getValue(), 100.0 * c.getValue() / e.total(), c.getKey());
        }
        out.printf("the %d commonest edits:%n", errors);
        for (var c : TokenErrors.top(e.edits(), errors)) {
            out.printf(Locale.ROOT, "  %5d  %s%n", c.getValue(), c.getKey());
        }
    }

    private void writeReport(OmrEvaluator.Result r) throws java.io.IOException {
        StringBuilder sb = new StringBuilder("name\tedits\twhat\treference\tresult\n");
        for (int i = 0; i < r.names().size(); i++) {
            List<TokenErrors.Edit> edits = TokenErrors.align(r.references().get(i), r.predicted().get(i));
            if (!edits.isEmpty()) {
                sb.append(r.names().get(i)).append('\t').append(edits.size()).append('\t')
                        .append(String.join("; ", edits.stream().map(TokenErrors.Edit::describe).toList())).append('\t')
                        .append(String.join(" ", r.references().get(i))).append('\t')
                        .append(String.join(" ", r.predicted().get(i))).append('\n');
            }
        }
        if (report.toAbsolutePath().getParent() != null) {
            Files.createDirectories(report.toAbsolutePath().getParent());
        }
        AtomicFiles.writeString(report, sb.toString());
    }
}
