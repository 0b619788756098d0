package org.scorelab.nn.rnn;

import ai.djl.nn.Block;

/** The one-direction recurrent units a {@link Bidirectional} layer or a {@link RecurrentStack} is built from. */
public enum Cell {
    /** {@link Sru}. */
    SRU {
        @Override
        public Block create(int inputSize, int stateSize) {
            return Sru.create(inputSize, stateSize);
        }
    },
    /** {@link Lstm}. */
    LSTM {
        @Override
        public Block create(int inputSize, int stateSize) {
            return Lstm.create(inputSize, stateSize);
        }
    };

    /** A new one-direction unit {@code [N,T,inputSize] -> [N,T,stateSize]}. */
    public abstract Block create(int inputSize, int stateSize);
}
