package org.scorelab.cli;

/** The exit codes every command keeps to. */
public final class ExitCode {

    /** Everything was done. */
    public static final int OK = 0;
    /** Some inputs failed; each is named on stderr and the rest were still written. */
    public static final int FAILED = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
