package org.scorelab.omr.eval;

import java.util.List;
import java.util.Objects;

/**
 * The symbol error rate of a set of recognised token sequences against their references, as the
 * design notes define it: SER is the sum over samples of the token Levenshtein distance (insertions,
 * deletions and substitutions, each costing 1) divided by the sum of the reference lengths; SeqER
 * is the share of samples with at least one error. The tf-end-to-end "sequence error" divides
 * wrong symbols by sequences and is deliberately not what this computes.
 *
 * <p>Immutable; {@link #plus} adds a sample, so a large evaluation never holds all sequences.
 *
 * @param errors          the summed edit distance
 * @param referenceTokens the summed reference length
 * @param samples         the number of samples
 * @param wrongSamples    the samples whose recognition differs from the reference
 */
public record SymbolErrorRate(long errors, long referenceTokens, int samples, int wrongSamples) {

    /** No samples yet. */
    public static final SymbolErrorRate EMPTY = new SymbolErrorRate(0, 0, 0, 0);

    public SymbolErrorRate {
        if (errors < 0 || referenceTokens < 0 || samples < 0 || wrongSamples < 0 || wrongSamples > samples) {
            throw new IllegalArgumentException("counts must be non-negative with wrongSamples <= samples, were errors "
                    + errors + ", referenceTokens " + referenceTokens + ", samples " + samples + ", wrongSamples "
                    + wrongSamples);
        }
    }

    /** The rate over paired references and hypotheses (same order, same count). */
    public static <T> SymbolErrorRate of(List<? extends List<T>> references, List<? extends List<T>> hypotheses) {
        if (references.size() != hypotheses.size()) {
            throw new IllegalArgumentException("expected as many hypotheses as references, got " + hypotheses.size()
                    + " hypotheses for " + references.size() + " references");
        }
        SymbolErrorRate r = EMPTY;
        for (int i = 0; i < references.size(); i++) {
            r = r.plus(references.get(i), hypotheses.get(i));
        }
        return r;
    }

    /** This rate with one more sample. */
    public <T> SymbolErrorRate plus(List<T> reference, List<T> hypothesis) {
        int d = distance(reference, hypothesis);
        return new SymbolErrorRate(errors + d, referenceTokens + reference.size(), samples + 1,
                wrongSamples + (d > 0 ? 1 : 0));
    }

    /** Both rates' samples together. */
    public SymbolErrorRate plus(SymbolErrorRate other) {
        return new SymbolErrorRate(errors + other.errors, referenceTokens + other.referenceTokens,
                samples + other.samples, wrongSamples + other.wrongSamples);
    }

    /**
     * Errors per reference token. With no reference tokens at all, 0 when there were no errors and
     * positive infinity otherwise (inserting into nothing is infinitely wrong).
     */
    public double ser() {
        if (referenceTokens == 0) {
            return errors == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return (double) errors / referenceTokens;
    }

    /** The share of samples with at least one error; 0 for no samples. */
    public double seqEr() {
        return samples == 0 ? 0 : (double) wrongSamples / samples;
    }

    /** The token Levenshtein distance: the fewest insertions, deletions and substitutions. */
    public static <T> int distance(List<T> a, List<T> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i;
            T x = a.get(i - 1);
            for (int j = 1; j <= b.size(); j++) {
                int substitute = previous[j - 1] + (Objects.equals(x, b.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.size()];
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "SER %.4f (%d/%d tokens), SeqER %.4f (%d/%d samples)",
                ser(), errors, referenceTokens, seqEr(), wrongSamples, samples);
    }
}
