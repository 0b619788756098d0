package org.scorelab.nn.rnn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.util.PairList;

/**
 * One layer, one direction of the simple recurrent unit (Lei, Zhang, Wang, Dai and Artzi 2018,
 * "Simple Recurrent Units for Highly Parallelizable Recurrence"). Shapes: {@code [N,T,I] ->
 * [N,T,H]}, batch first. For each step
 *
 * <pre>
 *   f_t = sigmoid(W_f x_t + b_f)
 *   r_t = sigmoid(W_r x_t + b_r)
 *   c_t = f_t * c_{t-1} + (1 - f_t) * (W x_t),     c_0 = 0
 *   h_t = r_t * tanh(c_t) + (1 - r_t) * x'_t
 * </pre>
 *
 * where {@code x'_t = x_t} when {@code I == H} and {@code x'_t = W_p x_t} otherwise. None of the
 * matrices reads {@code h_{t-1}} or {@code c_{t-1}}, so all products for all steps are one batched
 * product with the stacked weight {@code [W; W_f; W_r (; W_p)]} of shape {@code [kH, I]} ({@code k}
 * = 3, or 4 with the projection). Only {@code c_t = f_t * c_{t-1} + b_t}, with {@code b_t = (1 -
 * f_t) * W x_t} computed for all steps beforehand, runs step by step: two element-wise operations
 * on {@code [N,1,H]} slices per step, whose cost is mostly the per-call overhead of the engine.
 *
 * <p>Parameters: {@code weight [kH, I]} (Xavier initialisation) and {@code bias [2H]} (the forget
 * and reset biases, zero).
 */
public final class Sru extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int inputSize;
    private final int stateSize;
    private final Parameter weight;
    private final Parameter bias;

    private Sru(Builder builder) {
        super(VERSION);
        this.inputSize = builder.inputSize;
        this.stateSize = builder.stateSize;
        this.weight = addParameter(Parameter.builder()
                .setName("weight")
                .setType(Parameter.Type.WEIGHT)
                .optInitializer(new XavierInitializer())
                .optShape(new Shape((long) matrices() * stateSize, inputSize))
                .build());
        this.bias = addParameter(Parameter.builder()
                .setName("bias")
                .setType(Parameter.Type.BIAS)
                .optShape(new Shape(2L * stateSize))
                .build());
    }

    /** A builder; input and state sizes are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A unit with the given input and state sizes. */
    public static Sru create(int inputSize, int stateSize) {
        return builder().setInputSize(inputSize).setStateSize(stateSize).build();
    }

    /** Whether the highway path projects {@code x_t} ({@code I != H}). */
    public boolean hasProjection() {
        return inputSize != stateSize;
    }

    private int matrices() {
        return hasProjection() ? 4 : 3;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.head();
        NDArray w = store.getValue(weight, x.getDevice(), training);
        NDArray b = store.getValue(bias, x.getDevice(), training);
        long steps = x.getShape().get(1);
        NDList parts = x.matMul(w.transpose()).split(matrices(), 2);
        NDList gateBias = b.split(2);
        NDArray f = Activation.sigmoid(parts.get(1).add(gateBias.get(0)));
        NDArray r = Activation.sigmoid(parts.get(2).add(gateBias.get(1)));
        NDArray drive = oneMinus(f).mul(parts.get(0));
        NDArray highway = hasProjection() ? parts.get(3) : x;

        NDList forget = f.split(steps, 1);
        NDList drives = drive.split(steps, 1);
        NDList cells = new NDList((int) steps);
        NDArray c = drives.get(0);
        cells.add(c);
        for (int t = 1; t < steps; t++) {
            c = forget.get(t).mul(c).add(drives.get(t));
            cells.add(c);
        }
        NDArray cell = steps == 1 ? c : NDArrays.concat(cells, 1);
        NDArray h = r.mul(cell.tanh()).add(oneMinus(r).mul(highway));
        return new NDList(h);
    }

    private static NDArray oneMinus(NDArray x) {
        return x.getNDArrayInternal().rsub(1);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        if (in.dimension() != 3 || in.get(2) != inputSize) {
            throw new IllegalArgumentException("expected [N,T," + inputSize + "], found " + in);
        }
        return new Shape[] {new Shape(in.get(0), in.get(1), stateSize)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        getOutputShapes(inputShapes);
    }

    @Override
    public String toString() {
        return "Sru(" + inputSize + "->" + stateSize + (hasProjection() ? ", projection)" : ")");
    }

    /** Builder of {@link Sru}. */
    public static final class Builder {
        private int inputSize;
        private int stateSize;

        private Builder() {}

        /** Features per input step {@code I} (required). */
        public Builder setInputSize(int inputSize) {
            this.inputSize = inputSize;
            return this;
        }

        /** Features per output step {@code H} (required). */
        public Builder setStateSize(int stateSize) {
            this.stateSize = stateSize;
            return this;
        }

        /** Checks the sizes and builds the unit. */
        public Sru build() {
            Recurrences.checkPositive("inputSize", inputSize);
            Recurrences.checkPositive("stateSize", stateSize);
            return new Sru(this);
        }
    }
}
