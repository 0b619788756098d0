package org.scorelab.omr.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a network spells semantic tokens. The reference tokens, the files and everything a user
 * sees stay PrIMuS semantic; the spelling is what the network is trained to emit and what
 * {@link OmrVocabulary} turns back.
 */
public enum NoteSpelling {
    /** As PrIMuS does: each note with its sounding alteration ({@code note-F#4_quarter} in G major). */
    SOUNDING,
    /** As the staff prints it: {@link PrintedAccidentals}. */
    PRINTED,
    /**
     * As {@link #PRINTED}, and each multirest's count digit by digit as printed above it
     * ({@code multirest digit-2 digit-3}): {@link MultirestDigits}.
     */
    PRINTED_DIGITS;

    /** The tokens of a semantic line in this spelling. */
    public List<String> spell(List<String> semantic) {
        return switch (this) {
            case SOUNDING -> semantic;
            case PRINTED -> PrintedAccidentals.spell(semantic);
            case PRINTED_DIGITS -> MultirestDigits.spell(PrintedAccidentals.spell(semantic));
        };
    }

    /** A line in this spelling back to semantic tokens. */
    public List<String> read(List<String> spelt) {
        return switch (this) {
            case SOUNDING -> spelt;
            case PRINTED -> PrintedAccidentals.read(spelt);
            case PRINTED_DIGITS -> PrintedAccidentals.read(MultirestDigits.read(spelt));
        };
    }

    /** The tokens this spelling needs beyond those of a vocabulary. */
    public List<String> missingTokens(List<String> vocabulary) {
        return switch (this) {
            case SOUNDING -> List.of();
            case PRINTED -> PrintedAccidentals.missingTokens(vocabulary);
            case PRINTED_DIGITS -> {
                // appended after PRINTED's, so a PRINTED model's classes are a prefix of these (the two
                // sets share no token)
                List<String> all = new ArrayList<>(PrintedAccidentals.missingTokens(vocabulary));
                all.addAll(MultirestDigits.missingTokens(vocabulary));
                yield List.copyOf(all);
            }
        };
    }

    /** The name on the command line: {@code sounding}, {@code printed}, {@code printed-digits}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The spelling of a command-line name ({@link #cliName}). */
    public static NoteSpelling parse(String name) {
        for (NoteSpelling s : values()) {
            if (s.cliName().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("spelling must be sounding, printed or printed-digits, was '" + name + "'");
    }
}
