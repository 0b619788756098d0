/**
 * Recurrences over column sequences {@code [N,T,I] -> [N,T,H]}: the simple recurrent unit ({@link
 * org.scorelab.nn.rnn.Sru}) and a hand-made LSTM baseline ({@link org.scorelab.nn.rnn.Lstm}) of
 * the same interface, a bidirectional wrapper and a stack of bidirectional layers. The input matrix
 * products of all time steps are one batched product; only the element-wise recurrence (SRU) or
 * the state product (LSTM) runs step by step.
 */
package org.scorelab.nn.rnn;
