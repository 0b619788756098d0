package org.scorelab.genre.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Three well-separated Gaussian classes in four dimensions, one of them small, for trainer tests. */
final class Blobs {

    static final List<String> NAMES = List.of("a", "b", "c", "noise");

    private Blobs() {
    }

    /** {@code perClass} samples of x and y, c has a third as many; "noise" is pure noise with a large scale. */
    static List<Sample> make(int perClass, long seed) {
        Random r = new Random(seed);
        double[][] centres = {{0, 0}, {4, 0}, {0, 4}};
        String[] labels = {"x", "y", "z"};
        List<Sample> out = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            int n = c == 2 ? perClass / 3 : perClass;
            for (int i = 0; i < n; i++) {
                double[] f = {centres[c][0] + r.nextGaussian() * 0.6, centres[c][1] + r.nextGaussian() * 0.6, 7.0,
                        r.nextGaussian() * 100};
                out.add(new Sample(labels[c] + i, f, labels[c]));
            }
        }
        return out;
    }
}
