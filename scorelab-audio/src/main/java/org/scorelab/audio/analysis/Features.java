package org.scorelab.audio.analysis;

/**
 * The features of one clip, frame by frame on the STFT's frames.
 *
 * @param magnitude |X|, {@code [frames][nFft/2+1]}
 * @param logMel    mel power spectrogram in dB, {@code [frames][bands]}
 * @param mfcc      {@code [frames][mfccs]}
 * @param chroma    {@code [frames][12]}, C first, every frame's maximum 1
 * @param centroid  Hz per frame
 * @param rolloff   Hz per frame
 * @param flux      per frame
 * @param zcr       zero crossings per sample, per frame
 */
public record Features(Spectrogram magnitude, Spectrogram logMel, float[][] mfcc, float[][] chroma, float[] centroid,
                       float[] rolloff, float[] flux, float[] zcr) {

    public int frames() {
        return magnitude.frames();
    }
}
