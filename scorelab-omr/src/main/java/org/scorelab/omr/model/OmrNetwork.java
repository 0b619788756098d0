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
import java.util.ArrayList;
import java.util.List;
import org.scorelab.nn.cnn.ColumnCollapse;
import org.scorelab.nn.cnn.ConvBnLeaky;
import org.scorelab.nn.cnn.MultiscaleFusion;
import org.scorelab.nn.cnn.ResidualBlock;
import org.scorelab.nn.rnn.RecurrentStack;

/**
 * The staff recognizer: a multiscale residual CNN, a bidirectional SRU and a CTC output layer, the
 * end-to-end design of Calvo-Zaragoza and Rizo ("End-to-End Neural Optical Music Recognition of
 * Monophonic Scores", 2018: CNN, recurrent layers, CTC on PrIMuS) with the residual blocks of two
 * conv+BN+LeakyReLU modules, the fusion of shallow and deep feature maps, and the SRU recurrence of
 * the study this toolkit reproduces.
 *
 * <p>Inputs {@code (images [N,1,H,W], steps [N])}, ink 0..1 with blank paper 0 and the valid output
 * steps of each padded sample ({@link #steps}); outputs {@code (logProbs [N,T,C], steps [N])}
 * with {@code T = ceil(ceil(W/2)/2)} and {@code C} the vocabulary size plus the blank, the
 * log-probabilities CTC and the decoders take. The layers, for channels {@code c0, c1, ..., ck}:
 * <pre>
 * stem    ConvBnLeaky(c0, stride 2)                      [N,c0,H/2,W/2]
 * stage 1 blocks x Residual(c1), the first with stride 2   [N,c1,H/4,W/4]   shallow map
 * stage i blocks x Residual(ci) + max pool 2x1 (height)    [N,ci,H/2^(i+1),W/4]
 * fusion  avg-pool shallow to the deep size, concatenate  [N,c1+ck,Hd,W/4]
 * collapse one vector per column (flatten, keeps pitch)    [N,W/4,(c1+ck)*Hd]
 * BiSRU   layers x bidirectional, lengths-aware            [N,W/4,2*hidden]
 * linear + log-softmax                                    [N,W/4,C]
 * </pre>
 * Later stages pool the height only: the width is the sequence CTC aligns, and a quarter of
 * the input width (2 px per interline at interline 8) leaves room for two tokens per note head
 * where a blank must separate repeated tokens. The ablations of the config replace each residual
 * block with the same two conv modules without the shortcut, drop the fusion (the deep map alone),
 * or use a BiLSTM of the same size.
 */
public final class OmrNetwork extends AbstractBlock {

    private static final byte VERSION = 1;

    private final OmrConfig config;
    private final Block stem;
    private final Block shallow;
    private final List<Block> deep = new ArrayList<>();
    private final MultiscaleFusion fusion;
    private final ColumnCollapse collapse;
    private final RecurrentStack recurrent;
    private final Block output;

    private OmrNetwork(OmrConfig config, int classes) {
        super(VERSION);
        this.config = config;
        List<Integer> ch = config.channels();
        this.stem = addChildBlock("stem", ConvBnLeaky.create(ch.get(0), 2));
        this.shallow = addChildBlock("stage1", stage(ch.get(0), ch.get(1), 2, false));
        for (int i = 2; i < ch.size(); i++) {
            deep.add(addChildBlock("stage" + i, stage(ch.get(i - 1), ch.get(i), 1, true)));
        }
        this.fusion = config.fusion() ? addChildBlock("fusion", MultiscaleFusion.create()) : null;
        this.collapse = addChildBlock("collapse", ColumnCollapse.flatten());
        int deepHeight = config.height() >> ch.size();
        int features = (ch.get(ch.size() - 1) + (config.fusion() ? ch.get(1) : 0)) * deepHeight;
        this.recurrent = addChildBlock("recurrent", RecurrentStack.builder().setCell(config.cell())
                .setInputSize(features).setStateSize(config.hidden()).setNumLayers(config.layers())
                .optDropout(config.dropout()).build());
        this.output = addChildBlock("output", Linear.builder().setUnits(classes).build());
    }

