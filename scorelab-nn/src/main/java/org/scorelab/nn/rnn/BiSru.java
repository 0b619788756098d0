package org.scorelab.nn.rnn;

/**
 * Factories of bidirectional SRU layers and stacks (Lei et al. 2018): {@code [N,T,I] -> [N,T,2H]}.
 */
public final class BiSru {

    private BiSru() {}

    /** One bidirectional SRU layer. */
    public static Bidirectional create(int inputSize, int stateSize) {
        return Bidirectional.of(Cell.SRU, inputSize, stateSize);
    }

    /** {@code layers} bidirectional SRU layers with dropout {@code dropout} between them. */
    public static RecurrentStack stack(int inputSize, int stateSize, int layers, float dropout) {
        return RecurrentStack.builder()
                .setCell(Cell.SRU)
                .setInputSize(inputSize)
                .setStateSize(stateSize)
                .setNumLayers(layers)
                .optDropout(dropout)
                .build();
    }
}
