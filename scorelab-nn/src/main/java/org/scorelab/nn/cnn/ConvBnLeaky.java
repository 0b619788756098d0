package org.scorelab.nn.cnn;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;

/**
 * The basic unit of the convolutional front end: a 3x3 convolution (padding 1, no bias, since the
 * batch normalisation that follows has its own shift), batch normalisation over channels (Ioffe and
 * Szegedy 2015) and a leaky ReLU (Maas et al. 2013). Shapes: {@code [N,C,H,W] -> [N,F,ceil(H/s),
 * ceil(W/s)]} for {@code F} filters and stride {@code s}.
 */
public final class ConvBnLeaky {

    /** Negative slope of the leaky ReLU used unless told otherwise. */
    public static final float DEFAULT_ALPHA = 0.01f;

    private ConvBnLeaky() {}

    /** A 3x3 unit with stride 1 and the default negative slope. */
    public static SequentialBlock create(int filters) {
        return create(filters, 1, DEFAULT_ALPHA);
    }

    /** A 3x3 unit with the given stride (both axes) and the default negative slope. */
    public static SequentialBlock create(int filters, int stride) {
        return create(filters, stride, DEFAULT_ALPHA);
    }

    /**
     * A 3x3 unit.
     *
     * @param filters output channels, at least 1
     * @param stride stride on both axes, at least 1
     * @param alpha negative slope of the leaky ReLU, in [0, 1)
     */
    public static SequentialBlock create(int filters, int stride, float alpha) {
        checkPositive("filters", filters);
        checkPositive("stride", stride);
        if (!(alpha >= 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1), was " + alpha);
        }
        return new SequentialBlock()
                .add(Conv2d.builder()
                        .setKernelShape(new Shape(3, 3))
                        .optStride(new Shape(stride, stride))
                        .optPadding(new Shape(1, 1))
                        .optBias(false)
                        .setFilters(filters)
                        .build())
                .add(BatchNorm.builder().optAxis(1).build())
                .add(Activation.leakyReluBlock(alpha));
    }

    static void checkPositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
