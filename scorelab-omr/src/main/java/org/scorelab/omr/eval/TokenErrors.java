package org.scorelab.omr.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a recogniser gets wrong, token by token: each reference aligned with its hypothesis by a
 * minimal edit script (the one {@link SymbolErrorRate#distance} counts), and the edits tallied by
 * kind ("note-A4_eighth -> note-B4_eighth", "(missing) barline", ...) and by category (the token's
 * type before its first '-'; a note read with the right duration on the wrong line or space is
 * "note pitch", the reverse "note duration", and a note on the right line or space with the wrong sharp, flat or
 * natural "note alteration": in the semantic encoding that is the key signature or an accidental
 * earlier in the bar misapplied, or a printed accidental misread). The sum of the counts is the SER's numerator.
 *
 * @param edits      every edit with how often it occurred
 * @param categories edit counts by category
 */
public record TokenErrors(Map<String, Integer> edits, Map<String, Integer> categories) {

    /** Marks a token the hypothesis lacks or adds. */
    public static final String MISSING = "(missing)";
    public static final String EXTRA = "(extra)";

    /** One step of an edit script: a token replaced, dropped ({@code hypothesis} null) or added ({@code reference} null). */
    public record Edit(String reference, String hypothesis) {

        /** How the edit reads in a report. */
        public String describe() {
            if (hypothesis == null) {
                return MISSING + " " + reference;
            }
            if (reference == null) {
                return EXTRA + " " + hypothesis;
            }
            return reference + " -> " + hypothesis;
        }

        /** The kind of symbol that went wrong, finer for notes and rests. */
        public String category() {
            if (reference != null && hypothesis != null) {
                String[] a = noteParts(reference);
                String[] b = noteParts(hypothesis);
                if (a != null && b != null && a[0].equals(b[0])) {
                    if (a[1].equals(b[1])) {
                        return a[0] + " duration";
                    }
                    if (a[2].equals(b[2])) {
                        return a[0] + (staffStep(a[1]).equals(staffStep(b[1])) ? " alteration" : " pitch");
                    }
                    return a[0] + " pitch and duration";
                }
            }
            String token = reference != null ? reference : hypothesis;
            int dash = token.indexOf('-');
            String type = dash < 0 ? token : token.substring(0, dash);
            return reference == null ? type + " extra" : hypothesis == null ? type + " missing" : type + " misread";
        }

        /** The letter and octave of a pitch such as "Bb4": where it sits on the staff, whatever its alteration. */
        private static String staffStep(String pitch) {
            return pitch.isEmpty() ? pitch : pitch.charAt(0) + pitch.replaceAll("[^0-9-]", "");
        }

        /** {type, pitch, duration} of "note-A4_eighth" or "gracenote-..." tokens, null for others. */
        private static String[] noteParts(String token) {
            int dash = token.indexOf('-');
            int under = token.indexOf('_', dash + 1);
            if (dash < 0 || under < 0) {
                return null;
            }
            String type = token.substring(0, dash);
            if (!type.equals("note") && !type.equals("gracenote")) {
                return null;
            }
            return new String[] {type, token.substring(dash + 1, under), token.substring(under + 1)};
        }
    }

    /** A minimal edit script turning {@code reference} into {@code hypothesis} (matches are left out). */
    public static List<Edit> align(List<String> reference, List<String> hypothesis) {
        List<Edit> edits = new ArrayList<>();
        for (TokenAlignment.Step s : TokenAlignment.align(reference, hypothesis)) {
            if (s.kind() != TokenAlignment.Kind.SAME) {
                edits.add(new Edit(s.truth(), s.recognised()));
            }
        }
        return edits;
    }

    /** The edits of every pair, tallied. */
    public static TokenErrors of(List<? extends List<String>> references, List<? extends List<String>> hypotheses) {
        if (references.size() != hypotheses.size()) {
            throw new IllegalArgumentException(references.size() + " references but " + hypotheses.size() + " hypotheses");
        }
        Map<String, Integer> edits = new HashMap<>();
        Map<String, Integer> categories = new TreeMap<>();
        for (int k = 0; k < references.size(); k++) {
            for (Edit e : align(references.get(k), hypotheses.get(k))) {
                edits.merge(e.describe(), 1, Integer::sum);
                categories.merge(e.category(), 1, Integer::sum);
            }
        }
        return new TokenErrors(Map.copyOf(edits), Collections.unmodifiableMap(categories));
    }

    /** All edits counted. */
    public int total() {
        return edits.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The {@code n} commonest of a tally, most frequent first, ties by name. */
    public static List<Map.Entry<String, Integer>> top(Map<String, Integer> tally, int n) {
        return tally.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).toList();
    }
}
