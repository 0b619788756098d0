/**
 * Connectionist temporal classification (Graves, Fernandez, Gomez and Schmidhuber 2006): the loss
 * from NDArray operations, since DJL has none, and greedy and prefix beam search decoders.
 */
package org.scorelab.nn.ctc;
