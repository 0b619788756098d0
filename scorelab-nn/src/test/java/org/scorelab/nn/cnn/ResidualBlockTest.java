package org.scorelab.nn.cnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scorelab.nn.Blocks.assertClose;
import static org.scorelab.nn.Blocks.forward;
import static org.scorelab.nn.Blocks.initialize;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.nn.Blocks;

class ResidualBlockTest {

    private static final double BN = 1 / Math.sqrt(1 + 1e-5);

    @Test
    void identityShortcutWhenChannelsAndStrideAreKept() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ResidualBlock block = ResidualBlock.builder().setInChannels(4).setOutChannels(4).build();
            initialize(block, manager, new Shape(2, 4, 6, 8));
            assertThat(block.hasProjection()).isFalse();
            assertThat(block.getParameters().keys()).noneMatch(k -> k.startsWith("projection"));
            NDArray y = forward(block, manager, true, manager.randomNormal(new Shape(2, 4, 6, 8)));
            assertThat(y.getShape()).isEqualTo(new Shape(2, 4, 6, 8));
        }
    }

    @Test
    void projectionWhenChannelsOrStrideChange() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ResidualBlock block = ResidualBlock.builder()
                    .setInChannels(4).setOutChannels(8).optStride(2).build();
            initialize(block, manager, new Shape(2, 4, 8, 9));
            assertThat(block.hasProjection()).isTrue();
            assertThat(block.getOutputShapes(new Shape[] {new Shape(2, 4, 8, 9)})[0])
                    .isEqualTo(new Shape(2, 8, 4, 5));
            NDArray y = forward(block, manager, true, manager.randomNormal(new Shape(2, 4, 8, 9)));
            assertThat(y.getShape()).isEqualTo(new Shape(2, 8, 4, 5));
            assertThat(ResidualBlock.builder().setInChannels(4).setOutChannels(4).optStride(2)
                    .build().hasProjection()).isTrue();
        }
    }

    @Test
    void identityKernelsGiveTheHandComputedSum() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ResidualBlock block = ResidualBlock.builder().setInChannels(1).setOutChannels(1)
                    .optAlpha(0.1f).build();
            initialize(block, manager, new Shape(1, 1, 1, 2));
            for (Pair<String, Parameter> p : block.getParameters()) {
                if (p.getKey().endsWith("weight")) {
                    p.getValue().getArray().set(new float[] {0, 0, 0, 0, 1, 0, 0, 0, 0});
                }
            }
            NDArray x = manager.create(new float[] {2, -1}, new Shape(1, 1, 1, 2));
            NDArray y = forward(block, manager, false, x);
            // F(x) = leaky(BN * leaky(BN * x)); H = F(x) + x
            double positive = 2 * BN * BN + 2;
            double negative = -1 * BN * 0.1 * BN * 0.1 - 1;
            assertClose(y, 1e-6, positive, negative);
        }
    }

    @Test
    void saveAndLoadGiveIdenticalOutputs(@TempDir Path folder) throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            ResidualBlock block = ResidualBlock.builder()
                    .setInChannels(2).setOutChannels(3).optStride(2).build();
            Shape shape = new Shape(2, 2, 6, 6);
            initialize(block, manager, shape);
            // a training pass moves the running statistics away from their initial values
            forward(block, manager, true, manager.randomNormal(shape).add(3));
            Blocks.assertRoundTrip(block,
                    () -> ResidualBlock.builder().setInChannels(2).setOutChannels(3).optStride(2).build(),
                    folder, manager, manager.randomNormal(shape));
        }
    }

    @Test
    void rejectsBadSettingsAndInputs() {
        assertThatThrownBy(() -> ResidualBlock.builder().setOutChannels(4).build())
                .hasMessage("inChannels must be at least 1, was 0");
        ResidualBlock block = ResidualBlock.builder().setInChannels(3).setOutChannels(4).build();
        assertThatThrownBy(() -> block.getOutputShapes(new Shape[] {new Shape(1, 2, 5, 5)}))
                .hasMessage("expected input [N,3,H,W], found (1, 2, 5, 5)");
    }
}
