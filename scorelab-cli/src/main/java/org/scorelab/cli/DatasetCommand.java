package org.scorelab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scorelab dataset}: builds training data from a folder of labelled tunes. */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Builds training data from a folder of tunes (e.g. ../shared/data/tunes).",
        subcommands = {OmrDatasetCommand.class, AudioDatasetCommand.class, PrimusDatasetCommand.class})
final class DatasetCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing kind of data set: omr, audio or primus");
    }
}
