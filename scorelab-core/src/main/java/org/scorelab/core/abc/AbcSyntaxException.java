package org.scorelab.core.abc;

/**
 * A problem at one place of an ABC tune: what was found there and what was expected. The reader
 * turns it into an {@link org.scorelab.core.io.InvalidInputException} that also names the file
 * and the tune; it is a separate checked type so that the parser can throw it without knowing
 * the file.
 */
final class AbcSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    AbcSyntaxException(int line, int column, String reason) {
        super(reason);
        this.line = line;
        this.column = column;
    }

    /** {@code found 'x', expected y}, the usual shape of a reason. */
    static AbcSyntaxException found(int line, int column, String found, String expected) {
        return new AbcSyntaxException(line, column, "found " + quote(found) + ", expected " + expected);
    }

    /** As {@link #found} with a short name of the problem in front. */
    static AbcSyntaxException found(int line, int column, String problem, String found, String expected) {
        return new AbcSyntaxException(line, column, problem + ": found " + quote(found) + ", expected " + expected);
    }

    /** 1-based line in the file. */
    int line() {
        return line;
    }

    /** 1-based column in the line. */
    int column() {
        return column;
    }

    /** Quotes what was found, except the "end of line" and "end of tune" markers. */
    static String quote(String found) {
        if (found.equals(END_OF_LINE) || found.equals(END_OF_TUNE)) {
            return found;
        }
        return "'" + found + "'";
    }

    static final String END_OF_LINE = "end of line";
    static final String END_OF_TUNE = "end of tune";
}
