package org.scorelab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Test helpers: forward passes, hand-set parameters and save/load round trips. */
public final class Blocks {

    private Blocks() {}

    /** Runs the block (which must be initialised) on the inputs. */
    public static NDArray forward(Block block, NDManager manager, boolean training, NDArray... inputs) {
        return block.forward(new ParameterStore(manager, false), new NDList(inputs), training).head();
    }

    /** Initialises the block in float32 for the given input shapes. */
    public static <B extends Block> B initialize(B block, NDManager manager, Shape... shapes) {
        block.initialize(manager, DataType.FLOAT32, shapes);
        return block;
    }

    /** The parameter whose full name ends with the suffix; fails when none or several match. */
    public static Parameter parameter(Block block, String suffix) {
        Parameter found = null;
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (p.getKey().endsWith(suffix)) {
                assertThat(found).as("several parameters end with %s", suffix).isNull();
                found = p.getValue();
            }
        }
        assertThat(found).as("a parameter ending with %s in %s", suffix, block.getParameters().keys())
                .isNotNull();
        return found;
    }

    /** Sets a parameter's values (row-major). */
    public static void set(Block block, String suffix, float... values) {
        NDArray array = parameter(block, suffix).getArray();
        assertThat(array.size()).isEqualTo(values.length);
        array.set(values);
    }

    /**
     * Saves the block's parameters with {@code saveParameters}, loads them into a fresh block and
     * checks that both give the same output in inference mode; then the same through {@code
     * Model.save} and {@code Model.load}.
     */
    public static void assertRoundTrip(
            Block original, Supplier<Block> fresh, Path folder, NDManager manager, NDArray... inputs)
            throws IOException, ai.djl.MalformedModelException {
        NDArray expected = forward(original, manager, false, inputs);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            original.saveParameters(out);
        }
        Block copy = fresh.get();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy.loadParameters(manager, in);
        }
        assertThat(forward(copy, manager, false, inputs).toFloatArray())
                .containsExactly(expected.toFloatArray());

        try (Model model = Model.newInstance("roundtrip")) {
            model.setBlock(original);
            model.save(folder, "roundtrip");
        }
        try (Model model = Model.newInstance("roundtrip")) {
            model.setBlock(fresh.get());
            model.load(folder, "roundtrip");
            NDArray loaded = forward(model.getBlock(), manager, false, inputs);
            assertThat(loaded.toFloatArray()).containsExactly(expected.toFloatArray());
        }
    }

    /** Asserts element-wise closeness with an absolute tolerance. */
    public static void assertClose(NDArray actual, double tolerance, double... expected) {
        float[] values = actual.toType(DataType.FLOAT32, false).toFloatArray();
        assertThat(values).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat((double) values[i]).as("element %d", i)
                    .isCloseTo(expected[i], org.assertj.core.data.Offset.offset(tolerance));
        }
    }
}
