package org.scorelab.omr.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Runs a child block so that its intermediate arrays are freed as soon as it returns. DJL attaches
 * every result to the manager of the array it was computed from and frees nothing before that
 * manager closes, so a whole forward pass keeps all its intermediate arrays (hundreds of MB for a
 * batch of 16 staves): every operation writes to memory never touched before, and the machine
 * spends its time on page faults and cache misses instead of arithmetic. Here the inputs move to
 * a scope of their own for the call; the outputs move back to the caller's manager and the rest
 * is freed when the scope closes. Autograd keeps what the backward pass needs on its own, so this
 * is safe in training too.
 */
final class Scopes {
    private Scopes() {
    }

    /** {@code block.forward(inputs)} with its intermediates freed on return. */
    static NDList forward(Block block, ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDManager caller = inputs.head().getManager();
        try (NDManager scope = caller.newSubManager()) {
            for (NDArray x : inputs) {
                x.tempAttach(scope);
            }
            NDList out = block.forward(store, inputs, training, params);
            for (NDArray y : out) {
                if (!isInput(y, inputs)) {
                    y.attach(caller);
                }
            }
            return out;
        }
    }

    private static boolean isInput(NDArray y, NDList inputs) {
        for (NDArray x : inputs) {
            if (x == y) {
                return true;
            }
        }
        return false;
    }
}
