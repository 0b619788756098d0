package org.scorelab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scorelab.core.corpus.Split;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.render.dataset.PrimusFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scorelab dataset primus}: real PrIMuS incipits wrapped as an OMR data set folder. */
@Command(name = "primus", mixinStandardHelpOptions = true,
        description = {"Wraps real PrIMuS incipits (NAME.png with NAME.semantic, and NAME.agnostic where present, in any",
            "folder below --in) as an OMR data set folder: the files copied into --out with a manifest.csv that puts",
            "every incipit in one split, so that 'scorelab evaluate omr --data OUT --split test' scores a model on them."})
final class PrimusDatasetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "DIR", description = "Folder of PrIMuS incipits (searched recursively).")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--split", defaultValue = "test", paramLabel = "SPLIT",
            description = "The split every incipit goes to: train, validation or test (default: ${DEFAULT-VALUE}).")
    String split;

    @Override
    public Integer call() throws Exception {
        Split target = null;
        for (Split s : Split.values()) {
            if (s.label().equals(split)) {
                target = s;
            }
        }
        if (target == null) {
            throw new ParameterException(spec.commandLine(), "--split must be train, validation or test, was '" + split + "'");
        }
        PrimusFolder.Result r = PrimusFolder.wrap(in, out, target);
        FailureReport failures = new FailureReport();
        for (InvalidInputException e : r.skipped()) {
            failures.add(e.getMessage(), e.reason());
        }
        spec.commandLine().getOut().printf("wrapped %d PrIMuS incipit(s) as the %s split; manifest: %s%n",
                r.names().size(), split, r.manifest());
        return failures.print(spec.commandLine().getErr(), 20);
    }
}
