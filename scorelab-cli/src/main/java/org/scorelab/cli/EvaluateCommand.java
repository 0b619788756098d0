package org.scorelab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scorelab evaluate}: scores a trained model on held-out data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Scores a trained model on held-out data.",
        subcommands = {EvaluateOmrCommand.class, EvaluateOmrPagesCommand.class, EvaluateGenreAudioCommand.class,
            EvaluateGenreCnnCommand.class})
final class EvaluateCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing kind of evaluation: omr, omr-pages or genre-audio");
    }
}
