package org.scorelab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scorelab train}: trains a model. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains a model.",
        subcommands = {TrainOmrCommand.class})
final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing kind of model: omr");
    }
}
