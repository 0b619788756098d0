package org.scorelab.nn.rnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.scorelab.nn.Blocks.forward;
import static org.scorelab.nn.Blocks.initialize;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.nn.Blocks;

class BidirectionalTest {

    private static void assertAllClose(NDArray actual, NDArray expected) {
        assertThat(actual.getShape()).isEqualTo(expected.getShape());
        float[] a = actual.toFloatArray();
        float[] e = expected.toFloatArray();
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as("element %d", i).isCloseTo(e[i], offset(1e-5f));
        }
    }

    @ParameterizedTest
    @EnumSource(Cell.class)
    void backwardHalfIsTheBackwardUnitOnTheReversedSequence(Cell cell) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block ahead = cell.create(3, 2);
            Block back = cell.create(3, 2);
            Bidirectional layer = initialize(Bidirectional.of(ahead, back), manager, new Shape(2, 4, 3));
            NDArray x = manager.randomNormal(new Shape(2, 4, 3));
            NDArray y = forward(layer, manager, false, x);
            assertThat(y.getShape()).isEqualTo(new Shape(2, 4, 4));
            assertAllClose(y.get(":, :, :2"), forward(ahead, manager, false, x));
            assertAllClose(y.get(":, :, 2:"), forward(back, manager, false, x.flip(1)).flip(1));
        }
    }

    @ParameterizedTest
    @EnumSource(Cell.class)
    void paddingDoesNotReachValidSteps(Cell cell) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Bidirectional layer = initialize(Bidirectional.of(cell, 3, 2), manager, new Shape(2, 5, 3));
            NDArray x = manager.randomNormal(new Shape(2, 5, 3));
            NDArray lengths = manager.create(new int[] {5, 3});
            NDArray y = forward(layer, manager, false, x, lengths);
            // the short sample alone, without its two padded steps
            NDArray shortAlone = forward(layer, manager, false, x.get(new NDIndex("1:2, :3, :")));
            assertAllClose(y.get(new NDIndex("1:2, :3, :")), shortAlone);
            NDArray longAlone = forward(layer, manager, false, x.get(new NDIndex("0:1")));
            assertAllClose(y.get(new NDIndex("0:1")), longAlone);
            // without lengths the padding does reach the backward half of the short sample
            NDArray unaware = forward(layer, manager, false, x);
            assertThat(unaware.get(new NDIndex("1:2, :3, 2:")).sub(shortAlone.get(":, :, 2:"))
                    .abs().max().getFloat()).isGreaterThan(1e-4f);
        }
    }

    @Test
    void stackOfTwoLayersWithDropout(@TempDir Path folder) throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            RecurrentStack stack = BiSru.stack(6, 4, 2, 0.5f);
            initialize(stack, manager, new Shape(3, 5, 6));
            assertThat(stack.getOutputShapes(new Shape[] {new Shape(3, 5, 6)})[0]).isEqualTo(new Shape(3, 5, 8));
            assertThat(Blocks.parameter(stack, "layer1_01forward_weight").getArray().getShape())
                    .isEqualTo(new Shape(16, 8)); // 4 matrices: the second layer reads 2H = 8 != H
            NDArray x = manager.randomNormal(new Shape(3, 5, 6));
            NDArray inference1 = forward(stack, manager, false, x);
            NDArray inference2 = forward(stack, manager, false, x);
            assertAllClose(inference1, inference2);
            NDArray training = forward(stack, manager, true, x);
            assertThat(training.sub(inference1).abs().max().getFloat()).isGreaterThan(1e-4f);
            Blocks.assertRoundTrip(stack, () -> BiSru.stack(6, 4, 2, 0.5f), folder, manager, x);
        }
    }

    @Test
    void lstmStackHasTheSameInterface(@TempDir Path folder) throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            RecurrentStack stack = BiLstm.stack(6, 4, 2, 0f);
            initialize(stack, manager, new Shape(3, 5, 6));
            NDArray x = manager.randomNormal(new Shape(3, 5, 6));
            NDArray y = forward(stack, manager, true, x, manager.create(new int[] {5, 2, 4}));
            assertThat(y.getShape()).isEqualTo(new Shape(3, 5, 8));
            Blocks.assertRoundTrip(stack, () -> BiLstm.stack(6, 4, 2, 0f), folder, manager, x);
            Bidirectional one = initialize(BiLstm.create(6, 4), manager, new Shape(3, 5, 6));
            assertThat(forward(one, manager, false, x).getShape()).isEqualTo(new Shape(3, 5, 8));
        }
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> BiSru.stack(6, 4, 0, 0f)).hasMessage("numLayers must be at least 1, was 0");
        assertThatThrownBy(() -> BiSru.stack(6, 4, 2, 1f)).hasMessage("dropout must be in [0, 1), was 1.0");
        assertThatThrownBy(() -> RecurrentStack.builder().setInputSize(2).setStateSize(2).setNumLayers(1).build())
                .hasMessage("cell must be set");
        Block sru = Sru.create(2, 2);
        assertThatThrownBy(() -> Bidirectional.of(sru, sru)).hasMessage("need two distinct one-direction units");
    }
}
