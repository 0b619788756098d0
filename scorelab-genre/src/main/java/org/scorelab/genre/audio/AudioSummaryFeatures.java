package org.scorelab.genre.audio;

import java.util.ArrayList;
import java.util.List;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.analysis.FeatureConfig;
import org.scorelab.audio.analysis.FeatureExtractor;
import org.scorelab.audio.analysis.Features;
import org.scorelab.audio.analysis.Resampler;

/**
 * The classic summary of a clip for the baselines: mean and standard deviation over frames of 20
 * MFCCs, 12 chroma bins, spectral centroid, roll-off, flux and zero-crossing rate (72 numbers), on
 * the analysis package's librosa-like defaults at 22050 Hz. Thread-safe.
 */
public final class AudioSummaryFeatures {

    private final FeatureExtractor extractor = new FeatureExtractor(FeatureConfig.DEFAULT);
    private final List<String> names;

    public AudioSummaryFeatures() {
        List<String> n = new ArrayList<>();
        for (String stat : new String[] {"mean", "std"}) {
            for (int i = 0; i < 20; i++) {
                n.add("mfcc" + i + "_" + stat);
            }
            for (int i = 0; i < 12; i++) {
                n.add("chroma" + i + "_" + stat);
            }
            for (String s : new String[] {"centroid", "rolloff", "flux", "zcr"}) {
                n.add(s + "_" + stat);
            }
        }
        this.names = List.copyOf(n);
    }

    /** {@code audio-summary}, saved with a model. */
    public String setName() {
        return "audio-summary";
    }

    public List<String> names() {
        return names;
    }

    /** The vector of a clip (down-mixed and resampled to 22050 Hz first). */
    public double[] extract(AudioClip clip) {
        AudioClip mono = clip.toMono();
        int rate = FeatureConfig.DEFAULT.sampleRate();
        float[] x = mono.sampleRate() == rate ? mono.samples() : Resampler.DEFAULT.resample(mono.samples(), mono.sampleRate(), rate);
        Features f = extractor.extract(x);
        int frames = f.frames();
        List<double[]> series = new ArrayList<>();
        float[][] mfcc = f.mfcc();
        float[][] chroma = f.chroma();
        for (int i = 0; i < 20; i++) {
            double[] s = new double[frames];
            for (int t = 0; t < frames; t++) {
                s[t] = mfcc[t][i];
            }
            series.add(s);
        }
        for (int i = 0; i < 12; i++) {
            double[] s = new double[frames];
            for (int t = 0; t < frames; t++) {
                s[t] = chroma[t][i];
            }
            series.add(s);
        }
        for (float[] v : new float[][] {f.centroid(), f.rolloff(), f.flux(), f.zcr()}) {
            double[] s = new double[frames];
            for (int t = 0; t < frames; t++) {
                s[t] = v[t];
            }
            series.add(s);
        }
        double[] out = new double[2 * series.size()];
        for (int k = 0; k < series.size(); k++) {
            double[] s = series.get(k);
            double m = 0;
            for (double v : s) {
                m += v;
            }
            m /= Math.max(1, s.length);
            double var = 0;
            for (double v : s) {
                var += (v - m) * (v - m);
            }
            out[k] = m;
            out[series.size() + k] = Math.sqrt(var / Math.max(1, s.length));
        }
        return out;
    }
}
