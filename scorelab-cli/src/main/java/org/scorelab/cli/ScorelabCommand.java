package org.scorelab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command: lists the subcommands. */
@Command(name = "scorelab",
        mixinStandardHelpOptions = true,
        version = "scorelab 0.1.0",
        description = "Reads, links, writes and judges music across score images, audio and symbolic text.",
        subcommands = {DemoCommand.class, ConvertCommand.class, DatasetCommand.class, RecognizeCommand.class,
            TrainCommand.class, EvaluateCommand.class, ClassifyCommand.class, SpectrogramCommand.class,
            CompareCommand.class, picocli.CommandLine.HelpCommand.class})
public final class ScorelabCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: try 'scorelab --help'");
    }
}
