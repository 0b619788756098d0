package org.scorelab.omr.model;

import java.util.List;
import org.scorelab.nn.rnn.Cell;
import org.scorelab.omr.data.Encoding;
import org.scorelab.omr.data.NoteSpelling;
import org.scorelab.omr.data.StaffNormalizer;

/**
 * Everything that decides the network's shape and its input, stored with every trained model.
 *
 * @param channels      filters of the stem and of each later stage: the stem halves height and
 *                      width, the first stage halves both again (its output is the shallow map),
 *                      every further stage halves the height only (the last one's output is the
 *                      deep map); 3 to 5 entries
 * @param blocks        residual blocks per stage
 * @param fusion        fuse the shallow map into the deep one (off: the deep map alone)
 * @param residual      residual blocks (off: the same two conv modules without the shortcut)
 * @param cell          the recurrent unit, SRU (the study) or LSTM (the ablation)
 * @param hidden        recurrent state size per direction
 * @param layers        bidirectional recurrent layers
 * @param dropout       dropout between recurrent layers in training, in [0, 1)
 * @param interline     interline of the input in pixels
 * @param context       context above and below the staff, in interlines
 * @param encoding      the tokens the model reads
 * @param spelling      how the network spells semantic tokens: notes with their sounding alteration
 *                      (the PrIMuS tokens as they are) or as printed, accidentals as tokens of their
 *                      own, optionally with multirest counts digit by digit ({@link NoteSpelling}); a
 *                      config stored without it is {@code SOUNDING}
 */
public record OmrConfig(List<Integer> channels, int blocks, boolean fusion, boolean residual, Cell cell, int hidden,
        int layers, float dropout, double interline, double context, Encoding encoding, NoteSpelling spelling) {

    /**
     * The default: interline 8 px with 3 interlines of context (input height 80), 16-32-64
     * filters, one residual block per stage, fusion on, 2 BiSRU layers of 128, semantic tokens
     * spelt with their sounding alteration.
     */
    public static final OmrConfig DEFAULT = new OmrConfig(List.of(16, 32, 64), 1, true, true, Cell.SRU, 128, 2, 0.2f,
            8, 3, Encoding.SEMANTIC, NoteSpelling.SOUNDING);

    public OmrConfig {
        channels = List.copyOf(channels);
        if (channels.size() < 3 || channels.size() > 5) {
            throw new IllegalArgumentException("channels must have 3 to 5 entries, was " + channels);
        }
        for (int c : channels) {
            if (c < 1 || c > 512) {
                throw new IllegalArgumentException("channels must each be in 1..512, was " + channels);
            }
        }
        check("blocks", blocks, 1, 8);
        check("hidden", hidden, 1, 2048);
        check("layers", layers, 1, 8);
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), was " + dropout);
        }
        if (cell == null || encoding == null) {
            throw new IllegalArgumentException("cell and encoding must be given, were " + cell + " and " + encoding);
        }
        if (spelling == null) {
            spelling = NoteSpelling.SOUNDING; // configs stored before spellings existed
        }
        if (spelling != NoteSpelling.SOUNDING && encoding != Encoding.SEMANTIC) {
            throw new IllegalArgumentException("the " + spelling.cliName()
                    + " spelling is one of semantic tokens, the encoding was " + encoding.extension());
        }
        if (!(interline >= 4 && interline <= 40)) {
            throw new IllegalArgumentException("interline must be in 4..40 px, was " + interline);
        }
        if (!(context >= 0 && context <= 8)) {
            throw new IllegalArgumentException("context must be in 0..8 interlines, was " + context);
        }
        int height = (int) Math.round((4 + 2 * context) * interline);
        int divisor = 1 << channels.size();
        if (height % divisor != 0) {
            throw new IllegalArgumentException("input height (4 + 2 * context) * interline = " + height
                    + " px must be a multiple of " + divisor + " for " + channels.size() + " stages (interline "
                    + interline + ", context " + context + ")");
        }
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", was " + value);
        }
    }

    /** The normaliser that makes this model's input from any staff image. */
    public StaffNormalizer normalizer() {
        return new StaffNormalizer(interline, context, context);
    }

    /** The input height in pixels. */
    public int height() {
        return (int) Math.round((4 + 2 * context) * interline);
    }

    /** This config with fusion switched. */
    public OmrConfig withFusion(boolean on) {
        return new OmrConfig(channels, blocks, on, residual, cell, hidden, layers, dropout, interline, context,
                encoding, spelling);
    }

    /** This config with residual blocks switched. */
    public OmrConfig withResidual(boolean on) {
        return new OmrConfig(channels, blocks, fusion, on, cell, hidden, layers, dropout, interline, context,
                encoding, spelling);
    }

    /** This config with another recurrent cell. */
    public OmrConfig withCell(Cell c) {
        return new OmrConfig(channels, blocks, fusion, residual, c, hidden, layers, dropout, interline, context,
                encoding, spelling);
    }

    /** This config with another encoding. */
    public OmrConfig withEncoding(Encoding e) {
        return new OmrConfig(channels, blocks, fusion, residual, cell, hidden, layers, dropout, interline, context,
                e, spelling);
    }

    /** This config with another note spelling. */
    public OmrConfig withSpelling(NoteSpelling s) {
        return new OmrConfig(channels, blocks, fusion, residual, cell, hidden, layers, dropout, interline, context,
                encoding, s);
    }

    /** This config with other recurrent sizes. */
    public OmrConfig withRecurrent(int hiddenSize, int numLayers, float dropoutRate) {
        return new OmrConfig(channels, blocks, fusion, residual, cell, hiddenSize, numLayers, dropoutRate, interline,
                context, encoding, spelling);
    }

    /** This config with other CNN sizes. */
    public OmrConfig withCnn(List<Integer> filters, int blocksPerStage) {
        return new OmrConfig(filters, blocksPerStage, fusion, residual, cell, hidden, layers, dropout, interline, context,
                encoding, spelling);
    }

    /** This config with another input scale. */
    public OmrConfig withInput(double interlinePx, double contextInterlines) {
        return new OmrConfig(channels, blocks, fusion, residual, cell, hidden, layers, dropout, interlinePx,
                contextInterlines, encoding, spelling);
    }
}
