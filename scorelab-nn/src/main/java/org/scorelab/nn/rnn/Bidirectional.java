package org.scorelab.nn.rnn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A bidirectional layer (Schuster and Paliwal 1997): one unit reads the sequence left to right,
 * another right to left, and their outputs are concatenated per step. Shapes: {@code [N,T,I] ->
 * [N,T,Hf+Hb]}. The inputs are the sequence and, optionally, the valid lengths {@code [N]} (any
 * numeric type) of a padded batch: then the backward unit reads each sequence from its own last
 * valid step, so that padding never flows into valid steps; outputs at padded steps are
 * meaningless. Without lengths every sequence is taken as {@code T} long.
 */
public final class Bidirectional extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block forward;
    private final Block backward;

    private Bidirectional(Block forward, Block backward) {
        super(VERSION);
        this.forward = addChildBlock("forward", forward);
        this.backward = addChildBlock("backward", backward);
    }

    /**
     * A layer of two one-direction units {@code [N,T,I] -> [N,T,H]} of the same input size.
     *
     * @param forward reads left to right
     * @param backward reads right to left
     */
    public static Bidirectional of(Block forward, Block backward) {
        if (forward == null || backward == null || forward == backward) {
            throw new IllegalArgumentException("need two distinct one-direction units");
        }
        return new Bidirectional(forward, backward);
    }

    /** A layer of two new units of the given kind. */
    public static Bidirectional of(Cell cell, int inputSize, int stateSize) {
        return new Bidirectional(cell.create(inputSize, stateSize), cell.create(inputSize, stateSize));
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.head();
        NDArray ahead = forward.forward(store, new NDList(x), training, params).head();
        NDArray back;
        if (inputs.size() > 1) {
            NDArray order = reversalIndex(x, inputs.get(1));
            NDArray reversed = x.gather(order.broadcast(x.getShape()), 1);
            NDArray out = backward.forward(store, new NDList(reversed), training, params).head();
            back = out.gather(order.broadcast(out.getShape()), 1);
        } else {
            NDArray out = backward.forward(store, new NDList(x.flip(1)), training, params).head();
            back = out.flip(1);
        }
        return new NDList(NDArrays.concat(new NDList(ahead, back), 2));
    }

    /**
     * The permutation {@code [N,T,1]} that reverses the first {@code length} steps of each sequence
     * and keeps the padding in place; it is its own inverse.
     */
    private static NDArray reversalIndex(NDArray x, NDArray lengths) {
        long steps = x.getShape().get(1);
        NDManager manager = x.getManager();
        NDArray t = manager.arange(steps).toType(DataType.INT64, false).reshape(1, steps);
        NDArray length = lengths.toType(DataType.INT64, false).reshape(-1, 1);
        NDArray mirrored = length.sub(1).sub(t);
        return NDArrays.where(t.lt(length), mirrored, t.broadcast(mirrored.getShape())).expandDims(2);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        forward.initialize(manager, dataType, inputShapes[0]);
        backward.initialize(manager, dataType, inputShapes[0]);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape f = forward.getOutputShapes(new Shape[] {inputShapes[0]})[0];
        Shape b = backward.getOutputShapes(new Shape[] {inputShapes[0]})[0];
        return new Shape[] {new Shape(f.get(0), f.get(1), f.get(2) + b.get(2))};
    }

    @Override
    public String toString() {
        return "Bidirectional(" + forward + ", " + backward + ")";
    }
}
