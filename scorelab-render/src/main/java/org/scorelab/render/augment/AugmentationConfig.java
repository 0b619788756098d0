package org.scorelab.render.augment;

/**
 * How much to vary each sample. Probabilities marked "per note" apply to each note on its own,
 * the others once per sample.
 *
 * @param minMeasures          fewest measures in an excerpt (PrIMuS: 1)
 * @param maxMeasures          most measures in an excerpt (PrIMuS-like: 6)
 * @param transposeProbability chance of moving the excerpt to another key
 * @param minFifths            lowest key a transposition may choose (-7..7)
 * @param maxFifths            highest key a transposition may choose (-7..7)
 * @param keepClefProbability  chance of keeping the tune's own clef when PrIMuS can name it
 * @param maxLedgerLines       most ledger lines a note may need after the clef is chosen
 * @param restProbability      per note: it becomes a rest
 * @param fermataProbability   a fermata is added
 * @param graceProbability     per note: a grace note is put before it
 * @param multirestProbability a multirest measure is inserted
 * @param splitProbability     per note: it splits into two of half the value
 * @param mergeProbability     per pair of equal notes: they merge into one of twice the value
 */
public record AugmentationConfig(int minMeasures, int maxMeasures, double transposeProbability, int minFifths,
                                 int maxFifths, double keepClefProbability, int maxLedgerLines,
                                 double restProbability, double fermataProbability, double graceProbability,
                                 double multirestProbability, double splitProbability, double mergeProbability) {
    /**
     * PrIMuS-like defaults: keys over the vocabulary's range (Gb to C# major), clefs mostly kept,
     * light edits.
     */
    public static final AugmentationConfig DEFAULT = new AugmentationConfig(1, 6, 0.7, -6, 7, 0.5, 4,
            0.05, 0.1, 0.02, 0.05, 0.05, 0.05);

    public AugmentationConfig {
        if (minMeasures < 1 || maxMeasures < minMeasures) {
            throw new IllegalArgumentException("measures range must satisfy 1 <= minMeasures <= maxMeasures, was "
                    + minMeasures + ".." + maxMeasures);
        }
        if (minFifths < -7 || maxFifths > 7 || maxFifths < minFifths) {
            throw new IllegalArgumentException("fifths range must lie in -7..7 with min <= max, was "
                    + minFifths + ".." + maxFifths);
        }
        if (maxLedgerLines < 0 || maxLedgerLines > 8) {
            throw new IllegalArgumentException("maxLedgerLines must be in 0..8, was " + maxLedgerLines);
        }
        probability("transposeProbability", transposeProbability);
        probability("keepClefProbability", keepClefProbability);
        probability("restProbability", restProbability);
        probability("fermataProbability", fermataProbability);
        probability("graceProbability", graceProbability);
        probability("multirestProbability", multirestProbability);
        probability("splitProbability", splitProbability);
        probability("mergeProbability", mergeProbability);
    }

    /** The same config with another chance of keeping the tune's own clef. */
    public AugmentationConfig withKeepClefProbability(double p) {
        return new AugmentationConfig(minMeasures, maxMeasures, transposeProbability, minFifths, maxFifths, p,
                maxLedgerLines, restProbability, fermataProbability, graceProbability, multirestProbability,
                splitProbability, mergeProbability);
    }

    /** The same config with another chance of inserting a multirest measure. */
    public AugmentationConfig withMultirestProbability(double p) {
        return new AugmentationConfig(minMeasures, maxMeasures, transposeProbability, minFifths, maxFifths,
                keepClefProbability, maxLedgerLines, restProbability, fermataProbability, graceProbability, p,
                splitProbability, mergeProbability);
    }

    /** The same config with another measures range. */
    public AugmentationConfig withMeasures(int min, int max) {
        return new AugmentationConfig(min, max, transposeProbability, minFifths, maxFifths, keepClefProbability,
                maxLedgerLines, restProbability, fermataProbability, graceProbability, multirestProbability,
                splitProbability, mergeProbability);
    }

    private static void probability(String name, double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in 0..1, was " + p);
        }
    }
}
