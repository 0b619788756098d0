package org.scorelab.nn.cnn;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A residual block (He et al. 2016, "Deep Residual Learning for Image Recognition"): {@code H(x) =
 * F(x) + S(x)} where {@code F} is two {@link ConvBnLeaky} units (the first carries the stride) and
 * the shortcut {@code S} is the identity when the channels and the stride are unchanged, otherwise
 * a 1x1 projection (convolution with the stride, then batch normalisation). Shapes: {@code
 * [N,Cin,H,W] -> [N,Cout,ceil(H/s),ceil(W/s)]}.
 *
 * <p>The sum is not followed by a further activation: the second unit of {@code F} already ends
 * with its leaky ReLU, and leaving the sum linear keeps an unobstructed identity path through a
 * stack of blocks (the point of He et al. 2016b, "Identity Mappings in Deep Residual Networks").
 */
public final class ResidualBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int inChannels;
    private final int outChannels;
    private final int stride;
    private final Block residual;
    private final Block projection;

    private ResidualBlock(Builder builder) {
        super(VERSION);
        this.inChannels = builder.inChannels;
        this.outChannels = builder.outChannels;
        this.stride = builder.stride;
        this.residual = addChildBlock("residual", new SequentialBlock()
                .add(ConvBnLeaky.create(outChannels, stride, builder.alpha))
                .add(ConvBnLeaky.create(outChannels, 1, builder.alpha)));
        if (hasProjection()) {
            this.projection = addChildBlock("projection", new SequentialBlock()
                    .add(Conv2d.builder()
                            .setKernelShape(new Shape(1, 1))
                            .optStride(new Shape(stride, stride))
                            .optBias(false)
                            .setFilters(outChannels)
                            .build())
                    .add(BatchNorm.builder().optAxis(1).build()));
        } else {
            this.projection = null;
        }
    }

    /** A builder; input and output channels are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the shortcut is a 1x1 projection rather than the identity. */
    public boolean hasProjection() {
        return inChannels != outChannels || stride != 1;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList x = new NDList(inputs.head());
        NDList f = residual.forward(store, x, training, params);
        NDList shortcut = projection == null ? x : projection.forward(store, x, training, params);
        return new NDList(f.head().add(shortcut.head()));
    }

    @Override
    protected void initializeChildBlocks(
            NDManager manager, DataType dataType, Shape... inputShapes) {
        checkInput(inputShapes);
        residual.initialize(manager, dataType, inputShapes[0]);
        if (projection != null) {
            projection.initialize(manager, dataType, inputShapes[0]);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        checkInput(inputShapes);
        return residual.getOutputShapes(new Shape[] {inputShapes[0]});
    }

    private void checkInput(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        if (in.dimension() != 4 || in.get(1) != inChannels) {
            throw new IllegalArgumentException(
                    "expected input [N," + inChannels + ",H,W], found " + in);
        }
    }

    @Override
    public String toString() {
        return "ResidualBlock(" + inChannels + "->" + outChannels + ", stride " + stride
                + (hasProjection() ? ", projection)" : ")");
    }

    /** Builder of {@link ResidualBlock}. */
    public static final class Builder {
        private int inChannels;
        private int outChannels;
        private int stride = 1;
        private float alpha = ConvBnLeaky.DEFAULT_ALPHA;

        private Builder() {}

        /** Channels of the input (required): decides whether the shortcut needs a projection. */
        public Builder setInChannels(int inChannels) {
            this.inChannels = inChannels;
            return this;
        }

        /** Channels of the output (required). */
        public Builder setOutChannels(int outChannels) {
            this.outChannels = outChannels;
            return this;
        }

        /** Stride of the first convolution and of the projection, on both axes; default 1. */
        public Builder optStride(int stride) {
            this.stride = stride;
            return this;
        }

        /** Negative slope of the leaky ReLUs; default {@link ConvBnLeaky#DEFAULT_ALPHA}. */
        public Builder optAlpha(float alpha) {
            this.alpha = alpha;
            return this;
        }

        /** Checks the settings and builds the block. */
        public ResidualBlock build() {
            ConvBnLeaky.checkPositive("inChannels", inChannels);
            ConvBnLeaky.checkPositive("outChannels", outChannels);
            ConvBnLeaky.checkPositive("stride", stride);
            if (!(alpha >= 0 && alpha < 1)) {
                throw new IllegalArgumentException("alpha must be in [0, 1), was " + alpha);
            }
            return new ResidualBlock(this);
        }
    }
}
