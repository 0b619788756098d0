package org.scorelab.nn.optim;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.scorelab.core.io.InvalidInputException;

/**
 * Adam (Kingma and Ba 2015) that behaves exactly as DJL 0.36's {@code ai.djl.training.optimizer.Adam}
 * and can also {@link #save} and {@link #load} its state, so a resumed run is a true continuation.
 *
 * <p>The update, as DJL computes it: with {@code t} the step count (the largest update count of
 * any parameter, counted from {@code optBeginNumUpdate}), {@code lr} the tracker's value at {@code t}
 * and {@code lr_t = lr * sqrt(1 - beta2^t) / (1 - beta1^t)} (the bias correction folded into the
 * rate, computed in double and rounded to float),
 *
 * <pre>
 * g = clamp(rescale * grad, -clip, clip)     (when clip &gt;= 0)
 * g = g + weightDecay * w
 * m = beta1 * m + (1 - beta1) * g
 * v = beta2 * v + (1 - beta2) * g * g
 * w = w - lr_t * m / (sqrt(v) + epsilon)
 * </pre>
 *
 * <p>The element-wise part is the engine's own fused kernel ({@code NDArrayEx.adamUpdate}, the call
 * DJL's Adam makes, with the same arguments), so the weights match DJL's Adam bit for bit; what this
 * class adds is owning the moments and counts where they can be read and written, and one fix:
 * DJL's PyTorch kernel clips the gradient from above only ({@code clamp_max}), so with
 * {@code optClipGrad(c)} large negative gradients would pass unclipped and a single outlier batch
 * could throw the weights far in one direction. Here the rescaled gradient is clamped on both sides
 * before the kernel runs (the kernel then sees rescale 1); without clipping, and whenever no
 * gradient falls below {@code -clip}, the result is DJL's bit for bit.
 *
 * <p>State is kept per parameter id (DJL's trainer passes {@link Parameter#getId()}, a random id per
 * run); {@link #save} and {@link #load} translate to the parameter names of a {@link Block}, which
 * are the same in every run of the same network. The arrays are detached from every manager (as
 * DJL's are); {@link #close} frees them.
 */
public final class Adam extends Optimizer implements AutoCloseable {

    private final ParameterTracker learningRateTracker;
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final int beginNumUpdate;
    private final Map<String, Map<Device, NDArray>> means = new ConcurrentHashMap<>();
    private final Map<String, Map<Device, NDArray>> variances = new ConcurrentHashMap<>();
    private final Map<String, Integer> updateCounts = new ConcurrentHashMap<>();
    private int numUpdate;

    private Adam(Builder b) {
        super(b);
        this.learningRateTracker = b.learningRateTracker;
        this.beta1 = b.beta1;
        this.beta2 = b.beta2;
        this.epsilon = b.epsilon;
        this.beginNumUpdate = b.beginNumUpdate;
    }

    /** A builder with DJL's defaults: learning rate 0.001, beta1 0.9, beta2 0.999, epsilon 1e-8, no clipping. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        int t = count(parameterId);
        double coef1 = 1.0 - Math.pow(beta1, t);
        double coef2 = 1.0 - Math.pow(beta2, t);
        float lr = learningRateTracker.getNewValue(parameterId, t);
        float newLearningRate = (float) (lr * Math.sqrt(coef2) / coef1);
        float weightDecay = getWeightDecay();
        if (Float.isNaN(newLearningRate) || Float.isNaN(weightDecay) || Float.isInfinite(newLearningRate)
                || Float.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("learning rate or weight decay is nan or infinite");
        }
        NDArray m = withDefaultState(means, parameterId, weight.getDevice(), k -> weight.zerosLike());
        NDArray v = withDefaultState(variances, parameterId, weight.getDevice(), k -> weight.zerosLike());
        if (clipGrad < 0) {
            kernel(weight, grad, m, v, lr, newLearningRate, weightDecay, rescaleGrad);
            return;
        }
        // The gradient's manager lives as long as the model, so every temporary (the product, the
        // clamped copy, and the two scalar bounds the engine makes for clip) goes in a scope freed here.
        try (NDManager scope = grad.getManager().newSubManager()) {
            NDArray scaled = grad.mul(rescaleGrad);
            scaled.attach(scope);
            NDArray g = scaled.clip(-clipGrad, clipGrad);
            g.attach(scope);
            kernel(weight, g, m, v, lr, newLearningRate, weightDecay, 1f);
        }
    }

    /** DJL's fused Adam step: updates weight, m and v in place. */
    private void kernel(NDArray weight, NDArray grad, NDArray m, NDArray v, float lr, float newLearningRate,
            float weightDecay, float rescale) {
        weight.getNDArrayInternal().adamUpdate(new NDList(weight, grad, m, v), new NDList(weight), lr, newLearningRate,
                weightDecay, rescale, clipGrad, beta1, beta2, epsilon, true, false);
    }

