package org.scorelab.cli.demo;

import java.util.List;
import org.scorelab.omr.eval.SymbolErrorRate;

/**
 * What the demo made of one bundled image.
 *
 * @param example      the image and its truth
 * @param staves       the staves found on it
 * @param tokens       the recognised semantic tokens, the staves joined
 * @param seconds      the first recognition, end to end: PNG file read, staves found and cropped, network, decoding
 * @param again        the same once more, with the engine warm, stage by stage
 * @param ser          the symbol error rate against {@link OmrExample#truth()}
 * @param files        the outputs written, relative to the demo's output folder, the image copy first
 * @param engraving    the recognised music engraved by Verovio (relative path), or null when it could not be
 * @param problems     what could not be made and why (e.g. tokens that do not form a tune), one line each
 */
public record Recognized(OmrExample example, int staves, List<String> tokens, double seconds, Stages again,
                         SymbolErrorRate ser, List<String> files, String engraving, List<String> problems) {
    public Recognized {
        tokens = List.copyOf(tokens);
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /**
     * Where the time of one recognition goes, in seconds.
     *
     * @param read    decoding the PNG file
     * @param staves  finding, deskewing and cropping the staves, normalised by their interline
     * @param network the forward pass of all staves, CTC decoding and joining
     */
    public record Stages(double read, double staves, double network) {
        public double total() {
            return read + staves + network;
        }
    }
}
