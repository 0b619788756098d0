package org.scorelab.nn.rnn;

/** Argument checks shared by the recurrent blocks. */
final class Recurrences {

    private Recurrences() {}

    static void checkPositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
