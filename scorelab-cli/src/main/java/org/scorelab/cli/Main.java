package org.scorelab.cli;

import picocli.CommandLine;

/** Entry point of the {@code scorelab} jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new ScorelabCommand());
        // the descriptions are written as lines of up to ~115 characters; at picocli's default of 80
        // columns each of them would break in two
        cl.setUsageHelpWidth(120);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("scorelab " + cmd.getCommandName() + ": " + ex.getMessage());
            if (System.getenv("SCORELAB_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return ExitCode.FAILED;
        });
        return cl;
    }
}
