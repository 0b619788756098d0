package org.scorelab.omr.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;
import org.scorelab.nn.cnn.ColumnCollapse;
import org.scorelab.nn.cnn.ConvBnLeaky;
import org.scorelab.nn.rnn.Cell;
import org.scorelab.nn.rnn.RecurrentStack;

/**
 * The peer the staff recognizer is measured against: the CRNN of tf-end-to-end (Calvo-Zaragoza
 * and Rizo 2018, "End-to-End Neural Optical Music Recognition of Monophonic Scores"), rebuilt from
 * the scorelab-nn blocks so that both networks run on the same engine, threads and batches and a
 * speed ratio between them means something. It is a plain CNN + BiLSTM: no residual shortcut, no
 * fusion, an LSTM instead of an SRU, and a 16-fold width reduction instead of 4-fold.
 *
 * <p>Inputs {@code (images [N,1,H,W], steps [N])} as for {@link OmrNetwork} (steps optional, from
 * {@link #steps}); outputs {@code (logProbs [N,W/16,C], steps [N])}. {@code H} must be a multiple
 * of 16. The layers, with the default sizes:
 * <pre>
 * 4 x [conv 3x3 + BN + LeakyReLU(0.2) + max pool 2x2]  32, 64, 128, 256 filters  [N,256,H/16,W/16]
 * collapse one vector per column (flatten)                                      [N,W/16,256*H/16]
 * BiLSTM  2 layers of 256 per direction (hand-made {@code rnn.Lstm}), dropout 0.5   [N,W/16,512]
 * linear + log-softmax                                                          [N,W/16,C]
 * </pre>
 * The convolutions have no bias (batch normalisation follows, so a bias would only be shifted
 * away); otherwise this is tf-end-to-end's {@code ctc_crnn} with its leaky-ReLU slope of 0.2.
 * DJL 0.36's own bidirectional LSTM with biases fails on PyTorch, hence the hand-made one. At
 * 64 x 512 the CNN costs about 0.46 G multiply-adds per staff, the recurrence 0.13 G.
 */
public final class CrnnBaseline extends AbstractBlock {

    private static final byte VERSION = 1;
    /** The tf-end-to-end filters. */
    public static final List<Integer> FILTERS = List.of(32, 64, 128, 256);
    /** Recurrent state per direction. */
    public static final int HIDDEN = 256;
    /** Bidirectional recurrent layers. */
    public static final int LAYERS = 2;
    /** tf-end-to-end's leaky-ReLU slope. */
    public static final float ALPHA = 0.2f;
    /** Dropout between the recurrent layers, in training. */
    public static final float DROPOUT = 0.5f;

    private final int height;
    private final Block cnn;
    private final ColumnCollapse collapse;
    private final RecurrentStack recurrent;
    private final Block output;

    private CrnnBaseline(int height, int classes) {
        super(VERSION);
        this.height = height;
        SequentialBlock s = new SequentialBlock();
        for (int f : FILTERS) {
            s.add(ConvBnLeaky.create(f, 1, ALPHA)).add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
        }
        this.cnn = addChildBlock("cnn", s);
        this.collapse = addChildBlock("collapse", ColumnCollapse.flatten());
        int features = FILTERS.get(FILTERS.size() - 1) * (height >> FILTERS.size());
        this.recurrent = addChildBlock("recurrent", RecurrentStack.builder().setCell(Cell.LSTM).setInputSize(features)
                .setStateSize(HIDDEN).setNumLayers(LAYERS).optDropout(DROPOUT).build());
        this.output = addChildBlock("output", Linear.builder().setUnits(classes).build());
    }

    /**
     * The baseline for inputs {@code height} pixels high and {@code classes} classes (blank
     * included).
     */
    public static CrnnBaseline create(int height, int classes) {
        if (height < 16 || height % 16 != 0) {
            throw new IllegalArgumentException("height must be a positive multiple of 16 (four 2x2 pools), was "
                    + height);
        }
        if (classes < 2) {
            throw new IllegalArgumentException("classes must be at least 2 (the blank and a token), was " + classes);
        }
        return new CrnnBaseline(height, classes);
    }

    /** The input height in pixels. */
    public int height() {
        return height;
    }

    /** The valid output steps of an input {@code width} pixels wide: four 2x2 pools, each rounding down. */
    public static int steps(int width) {
        return width >> FILTERS.size();
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        // each conv unit and the recurrence in a scope of their own, as in OmrNetwork (see Scopes)
        NDArray features = inputs.get(0);
        for (Block unit : cnn.getChildren().values()) {
            features = Scopes.forward(unit, store, new NDList(features), training, params).head();
        }
        NDArray seq = collapse.forward(store, new NDList(features), training, params).head();
        NDArray steps = inputs.size() > 1 ? inputs.get(1)
                : seq.getManager().full(new Shape(seq.getShape().get(0)), (int) seq.getShape().get(1));
        NDArray h = Scopes.forward(recurrent, store, new NDList(seq, steps), training, params).head();
        NDArray logits = output.forward(store, new NDList(h), training, params).head();
        return new NDList(logits.logSoftmax(2), steps);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        checkInput(inputShapes[0]);
        cnn.initialize(manager, dataType, inputShapes[0]);
        Shape f = cnn.getOutputShapes(new Shape[] {inputShapes[0]})[0];
        Shape seq = collapse.getOutputShapes(new Shape[] {f})[0];
        recurrent.initialize(manager, dataType, seq);
        output.initialize(manager, dataType, recurrent.getOutputShapes(new Shape[] {seq})[0]);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape x = inputShapes[0];
        checkInput(x);
        Shape f = cnn.getOutputShapes(new Shape[] {x})[0];
        Shape seq = collapse.getOutputShapes(new Shape[] {f})[0];
        Shape h = recurrent.getOutputShapes(new Shape[] {seq})[0];
        return new Shape[] {output.getOutputShapes(new Shape[] {h})[0], new Shape(x.get(0))};
    }

    private void checkInput(Shape x) {
        if (x.dimension() != 4 || x.get(1) != 1 || x.get(2) != height) {
            throw new IllegalArgumentException("expected [N,1," + height + ",W], found " + x);
        }
    }

    @Override
    public String toString() {
        return "CrnnBaseline(height " + height + ", filters " + FILTERS + ", BiLSTM " + LAYERS + "x" + HIDDEN + ")";
    }
}
