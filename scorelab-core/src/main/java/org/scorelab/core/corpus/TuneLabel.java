package org.scorelab.core.corpus;

/**
 * One row of the corpus index: which tune (file relative to the tunes folder, X number or 0 for
 * one-tune files) and its labels. {@code dance} is empty where the collection names none.
 */
public record TuneLabel(String file, int number, String title, String style, String dance, String meter, String key) {

    public TuneLabel {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("file must not be empty");
        }
        title = title == null ? "" : title;
        style = style == null ? "" : style;
        dance = dance == null ? "" : dance;
        meter = meter == null ? "" : meter;
        key = key == null ? "" : key;
    }

    /** A stable identifier: {@code oneills.abc#12}, or the file alone for one-tune files. */
    public String id() {
        return number > 0 ? file + "#" + number : file;
    }
}
