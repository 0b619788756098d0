package org.scorelab.genre.cnn;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import org.scorelab.nn.cnn.ConvBnLeaky;

/**
 * The genre network: per stage a 3x3 convolution with batch normalisation and leaky ReLU
 * ({@link ConvBnLeaky}) and a 2x2 max pool; then the average over what is left of frequency and
 * time, dropout, and a linear layer to the class scores. Averaging over time lets one network
 * judge a window of any length; averaging over frequency makes it judge patterns wherever they
 * lie in the spectrum (a tune transposed, an instrument brighter), which is what should carry
 * from one sound set to another.
 *
 * <p>Shapes: {@code [N, 1, bands, frames] -> [N, classes]} (logits).
 */
public final class MelCnn {

    private MelCnn() {
    }

    /** The network for {@code classes} classes. */
    public static SequentialBlock create(MelCnnConfig config, int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("need at least 2 classes, was " + classes);
        }
        SequentialBlock net = new SequentialBlock();
        for (int c : config.channels()) {
            net.add(ConvBnLeaky.create(c)).add(Pool.maxPool2dBlock(new Shape(2, 2)));
        }
        return net.add(Pool.globalAvgPool2dBlock())
                .add(Blocks.batchFlattenBlock())
                .add(Dropout.builder().optRate((float) config.dropout()).build())
                .add(Linear.builder().setUnits(classes).build());
    }
}