    /** The network of a config for a vocabulary of {@code classes} classes (blank included). */
    public static OmrNetwork create(OmrConfig config, int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("classes must be at least 2 (the blank and a token), was " + classes);
        }
        return new OmrNetwork(config, classes);
    }

    /** The config the network was built from. */
    public OmrConfig config() {
        return config;
    }

    /** The valid output steps of an input {@code width} pixels wide: two stride-2 convolutions. */
    public static int steps(int width) {
        return ((width + 1) / 2 + 1) / 2;
    }

    private Block stage(int in, int out, int stride, boolean poolHeight) {
        SequentialBlock s = new SequentialBlock();
        for (int b = 0; b < config.blocks(); b++) {
            int cin = b == 0 ? in : out;
            int st = b == 0 ? stride : 1;
            if (config.residual()) {
                s.add(ResidualBlock.builder().setInChannels(cin).setOutChannels(out).optStride(st).build());
            } else {
                s.add(ConvBnLeaky.create(out, st)).add(ConvBnLeaky.create(out, 1));
            }
        }
        if (poolHeight) {
            s.add(Pool.maxPool2dBlock(new Shape(2, 1), new Shape(2, 1)));
        }
        return s;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        // each stage in a scope of its own: its intermediate arrays are freed when it returns (see Scopes)
        NDArray x = inputs.get(0);
        NDArray s = Scopes.forward(stem, store, new NDList(x), training, params).head();
        NDArray shallowMap = Scopes.forward(shallow, store, new NDList(s), training, params).head();
        NDArray d = shallowMap;
        for (Block b : deep) {
            d = Scopes.forward(b, store, new NDList(d), training, params).head();
        }
        NDArray fused = fusion == null ? d
                : Scopes.forward(fusion, store, new NDList(shallowMap, d), training, params).head();
        NDArray seq = collapse.forward(store, new NDList(fused), training, params).head();
        NDArray steps = inputs.size() > 1 ? inputs.get(1)
                : seq.getManager().full(new Shape(seq.getShape().get(0)), (int) seq.getShape().get(1));
        NDArray h = Scopes.forward(recurrent, store, new NDList(seq, steps), training, params).head();
        NDArray logits = output.forward(store, new NDList(h), training, params).head();
        return new NDList(logits.logSoftmax(2), steps);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        stem.initialize(manager, dataType, x);
        Shape s = stem.getOutputShapes(new Shape[] {x})[0];
        shallow.initialize(manager, dataType, s);
        Shape sh = shallow.getOutputShapes(new Shape[] {s})[0];
        Shape d = sh;
        for (Block b : deep) {
            b.initialize(manager, dataType, d);
            d = b.getOutputShapes(new Shape[] {d})[0];
        }
        Shape f = fusion == null ? d : fusion.getOutputShapes(new Shape[] {sh, d})[0];
        Shape seq = collapse.getOutputShapes(new Shape[] {f})[0];
        recurrent.initialize(manager, dataType, seq);
        Shape h = recurrent.getOutputShapes(new Shape[] {seq})[0];
        output.initialize(manager, dataType, h);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape x = inputShapes[0];
        Shape s = stem.getOutputShapes(new Shape[] {x})[0];
        Shape sh = shallow.getOutputShapes(new Shape[] {s})[0];
        Shape d = sh;
        for (Block b : deep) {
            d = b.getOutputShapes(new Shape[] {d})[0];
        }
        Shape f = fusion == null ? d : fusion.getOutputShapes(new Shape[] {sh, d})[0];
        Shape seq = collapse.getOutputShapes(new Shape[] {f})[0];
        Shape h = recurrent.getOutputShapes(new Shape[] {seq})[0];
        Shape out = output.getOutputShapes(new Shape[] {h})[0];
        return new Shape[] {out, new Shape(x.get(0))};
    }

    @Override
    public String toString() {
        return "OmrNetwork" + config;
    }
}
