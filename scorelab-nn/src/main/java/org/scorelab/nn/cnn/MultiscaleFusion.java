package org.scorelab.nn.cnn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Fuses a shallow, high-resolution feature map with a deep, low-resolution one, the idea of the
 * feature pyramids of Lin et al. 2017 ("Feature Pyramid Networks for Object Detection") and of the
 * multiscale front ends of end-to-end OMR networks: the shallow map is pooled down to the deep
 * map's height and width and the two are concatenated on channels.
 * Inputs {@code (shallow [N,Cs,Hs,Ws], deep [N,Cd,Hd,Wd])} with {@code Hs} a multiple of {@code Hd}
 * and {@code Ws} a multiple of {@code Wd}; output {@code [N,Cs+Cd,Hd,Wd]}. No parameters.
 *
 * <p>Why pool the shallow map rather than upsample the deep one: the width of the fused map is the
 * length of the sequence that the recurrence reads and CTC aligns, and on two cores the sequential
 * recurrence dominates the cost of a small model. Upsampling would multiply that length (and the
 * recurrence time) by {@code Ws/Wd} and would only repeat the deep features, while pooling keeps
 * the sequence short and still carries the fine detail of thin symbols (stems, dots, ledger lines)
 * into each column as averaged or maximal responses. Average pooling is the default; max pooling
 * keeps the strongest response of a thin stroke instead of diluting it and is offered as an option.
 */
public final class MultiscaleFusion extends AbstractBlock {

    private static final byte VERSION = 1;

    /** How the shallow map is pooled down. */
    public enum Pooling {
        /** Average over each window. */
        AVERAGE,
        /** Maximum over each window. */
        MAX
    }

    private final Pooling pooling;

    private MultiscaleFusion(Pooling pooling) {
        super(VERSION);
        this.pooling = pooling;
    }

    /** Fusion with average pooling. */
    public static MultiscaleFusion create() {
        return new MultiscaleFusion(Pooling.AVERAGE);
    }

    /** Fusion with the given pooling. */
    public static MultiscaleFusion create(Pooling pooling) {
        if (pooling == null) {
            throw new IllegalArgumentException("pooling must not be null");
        }
        return new MultiscaleFusion(pooling);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray shallow = inputs.get(0);
        NDArray deep = inputs.get(1);
        Shape window = window(shallow.getShape(), deep.getShape());
        NDArray pooled;
        if (window.get(0) == 1 && window.get(1) == 1) {
            pooled = shallow;
        } else if (pooling == Pooling.AVERAGE) {
            pooled = Pool.avgPool2d(shallow, window, window, new Shape(0, 0), false, true);
        } else {
            pooled = Pool.maxPool2d(shallow, window, window, new Shape(0, 0), false);
        }
        return new NDList(NDArrays.concat(new NDList(pooled, deep), 1));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        if (inputShapes.length != 2) {
            throw new IllegalArgumentException(
                    "expected two inputs (shallow, deep), found " + inputShapes.length);
        }
        Shape shallow = inputShapes[0];
        Shape deep = inputShapes[1];
        window(shallow, deep);
        return new Shape[] {
            new Shape(deep.get(0), shallow.get(1) + deep.get(1), deep.get(2), deep.get(3))
        };
    }

    private static Shape window(Shape shallow, Shape deep) {
        if (shallow.dimension() != 4 || deep.dimension() != 4) {
            throw new IllegalArgumentException(
                    "expected [N,C,H,W] inputs, found " + shallow + " and " + deep);
        }
        if (shallow.get(0) != deep.get(0)
                || shallow.get(2) % deep.get(2) != 0
                || shallow.get(3) % deep.get(3) != 0) {
            throw new IllegalArgumentException("the shallow map " + shallow
                    + " must have the deep map's batch size and a whole multiple of its height and"
                    + " width, deep map " + deep);
        }
        return new Shape(shallow.get(2) / deep.get(2), shallow.get(3) / deep.get(3));
    }

    @Override
    public String toString() {
        return "MultiscaleFusion(" + pooling + ")";
    }
}
