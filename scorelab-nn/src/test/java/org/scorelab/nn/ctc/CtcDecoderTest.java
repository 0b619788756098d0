package org.scorelab.nn.ctc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CtcDecoderTest {

    private static float[][] logOf(double[][] probabilities) {
        float[][] result = new float[probabilities.length][];
        for (int t = 0; t < probabilities.length; t++) {
            result[t] = new float[probabilities[t].length];
            for (int c = 0; c < probabilities[t].length; c++) {
                result[t][c] = (float) Math.log(probabilities[t][c]);
            }
        }
        return result;
    }

    @Test
    void greedyCollapsesRepeatsAndDropsBlanks() {
        // best path: a a _ a b b _  ->  a a b
        int[] path = {1, 1, 0, 1, 2, 2, 0};
        double[][] p = new double[path.length][];
        for (int t = 0; t < path.length; t++) {
            p[t] = new double[] {0.2, 0.2, 0.2};
            p[t][path[t]] = 0.6;
        }
        assertThat(CtcDecoder.create().greedy(logOf(p))).containsExactly(1, 1, 2);
    }

    @Test
    void beamFindsTheMostProbableLabellingWhereTheBestPathMissesIt() {
        // two steps, p(blank) = 0.6, p(a) = 0.4 each: the best path "_ _" (0.36) reads "",
        // but "a" has three paths a a, a _, _ a: 0.16 + 0.24 + 0.24 = 0.64
        float[][] logProbs = logOf(new double[][] {{0.6, 0.4}, {0.6, 0.4}});
        CtcDecoder decoder = CtcDecoder.create();
        assertThat(decoder.greedy(logProbs)).isEmpty();
        assertThat(decoder.beam(logProbs, 2)).containsExactly(1);
        List<CtcDecoder.Hypothesis> hypotheses = decoder.beamSearch(logProbs, 4);
        assertThat(hypotheses).hasSize(2);
        assertThat(hypotheses.get(0).labels()).containsExactly(1);
        assertThat(hypotheses.get(0).logProbability()).isCloseTo(Math.log(0.64), offset(1e-6));
        assertThat(hypotheses.get(1).labels()).isEmpty();
        assertThat(hypotheses.get(1).logProbability()).isCloseTo(Math.log(0.36), offset(1e-6));
    }

    @Test
    void beamAnswerIsTheMostProbableLabelling() {
        // every step's most probable class is the blank, so the best path reads nothing; the
        // beam's answer must be at least as probable as every labelling that fits in three steps
        float[][] logProbs = logOf(new double[][] {
            {0.5, 0.4, 0.1}, {0.5, 0.1, 0.4}, {0.5, 0.4, 0.1}});
        CtcDecoder decoder = CtcDecoder.create();
        assertThat(decoder.greedy(logProbs)).isEmpty();
        double[][] asDouble = new double[3][3];
        for (int t = 0; t < 3; t++) {
            for (int c = 0; c < 3; c++) {
                asDouble[t][c] = logProbs[t][c];
            }
        }
        int[] best = decoder.beam(logProbs, 8);
        double bestP = BruteForce.logLikelihood(asDouble, best, 0);
        for (int[] other : new int[][] {{}, {1}, {2}, {1, 1}, {1, 2}, {2, 1}, {1, 2, 1}}) {
            assertThat(bestP).isGreaterThanOrEqualTo(BruteForce.logLikelihood(asDouble, other, 0) - 1e-9);
        }
        assertThat(best).isNotEmpty();
    }

    @Test
    void wideBeamGivesEachLabellingItsSummedProbability() {
        Random random = new Random(21);
        double[][] logProbs = BruteForce.randomLogProbs(random, 4, 3);
        float[][] asFloat = new float[4][3];
        for (int t = 0; t < 4; t++) {
            for (int c = 0; c < 3; c++) {
                asFloat[t][c] = (float) logProbs[t][c];
            }
        }
        // with a beam wider than the number of prefixes nothing is pruned: the search is exact
        List<CtcDecoder.Hypothesis> all = CtcDecoder.create().beamSearch(asFloat, 1000);
        double total = 0;
        Set<List<Integer>> seen = new HashSet<>();
        for (CtcDecoder.Hypothesis h : all) {
            assertThat(seen.add(h.labels())).isTrue();
            assertThat(h.logProbability())
                    .isCloseTo(BruteForce.logLikelihood(logProbs, h.toArray(), 0), offset(1e-5));
            total += Math.exp(h.logProbability());
        }
        assertThat(total).isCloseTo(1.0, offset(1e-5));
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).logProbability()).isLessThanOrEqualTo(all.get(i - 1).logProbability());
        }
    }

    @Test
    void batchDecodingHonoursLengthsAndBlankIndex() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // blank is class 2 here; sample 0: a b b (3 steps), sample 1: b then padding
            float[] p = {
                -0.1f, -3, -3, /**/ -3, -0.1f, -3, /**/ -3, -0.1f, -3,
                -3, -0.1f, -3, /**/ -0.1f, -3, -3, /**/ -0.1f, -3, -3};
            NDArray logProbs = manager.create(p, new Shape(2, 3, 3));
            NDArray lengths = manager.create(new int[] {3, 1});
            CtcDecoder decoder = CtcDecoder.create(2);
            List<int[]> greedy = decoder.greedy(logProbs, lengths);
            assertThat(greedy.get(0)).containsExactly(0, 1);
            assertThat(greedy.get(1)).containsExactly(1);
            List<int[]> beam = decoder.beam(logProbs, lengths, 3);
            assertThat(beam.get(0)).containsExactly(0, 1);
            assertThat(beam.get(1)).containsExactly(1);
            assertThat(decoder.greedy(logProbs, null).get(1)).containsExactly(1, 0);
        }
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> CtcDecoder.create().beamSearch(new float[][] {{0f}}, 0))
                .hasMessage("beam width must be at least 1, was 0");
        assertThatThrownBy(() -> CtcDecoder.create(-1)).hasMessage("blank must be at least 0, was -1");
        assertThatThrownBy(() -> CtcDecoder.create(3).beamSearch(new float[][] {{0f, 0f}}, 2))
                .hasMessage("blank 3 is not one of the 2 classes");
    }
}
