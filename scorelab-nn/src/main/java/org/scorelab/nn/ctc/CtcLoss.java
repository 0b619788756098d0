package org.scorelab.nn.ctc;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import java.util.Arrays;

/**
 * The CTC loss (Graves, Fernandez, Gomez and Schmidhuber 2006, "Connectionist Temporal
 * Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"): minus the
 * log of the summed probability of all alignments of a target with the network outputs, computed
 * by the forward algorithm in log space from plain NDArray operations, so that DJL's autograd
 * differentiates it.
 *
 * <p>Inputs: {@code predictions = (logProbs [N,T,C] (, inputLengths [N]))} and {@code labels =
 * (targets [N,S] (, targetLengths [N]))}. The predictions are log-probabilities, as in Graves and in
 * PyTorch's {@code ctc_loss}, because the model usually applies its own log-softmax (the decoders
 * want it too); {@link Builder#optFromLogits(boolean)} applies the log-softmax here instead.
 * Missing lengths mean {@code T} and {@code S}. Padding in {@code targets} beyond a sample's length
 * is ignored. Labels are class indices in {@code [0, C)} other than the blank (index 0 unless told).
 *
 * <p>Log-sum-exp is {@code m + log(sum(exp(x - m)))} with {@code m} the maximum, and "log zero" is
 * the finite {@value #LOG_ZERO} rather than minus infinity, so that no {@code inf - inf} ever
 * occurs and neither the loss nor the gradient can become NaN. A target that no alignment can
 * produce (too long for its input, counting a blank between repeated labels) therefore ends with a
 * log-likelihood near {@value #LOG_ZERO}: {@link #perSample} reports its loss as {@code +Infinity},
 * with zero gradient, and {@link #evaluate} (the training loss) counts it as 0, so that one
 * impossible sample neither poisons the batch mean nor pushes the network anywhere (the {@code
 * zero_infinity} choice of PyTorch).
 *
 * <p>Reduction: the mean over the batch of the per-sample losses, optionally each divided by its
 * target length first ({@link Builder#optNormalizeByTargetLength(boolean)}), which keeps long and
 * short targets equally weighted.
 */
public final class CtcLoss extends Loss {

    /** The stand-in for log(0): far below any real log-probability yet finite. */
    public static final float LOG_ZERO = -1e30f;

    private final int blank;
    private final boolean fromLogits;
    private final boolean normalizeByTargetLength;

    private CtcLoss(Builder b) {
        super(b.name);
        this.blank = b.blank;
        this.fromLogits = b.fromLogits;
        this.normalizeByTargetLength = b.normalizeByTargetLength;
    }

    /** A builder; every setting has a default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The loss with blank 0, log-probability inputs and no length normalisation. */
    public static CtcLoss create() {
        return builder().build();
    }

    /** Index of the blank class. */
    public int blank() {
        return blank;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray targets = labels.get(0);
        NDArray targetLengths = labels.size() > 1 ? labels.get(1) : null;
        NDArray inputLengths = predictions.size() > 1 ? predictions.get(1) : null;
        NDArray losses = perSample(predictions.get(0), inputLengths, targets, targetLengths);
        NDArray finite = NDArrays.where(losses.isInfinite(), losses.zerosLike(), losses);
        if (normalizeByTargetLength) {
            long n = targets.getShape().get(0);
            NDArray lengths = targetLengths == null
                    ? finite.onesLike().mul(targets.getShape().get(1))
                    : targetLengths.reshape(n).toType(finite.getDataType(), false);
            finite = finite.div(lengths.maximum(1));
        }
        return finite.mean();
    }