    /** DJL's count: this parameter's updates, but the step returned is the largest count of any. */
    private int count(String parameterId) {
        int c = updateCounts.compute(parameterId, (k, v) -> v == null ? beginNumUpdate + 1 : v + 1);
        numUpdate = Math.max(numUpdate, c);
        return numUpdate;
    }

    /** The step count {@code t} of the last update (0 before the first). */
    public int steps() {
        return numUpdate;
    }

    /**
     * Writes the state (step count, and per parameter its name, update count, first and second
     * moments) to a file, atomically; the format is described in {@link AdamState}.
     *
     * @param block the network being trained, whose parameter names identify the state
     * @throws IllegalArgumentException when there is state for a parameter the block does not have
     */
    public void save(Path file, Block block) throws IOException {
        Map<String, String> names = new HashMap<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (names.put(p.getValue().getId(), p.getKey()) != null) {
                throw new IllegalArgumentException("parameter " + p.getKey() + " appears twice in the block");
            }
        }
        List<AdamState.Moments> moments = new ArrayList<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            String id = p.getValue().getId();
            Integer count = updateCounts.get(id);
            if (count == null) {
                continue;
            }
            NDArray m = any(means, id);
            NDArray v = any(variances, id);
            moments.add(new AdamState.Moments(p.getKey(), count, m.getShape(), m.getDataType(), AdamState.bytes(m),
                    AdamState.bytes(v)));
        }
        for (String id : updateCounts.keySet()) {
            if (!names.containsKey(id)) {
                throw new IllegalArgumentException("optimizer state for parameter id " + id
                        + " that the block does not have: save with the block being trained");
            }
        }
        new AdamState(numUpdate, moments).write(file);
    }

    /** One device's copy (they are equal: data-parallel training updates every copy alike). */
    private static NDArray any(Map<String, Map<Device, NDArray>> state, String id) {
        Map<Device, NDArray> perDevice = state.get(id);
        if (perDevice == null || perDevice.isEmpty()) {
            throw new IllegalStateException("parameter " + id + " has an update count but no moments");
        }
        return perDevice.values().iterator().next();
    }

    /**
     * Replaces this optimizer's state with the state in a file written by {@link #save}. The file must
     * hold state for every trainable parameter of the block (or for none, when it was saved before
     * the first step), each with the block's shape and data type, and for no other parameter; the
     * arrays are created on each parameter's device.
     *
     * @param block the network being trained, initialised (its parameters have arrays)
     * @throws InvalidInputException naming the file when it is not an Adam state file or does not
     *                               match the block
     */
    public void load(Path file, Block block) throws IOException, InvalidInputException {
        AdamState state = AdamState.read(file);
        String source = file.toString();
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            byName.put(p.getKey(), p.getValue());
        }
        Map<String, AdamState.Moments> found = new LinkedHashMap<>();
        for (AdamState.Moments m : state.moments()) {
            Parameter p = byName.get(m.name());
            if (p == null) {
                throw new InvalidInputException(source, "parameter '" + m.name() + "'",
                        "the network has no parameter of this name, expected the names of its "
                                + byName.size() + " parameters (e.g. '" + byName.keySet().iterator().next() + "')");
            }
            if (!p.isInitialized()) {
                throw new IllegalStateException("initialise the block before loading optimizer state into it");
            }
            NDArray w = p.getArray();
            if (!w.getShape().equals(m.shape())) {
                throw new InvalidInputException(source, "parameter '" + m.name() + "'",
                        "shape " + m.shape() + " does not match the network's " + w.getShape());
            }
            if (w.getDataType() != m.dataType()) {
                throw new InvalidInputException(source, "parameter '" + m.name() + "'",
                        "data type " + m.dataType() + " does not match the network's " + w.getDataType());
            }
            found.put(m.name(), m);
        }
        if (!found.isEmpty()) {
            for (Map.Entry<String, Parameter> e : byName.entrySet()) {
                if (e.getValue().requiresGradient() && !found.containsKey(e.getKey())) {
                    throw new InvalidInputException(source, "parameter '" + e.getKey() + "'",
                            "has no state in the file, expected state for every trainable parameter of the network");
                }
            }
        }
        close();
        for (AdamState.Moments m : found.values()) {
            NDArray w = byName.get(m.name()).getArray();
            String id = byName.get(m.name()).getId();
            means.put(id, new ConcurrentHashMap<>(Map.of(w.getDevice(), AdamState.array(w, m.shape(), m.mean()))));
            variances.put(id,
                    new ConcurrentHashMap<>(Map.of(w.getDevice(), AdamState.array(w, m.shape(), m.variance()))));
            updateCounts.put(id, m.updates());
        }
        numUpdate = state.steps();
    }

    /** Frees the moment arrays and forgets the counts, as if no step had been taken. */
    @Override
    public void close() {
        for (Map<String, Map<Device, NDArray>> state : List.of(means, variances)) {
            state.values().forEach(perDevice -> perDevice.values().forEach(NDArray::close));
            state.clear();
        }
        updateCounts.clear();
        numUpdate = 0;
    }

    /** Builds an {@link Adam}; the options are DJL's ({@code setRescaleGrad}, {@code optClipGrad}, ...). */
    public static final class Builder extends Optimizer.OptimizerBuilder<Builder> {
        private ParameterTracker learningRateTracker = Tracker.fixed(0.001f);
        private float beta1 = 0.9f;
        private float beta2 = 0.999f;
        private float epsilon = 1e-8f;
        private int beginNumUpdate;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** The learning rate, as a function of the step count. */
        public Builder optLearningRateTracker(ParameterTracker tracker) {
            this.learningRateTracker = tracker;
            return this;
        }

        /** Decay of the first moment estimates. */
        public Builder optBeta1(float beta1) {
            this.beta1 = beta1;
            return this;
        }

        /** Decay of the second moment estimates. */
        public Builder optBeta2(float beta2) {
            this.beta2 = beta2;
            return this;
        }

        /** Added to the root of the second moment, for numerical stability. */
        public Builder optEpsilon(float epsilon) {
            this.epsilon = epsilon;
            return this;
        }

        /** The update count a parameter's first update starts after (kept here too: DJL's is private). */
        @Override
        public Builder optBeginNumUpdate(int beginNumUpdate) {
            this.beginNumUpdate = beginNumUpdate;
            return super.optBeginNumUpdate(beginNumUpdate);
        }

        public Adam build() {
            if (learningRateTracker == null) {
                throw new IllegalArgumentException("learning rate tracker must not be null");
            }
            if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
                throw new IllegalArgumentException("beta1 and beta2 must be in [0, 1), were " + beta1 + " and " + beta2);
            }
            return new Adam(this);
        }
    }
}
