package org.scorelab.genre.classify;

import java.util.Arrays;

/**
 * One labelled feature vector.
 *
 * @param id       where it came from, e.g. {@code oneills.abc#12}, for messages and prediction files
 * @param features the vector, in the order of the feature names it was made with
 * @param label    the class, e.g. {@code celtic} or {@code jig}
 */
public record Sample(String id, double[] features, String label) {

    public Sample {
        if (features == null) {
            throw new IllegalArgumentException("features must not be null (sample " + id + ")");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label must not be empty (sample " + id + ")");
        }
        for (int i = 0; i < features.length; i++) {
            if (!Double.isFinite(features[i])) {
                throw new IllegalArgumentException("feature " + i + " of sample " + id + " is " + features[i] + ", expected a finite number");
            }
        }
        features = features.clone();
        id = id == null ? "" : id;
    }

    @Override
    public double[] features() {
        return features.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sample s && s.id.equals(id) && s.label.equals(label) && Arrays.equals(s.features, features);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * id.hashCode() + label.hashCode()) + Arrays.hashCode(features);
    }

    @Override
    public String toString() {
        return "Sample[" + id + ", " + label + ", " + features.length + " features]";
    }
}
