package org.scorelab.omr.data;

import java.util.List;

/**
 * One training or evaluation sample: a normalised staff and its tokens.
 *
 * @param name   the sample's name (its file name without extension)
 * @param image  the normalised staff
 * @param tokens the reference tokens
 * @param labels the tokens' class indices
 */
public record OmrSample(String name, StaffImage image, List<String> tokens, int[] labels) {
    public OmrSample {
        tokens = List.copyOf(tokens);
        if (tokens.size() != labels.length) {
            throw new IllegalArgumentException(name + ": " + tokens.size() + " tokens but " + labels.length + " labels");
        }
    }
}
