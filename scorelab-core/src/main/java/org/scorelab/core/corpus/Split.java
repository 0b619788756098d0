package org.scorelab.core.corpus;

/** Which part of the data set a sample belongs to. */
public enum Split {
    TRAIN("train"), VALIDATION("validation"), TEST("test");

    private final String label;

    Split(String label) {
        this.label = label;
    }

    /** The lower-case name written in the manifest. */
    public String label() {
        return label;
    }
}
