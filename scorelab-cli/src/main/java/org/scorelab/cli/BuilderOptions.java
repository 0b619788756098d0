package org.scorelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.scorelab.core.corpus.Corpus;
import org.scorelab.core.corpus.TitleSplit;
import org.scorelab.core.io.InvalidInputException;
import picocli.CommandLine.Option;

/**
 * The options every data set builder shares: where the tunes are, how their titles split, where
 * the data goes, the seed and the threads.
 */
final class BuilderOptions {

    @Option(names = "--tunes", required = true, paramLabel = "DIR",
            description = "Folder of tunes (.abc, .mxl/.musicxml, .mid) with an optional index.csv of labels.")
    Path tunes;

    @Option(names = "--validation", paramLabel = "SHARE", defaultValue = "0.1",
            description = "Share of tune titles held out for validation (default: ${DEFAULT-VALUE}).")
    double validation;

    @Option(names = "--test", paramLabel = "SHARE", defaultValue = "0.1",
            description = "Share of tune titles held out for test (default: ${DEFAULT-VALUE}).")
    double test;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed: the same seed gives the same data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    /** Reads the corpus, reporting unreadable tunes as failures of this command. */
    Corpus load(FailureReport failures, PrintWriter out) throws IOException {
        Corpus corpus = Corpus.load(tunes, new TitleSplit(1 - validation - test, validation, test, ""));
        for (InvalidInputException e : corpus.failures()) {
            failures.add(e.getMessage(), e.reason());
        }
        out.printf("read %d tune(s) from %s (%d could not be read)%n", corpus.tunes().size(), tunes, corpus.failures().size());
        out.flush();
        return corpus;
    }
}
