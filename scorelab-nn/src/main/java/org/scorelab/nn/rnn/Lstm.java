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
 * One layer, one direction of a long short-term memory (Hochreiter and Schmidhuber 1997, with the
 * forget gate of Gers, Schmidhuber and Cummins 2000), written by hand as the baseline for the
 * {@link Sru}: DJL 0.36's {@code LSTM} with {@code optBidirectional(true)} and biases fails on the
 * PyTorch engine ("The size of tensor a (3) must match the size of tensor b (4)", checked here).
 * Shapes: {@code [N,T,I] -> [N,T,H]}, batch first. For each step, with the gates in PyTorch's order
 *
 * <pre>
 *   [i; f; g; o] = W_x x_t + W_h h_{t-1} + b
 *   c_t = sigmoid(f) * c_{t-1} + sigmoid(i) * tanh(g),     c_0 = h_0 = 0
 *   h_t = sigmoid(o) * tanh(c_t)
 * </pre>
 *
 * The input products {@code W_x x_t + b} of all steps are one batched product; the state product
 * {@code W_h h_{t-1}} and the gate non-linearities run step by step.
 *
 * <p>Parameters: {@code inputWeight [4H, I]}, {@code stateWeight [4H, H]} (Xavier) and {@code bias
 * [4H]} (zero).
 */
public final class Lstm extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int inputSize;
    private final int stateSize;
    private final Parameter inputWeight;
    private final Parameter stateWeight;
    private final Parameter bias;

    private Lstm(int inputSize, int stateSize) {
        super(VERSION);
        this.inputSize = inputSize;
        this.stateSize = stateSize;
        this.inputWeight = addParameter(Parameter.builder()
                .setName("inputWeight")
                .setType(Parameter.Type.WEIGHT)
                .optInitializer(new XavierInitializer())
                .optShape(new Shape(4L * stateSize, inputSize))
                .build());
        this.stateWeight = addParameter(Parameter.builder()
                .setName("stateWeight")
                .setType(Parameter.Type.WEIGHT)
                .optInitializer(new XavierInitializer())
                .optShape(new Shape(4L * stateSize, stateSize))
                .build());
        this.bias = addParameter(Parameter.builder()
                .setName("bias")
                .setType(Parameter.Type.BIAS)
                .optShape(new Shape(4L * stateSize))
                .build());
    }

    /** A builder; input and state sizes are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A unit with the given input and state sizes. */
    public static Lstm create(int inputSize, int stateSize) {
        return builder().setInputSize(inputSize).setStateSize(stateSize).build();
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.head();
        NDArray wx = store.getValue(inputWeight, x.getDevice(), training);
        NDArray wh = store.getValue(stateWeight, x.getDevice(), training).transpose();
        NDArray wxT = wx.transpose();
        // a transpose of a parameter belongs to the parameter's long-lived manager; hand both to the
        // input's, so they are freed with the batch instead of piling up with every forward pass
        wh.attach(x.getManager());
        wxT.attach(x.getManager());
        NDArray b = store.getValue(bias, x.getDevice(), training);
        long steps = x.getShape().get(1);
        NDList pre = x.matMul(wxT).add(b).split(steps, 1);
        NDList outputs = new NDList((int) steps);
        NDArray h = null;
        NDArray c = null;
        for (int t = 0; t < steps; t++) {
            NDArray z = h == null ? pre.get(t) : pre.get(t).add(h.matMul(wh));
            NDList gates = z.split(4, 2);
            NDArray input = Activation.sigmoid(gates.get(0));
            NDArray candidate = gates.get(2).tanh();
            c = c == null
                    ? input.mul(candidate)
                    : Activation.sigmoid(gates.get(1)).mul(c).add(input.mul(candidate));
            h = Activation.sigmoid(gates.get(3)).mul(c.tanh());
            outputs.add(h);
        }
        return new NDList(steps == 1 ? h : NDArrays.concat(outputs, 1));
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
        return "Lstm(" + inputSize + "->" + stateSize + ")";
    }

    /** Builder of {@link Lstm}. */
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
        public Lstm build() {
            Recurrences.checkPositive("inputSize", inputSize);
            Recurrences.checkPositive("stateSize", stateSize);
            return new Lstm(inputSize, stateSize);
        }
    }
}
