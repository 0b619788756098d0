package org.scorelab.nn.cnn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Turns a feature map into the left-to-right sequence of its columns, the input of the recurrence
 * in a CRNN (Shi et al. 2017, "An End-to-End Trainable Neural Network for Image-based Sequence
 * Recognition"; Calvo-Zaragoza and Rizo 2018 for music). {@link Mode#FLATTEN}: {@code [N,C,H,W] ->
 * [N,W,C*H]}, each column keeps its vertical layout, which carries the pitch of a note (the
 * default). {@link Mode#MEAN}: {@code [N,C,H,W] -> [N,W,C]}, the mean over height, for a deep map
 * already pooled to a few rows. No parameters.
 */
public final class ColumnCollapse extends AbstractBlock {

    private static final byte VERSION = 1;

    /** How a column of {@code C x H} features becomes one vector. */
    public enum Mode {
        /** Channels times height, channel-major: feature {@code c*H + h}. */
        FLATTEN,
        /** The mean over height, one feature per channel. */
        MEAN
    }

    private final Mode mode;

    private ColumnCollapse(Mode mode) {
        super(VERSION);
        this.mode = mode;
    }

    /** Flattening collapse: {@code [N,C,H,W] -> [N,W,C*H]}. */
    public static ColumnCollapse flatten() {
        return new ColumnCollapse(Mode.FLATTEN);
    }

    /** Mean collapse: {@code [N,C,H,W] -> [N,W,C]}. */
    public static ColumnCollapse mean() {
        return new ColumnCollapse(Mode.MEAN);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.head();
        Shape s = x.getShape();
        NDArray columns = x.transpose(0, 3, 1, 2); // [N,W,C,H]
        if (mode == Mode.MEAN) {
            return new NDList(columns.mean(new int[] {3}));
        }
        return new NDList(columns.reshape(s.get(0), s.get(3), s.get(1) * s.get(2)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape s = inputShapes[0];
        if (s.dimension() != 4) {
            throw new IllegalArgumentException("expected [N,C,H,W], found " + s);
        }
        long features = mode == Mode.MEAN ? s.get(1) : s.get(1) * s.get(2);
        return new Shape[] {new Shape(s.get(0), s.get(3), features)};
    }

    @Override
    public String toString() {
        return "ColumnCollapse(" + mode + ")";
    }
}
