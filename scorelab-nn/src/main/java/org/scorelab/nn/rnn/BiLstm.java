package org.scorelab.nn.rnn;

/**
 * Factories of bidirectional LSTM layers and stacks, {@code [N,T,I] -> [N,T,2H]}, of the same
 * interface as {@link BiSru} for the ablation "BiSRU vs BiLSTM of the same size"; the unit is the
 * hand-made {@link Lstm} (see there why not DJL's).
 */
public final class BiLstm {

    private BiLstm() {}

    /** One bidirectional LSTM layer. */
    public static Bidirectional create(int inputSize, int stateSize) {
        return Bidirectional.of(Cell.LSTM, inputSize, stateSize);
    }

    /** {@code layers} bidirectional LSTM layers with dropout {@code dropout} between them. */
    public static RecurrentStack stack(int inputSize, int stateSize, int layers, float dropout) {
        return RecurrentStack.builder()
                .setCell(Cell.LSTM)
                .setInputSize(inputSize)
                .setStateSize(stateSize)
                .setNumLayers(layers)
                .optDropout(dropout)
                .build();
    }
}
