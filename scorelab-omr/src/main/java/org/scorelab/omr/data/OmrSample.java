package org.scorelab.omr.data;

import java.util.List;

/**
 * One training or evaluation sample: a normalised staff and its tokens.
 *
 * @param name   the sample's name (its file name without extension)
 * @param image  the normalised staff
 * @param tokens the reference tokens
 * @param labels the class indices the network is trained to emit: the tokens as the model's
 *               vocabulary spells them ({@link OmrVocabulary#encode}), one per token or, for the
 *               printed spelling, one more per accidental shown
 */
public record OmrSample(String name, StaffImage image, List<String> tokens, int[] labels) {
    public OmrSample {
        tokens = List.copyOf(tokens);
        if (labels.length < tokens.size()) {
            throw new IllegalArgumentException(name + ": " + tokens.size() + " tokens but " + labels.length + " labels");
        }
    }
}
