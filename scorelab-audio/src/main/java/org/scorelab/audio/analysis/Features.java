package org.scorelab.audio.analysis;

/**
 * The features of one clip, frame by frame on the STFT's frames. The arrays are copied in and
 * out, so a result never changes once made (they are small next to the spectrograms, which are
 * immutable themselves).
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

    public Features {
        int frames = magnitude.frames();
        if (logMel.frames() != frames || mfcc.length != frames || chroma.length != frames || centroid.length != frames
                || rolloff.length != frames || flux.length != frames || zcr.length != frames) {
            throw new IllegalArgumentException("every feature must have " + frames + " frames (the magnitude's)");
        }
        mfcc = copy(mfcc);
        chroma = copy(chroma);
        centroid = centroid.clone();
        rolloff = rolloff.clone();
        flux = flux.clone();
        zcr = zcr.clone();
    }

    public int frames() {
        return magnitude.frames();
    }

    @Override
    public float[][] mfcc() {
        return copy(mfcc);
    }

    @Override
    public float[][] chroma() {
        return copy(chroma);
    }

    @Override
    public float[] centroid() {
        return centroid.clone();
    }

    @Override
    public float[] rolloff() {
        return rolloff.clone();
    }

    @Override
    public float[] flux() {
        return flux.clone();
    }

    @Override
    public float[] zcr() {
        return zcr.clone();
    }

    private static float[][] copy(float[][] a) {
        float[][] c = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
