package org.scorelab.genre.experiment;

import java.util.Locale;
import java.util.Optional;
import org.scorelab.core.corpus.TuneLabel;

/** What is predicted: the collection's style (every tune) or the dance type (where one is named). */
public enum GenreTask {
    /** celtic, english, german, chinese, chorale. */
    STYLE,
    /** reel, jig, hornpipe, slipjig, waltz, strathspey, air, march. */
    DANCE;

    /** The label of a tune for this task, empty when the index names none. */
    public Optional<String> labelOf(TuneLabel label) {
        String v = this == STYLE ? label.style() : label.dance();
        return v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    /** {@code style} or {@code dance}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GenreTask parse(String name) {
        for (GenreTask t : values()) {
            if (t.cliName().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown labels '" + name + "', expected style or dance");
    }
}
