package org.scorelab.nn.rnn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code L} stacked {@link Bidirectional} layers of one kind of unit, with optional dropout
 * (Srivastava et al. 2014) between layers, in training only. Shapes: {@code [N,T,I] -> [N,T,2H]};
 * layer 1 reads {@code I} features, the others {@code 2H}. The inputs are the sequence and,
 * optionally, the valid lengths {@code [N]}, passed to every layer.
 */
public final class RecurrentStack extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Cell cell;
    private final int stateSize;
    private final float dropout;
    private final List<Block> layers = new ArrayList<>();

    private RecurrentStack(Builder b) {
        super(VERSION);
        this.cell = b.cell;
        this.stateSize = b.stateSize;
        this.dropout = b.dropout;
        for (int i = 0; i < b.layers; i++) {
            int in = i == 0 ? b.inputSize : 2 * b.stateSize;
            layers.add(addChildBlock("layer" + i, Bidirectional.of(cell, in, stateSize)));
        }
    }

    /** A builder; the cell, the sizes and the number of layers are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.head();
        for (int i = 0; i < layers.size(); i++) {
            if (i > 0 && training && dropout > 0) {
                x = Dropout.dropout(x, dropout, true).head();
            }
            NDList in = inputs.size() > 1 ? new NDList(x, inputs.get(1)) : new NDList(x);
            x = layers.get(i).forward(store, in, training, params).head();
        }
        return new NDList(x);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape shape = inputShapes[0];
        for (Block layer : layers) {
            layer.initialize(manager, dataType, shape);
            shape = layer.getOutputShapes(new Shape[] {shape})[0];
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape shape = inputShapes[0];
        for (Block layer : layers) {
            shape = layer.getOutputShapes(new Shape[] {shape})[0];
        }
        return new Shape[] {shape};
    }

    @Override
    public String toString() {
        return "RecurrentStack(" + cell + ", " + layers.size() + " x bidirectional " + stateSize
                + ", dropout " + dropout + ")";
    }

    /** Builder of {@link RecurrentStack}. */
    public static final class Builder {
        private Cell cell;
        private int inputSize;
        private int stateSize;
        private int layers;
        private float dropout;

        private Builder() {}

        /** The kind of unit (required). */
        public Builder setCell(Cell cell) {
            this.cell = cell;
            return this;
        }

        /** Features per input step of the first layer (required). */
        public Builder setInputSize(int inputSize) {
            this.inputSize = inputSize;
            return this;
        }

        /** Features per step of each direction (required); the output has twice as many. */
        public Builder setStateSize(int stateSize) {
            this.stateSize = stateSize;
            return this;
        }

        /** Number of bidirectional layers (required). */
        public Builder setNumLayers(int layers) {
            this.layers = layers;
            return this;
        }

        /** Dropout rate on the input of every layer but the first, in [0, 1); default 0. */
        public Builder optDropout(float dropout) {
            this.dropout = dropout;
            return this;
        }

        /** Checks the settings and builds the stack. */
        public RecurrentStack build() {
            if (cell == null) {
                throw new IllegalArgumentException("cell must be set");
            }
            Recurrences.checkPositive("inputSize", inputSize);
            Recurrences.checkPositive("stateSize", stateSize);
            Recurrences.checkPositive("numLayers", layers);
            if (!(dropout >= 0 && dropout < 1)) {
                throw new IllegalArgumentException("dropout must be in [0, 1), was " + dropout);
            }
            return new RecurrentStack(this);
        }
    }
}
