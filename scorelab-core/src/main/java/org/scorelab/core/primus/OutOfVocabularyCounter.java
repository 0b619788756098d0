package org.scorelab.core.primus;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, over many encoded samples, the tokens that a vocabulary lacks (token -> count), for
 * reports on how much of our output a PrIMuS-trained model could not name. Mutable; one per
 * report, not shared between threads.
 */
public final class OutOfVocabularyCounter {

    private final PrimusVocabulary vocabulary;
    private final Map<String, Long> counts = new HashMap<>();
    private long total;
    private long missing;

    public OutOfVocabularyCounter(PrimusVocabulary vocabulary) {
        if (vocabulary == null) {
            throw new IllegalArgumentException("vocabulary must not be null");
        }
        this.vocabulary = vocabulary;
    }

    /** Counts the tokens of one encoded line (TAB-separated, as the writers produce it). */
    public void addLine(String line) {
        addTokens(Tokens.split(line));
    }

    public void addTokens(List<String> tokens) {
        for (String t : tokens) {
            total++;
            if (!vocabulary.contains(t)) {
                missing++;
                counts.merge(t, 1L, Long::sum);
            }
        }
    }

    /** Tokens seen in all. */
    public long total() {
        return total;
    }

    /** Tokens seen that the vocabulary lacks (with repeats). */
    public long outOfVocabulary() {
        return missing;
    }

    /** Share of tokens outside the vocabulary, 0 when nothing was counted. */
    public double rate() {
        return total == 0 ? 0 : (double) missing / total;
    }

    /** Unknown token -> count, most frequent first (ties by token). */
    public Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