    /**
     * The loss of each sample, {@code [N]}: minus the log-likelihood of its target, {@code
     * +Infinity} (with zero gradient) where no alignment exists.
     *
     * @param predictions log-probabilities {@code [N,T,C]} (logits with {@code fromLogits})
     * @param inputLengths valid steps per sample {@code [N]}, or null for all {@code T}
     * @param targets labels {@code [N,S]}, padded with anything beyond each length
     * @param targetLengths labels per sample {@code [N]}, or null for all {@code S}
     */
    public NDArray perSample(
            NDArray predictions, NDArray inputLengths, NDArray targets, NDArray targetLengths) {
        Shape shape = predictions.getShape();
        if (shape.dimension() != 3) {
            throw new IllegalArgumentException("expected predictions [N,T,C], found " + shape);
        }
        int n = (int) shape.get(0);
        int steps = (int) shape.get(1);
        int classes = (int) shape.get(2);
        if (blank >= classes) {
            throw new IllegalArgumentException(
                    "blank " + blank + " is not a class of predictions with " + classes + " classes");
        }
        if (targets.getShape().dimension() != 2 || targets.getShape().get(0) != n) {
            throw new IllegalArgumentException(
                    "expected targets [" + n + ",S], found " + targets.getShape());
        }
        int labelsMax = (int) targets.getShape().get(1);
        int[] inLen = lengths(inputLengths, n, steps, "input length");
        int[] outLen = lengths(targetLengths, n, labelsMax, "target length");
        long[] labels = checkedLabels(targets, outLen, classes);

        NDManager manager = predictions.getManager();
        DataType type = predictions.getDataType();
        NDArray logProbs = fromLogits ? predictions.logSoftmax(2) : predictions;
        int width = 2 * labelsMax + 1;

        // The extended target: blank, l1, blank, l2, ..., blank; padding becomes blank.
        long[] extended = new long[n * width];
        boolean[] skip = new boolean[n * width];
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < width; s++) {
                long label = s % 2 == 1 ? labels[i * labelsMax + s / 2] : blank;
                extended[i * width + s] = label;
                skip[i * width + s] = s >= 2 && label != blank
                        && label != extended[i * width + s - 2];
            }
        }
        NDArray ext = manager.create(extended, new Shape(n, 1, width));
        NDArray emissions = logProbs.gather(ext.broadcast(n, steps, width), 2); // [N,T,L]
        NDArray canSkip = manager.create(skip, new Shape(n, 1, width));
        NDArray logZero = manager.full(new Shape(n, 1, width), LOG_ZERO, type);
        NDArray pad1 = manager.full(new Shape(n, 1, 1), LOG_ZERO, type);
        NDArray pad2 = manager.full(new Shape(n, 1, 2), LOG_ZERO, type);

        NDList emission = emissions.split(steps, 1);
        boolean[] start = new boolean[n * width];
        for (int i = 0; i < n; i++) {
            start[i * width] = true;
            start[i * width + Math.min(1, width - 1)] = true; // blank or first label
        }
        NDArray alpha = NDArrays.where(
                manager.create(start, new Shape(n, 1, width)), emission.get(0), logZero);
        NDList alphas = new NDList(steps);
        alphas.add(alpha);
        for (int t = 1; t < steps; t++) {
            NDArray stay = alpha;
            NDArray advance = width > 1
                    ? NDArrays.concat(new NDList(pad1, alpha.get(prefix(width - 1))), 2)
                    : logZero;
            NDArray jump = width > 2
                    ? NDArrays.where(canSkip,
                            NDArrays.concat(new NDList(pad2, alpha.get(prefix(width - 2))), 2),
                            logZero)
                    : logZero;
            alpha = logSumExp(NDArrays.stack(new NDList(stay, advance, jump), 0), 0)
                    .add(emission.get(t));
            alphas.add(alpha);
        }

        // Read each sample's alpha at its last valid step, at its last blank and last label.
        boolean[] lastStep = new boolean[n * steps];
        boolean[] ends = new boolean[n * width];
        for (int i = 0; i < n; i++) {
            lastStep[i * steps + inLen[i] - 1] = true;
            int end = 2 * outLen[i];
            ends[i * width + end] = true;
            if (end > 0) {
                ends[i * width + end - 1] = true;
            }
        }
        NDArray all = steps == 1 ? alpha : NDArrays.concat(alphas, 1); // [N,T,L]
        NDArray atLast = NDArrays.where(
                        manager.create(lastStep, new Shape(n, steps, 1)).broadcast(n, steps, width),
                        all, all.zerosLike())
                .sum(new int[] {1}); // [N,L]
        NDArray logLikelihood = logSumExp(NDArrays.where(
                manager.create(ends, new Shape(n, width)), atLast, logZero.reshape(n, width)), 1);
        NDArray possible = logLikelihood.gt(LOG_ZERO / 2);
        NDArray infinite = manager.full(new Shape(n), Float.POSITIVE_INFINITY, type);
        return NDArrays.where(possible, logLikelihood.neg(), infinite);
    }

    private static NDIndex prefix(int length) {
        return new NDIndex(":, :, :{}", length);
    }

    /** log(sum(exp(x))) over an axis, with the maximum taken out (it carries no gradient). */
    private static NDArray logSumExp(NDArray x, int axis) {
        NDArray max = x.max(new int[] {axis}, true).stopGradient();
        return x.sub(max).exp().sum(new int[] {axis}).log().add(max.squeeze(axis));
    }

    private static int[] lengths(NDArray lengths, int n, int max, String what) {
        int[] result = new int[n];
        if (lengths == null) {
            Arrays.fill(result, max);
            return result;
        }
        long[] values = lengths.toType(DataType.INT64, false).toLongArray();
        if (values.length != n) {
            throw new IllegalArgumentException(
                    "expected " + n + " values of " + what + ", found " + values.length);
        }
        int low = what.startsWith("input") ? 1 : 0;
        for (int i = 0; i < n; i++) {
            if (values[i] < low || values[i] > max) {
                throw new IllegalArgumentException(what + " of sample " + i + " is " + values[i]
                        + ", expected " + low + ".." + max);
            }
            result[i] = (int) values[i];
        }
        return result;
    }

    private long[] checkedLabels(NDArray targets, int[] lengths, int classes) {
        long[] labels = targets.toType(DataType.INT64, false).toLongArray();
        int width = (int) targets.getShape().get(1);
        for (int i = 0; i < lengths.length; i++) {
            for (int s = 0; s < width; s++) {
                long label = labels[i * width + s];
                if (s >= lengths[i]) {
                    labels[i * width + s] = blank;
                } else if (label < 0 || label >= classes || label == blank) {
                    throw new IllegalArgumentException("target " + i + ", position " + s
                            + ": label " + label + ", expected a class in 0.." + (classes - 1)
                            + " other than the blank " + blank);
                }
            }
        }
        return labels;
    }

    /** Builder of {@link CtcLoss}. */
    public static final class Builder {
        private String name = "CtcLoss";
        private int blank;
        private boolean fromLogits;
        private boolean normalizeByTargetLength;

        private Builder() {}

        /** Name of the loss in training logs; default "CtcLoss". */
        public Builder optName(String name) {
            this.name = name;
            return this;
        }

        /** Index of the blank class; default 0. */
        public Builder optBlank(int blank) {
            this.blank = blank;
            return this;
        }

        /** Whether the predictions are logits to be log-softmaxed here; default false. */
        public Builder optFromLogits(boolean fromLogits) {
            this.fromLogits = fromLogits;
            return this;
        }

        /** Whether each sample's loss is divided by its target length (at least 1); default false. */
        public Builder optNormalizeByTargetLength(boolean normalize) {
            this.normalizeByTargetLength = normalize;
            return this;
        }

        /** Checks the settings and builds the loss. */
        public CtcLoss build() {
            if (blank < 0) {
                throw new IllegalArgumentException("blank must be at least 0, was " + blank);
            }
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank");
            }
            return new CtcLoss(this);
        }
    }
}
