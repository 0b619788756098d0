package org.scorelab.omr.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import org.junit.jupiter.api.Test;

class CrnnBaselineTest {

    @Test
    void sixteenFoldWidthReductionAndLogProbabilities() {
        try (NDManager m = NDManager.newBaseManager(); Model model = Model.newInstance("t")) {
            CrnnBaseline net = CrnnBaseline.create(64, 11);
            model.setBlock(net);
            net.initialize(m, DataType.FLOAT32, new Shape(2, 1, 64, 200));
            NDArray x = m.randomUniform(0, 1, new Shape(2, 1, 64, 200));
            NDList out = net.forward(new ParameterStore(m, false), new NDList(x, m.create(new int[] {12, 9})), false);
            // 200 -> 100 -> 50 -> 25 -> 12 columns
            assertThat(out.get(0).getShape().getShape()).containsExactly(2, 12, 11);
            assertThat(out.get(1).toIntArray()).containsExactly(12, 9);
            for (float v : out.get(0).exp().sum(new int[] {2}).toFloatArray()) {
                assertThat(v).isBetween(0.999f, 1.001f);
            }
            assertThat(net.getOutputShapes(new Shape[] {x.getShape()})[0]).isEqualTo(out.get(0).getShape());
            NDList noSteps = net.forward(new ParameterStore(m, false), new NDList(x), false);
            assertThat(noSteps.get(1).toIntArray()).containsExactly(12, 12);
        }
        assertThat(CrnnBaseline.steps(200)).isEqualTo(12);
        assertThat(CrnnBaseline.steps(512)).isEqualTo(32);
    }

    @Test
    void parametersAreThoseOfTheTfEndToEndCrnn() {
        try (NDManager m = NDManager.newBaseManager(); Model model = Model.newInstance("t")) {
            CrnnBaseline net = CrnnBaseline.create(64, 101);
            model.setBlock(net);
            net.initialize(m, DataType.FLOAT32, new Shape(1, 1, 64, 64));
            long n = 0;
            for (Pair<String, Parameter> p : net.getParameters()) {
                if (p.getValue().getType() != Parameter.Type.RUNNING_MEAN
                        && p.getValue().getType() != Parameter.Type.RUNNING_VAR) {
                    n += p.getValue().getArray().size();
                }
            }
            // convolutions 9*(1*32 + 32*64 + 64*128 + 128*256), BN gamma+beta 2*(32+64+128+256);
            // BiLSTM layer 1 reads 256*4 = 1024 features: 2 * (4*256*(1024+256) + 4*256), layer 2 reads 512;
            // output 512*101 + 101
            long conv = 9L * (32 + 32 * 64 + 64 * 128 + 128 * 256) + 2L * (32 + 64 + 128 + 256);
            long lstm = 2L * (4 * 256 * (1024 + 256) + 4 * 256) + 2L * (4 * 256 * (512 + 256) + 4 * 256);
            long out = 512L * 101 + 101;
            assertThat(n).isEqualTo(conv + lstm + out);
        }
    }

    @Test
    void refusesHeightsTheFourPoolsCannotHalve() {
        assertThatThrownBy(() -> CrnnBaseline.create(72, 11))
                .hasMessage("height must be a positive multiple of 16 (four 2x2 pools), was 72");
        assertThatThrownBy(() -> CrnnBaseline.create(64, 1))
                .hasMessage("classes must be at least 2 (the blank and a token), was 1");
        try (NDManager m = NDManager.newBaseManager()) {
            CrnnBaseline net = CrnnBaseline.create(64, 11);
            assertThatThrownBy(() -> net.initialize(m, DataType.FLOAT32, new Shape(1, 1, 128, 64)))
                    .hasMessage("expected [N,1,64,W], found (1, 1, 128, 64)");
        }
    }
}
