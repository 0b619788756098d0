package org.scorelab.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jtransforms.fft.FloatFFT_1D;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.scorelab.audio.analysis.FeatureConfig;
import org.scorelab.audio.analysis.FeatureExtractor;
import org.scorelab.audio.analysis.Features;
import org.scorelab.audio.analysis.Framing;
import org.scorelab.audio.analysis.Resampler;
import org.scorelab.audio.analysis.Spectrogram;
import org.scorelab.audio.analysis.Stft;
import org.scorelab.audio.analysis.Window;
import org.scorelab.audio.analysis.WindowType;

/**
 * 30 s of 22050 Hz audio through the default features (2048-point Hann STFT every 512 samples,
 * 128 Slaney mel bands, log-mel, 20 MFCCs, chroma, centroid, roll-off, flux, zero-crossing rate)
 * on one thread. Real-time factor = 30 s / time per operation. Baselines in the same run: the
 * STFT alone with the real FFT, the same STFT through a complex FFT of twice the work, and a naive
 * DFT (on 1 s only: it is about 100 times slower).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
@Threads(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FeatureExtractionBenchmark {

    static final int RATE = 22050;
    static final int SECONDS = 30;

    float[] audio;
    float[] oneSecond;
    float[] audio44k;
    FeatureExtractor extractor;
    Stft stft;
    FloatFFT_1D complexFft;
    float[] window;
    double[][] dftCos;
    double[][] dftSin;

    @Setup
    public void setUp() {
        // A melody-like mix: three harmonic tones changing every quarter second, plus a little noise.
        audio = synth(RATE, SECONDS);
        audio44k = synth(44100, SECONDS);
        oneSecond = java.util.Arrays.copyOf(audio, RATE);
        extractor = new FeatureExtractor(FeatureConfig.DEFAULT);
        stft = extractor.stft();
        int n = FeatureConfig.DEFAULT.stft().nFft();
        complexFft = new FloatFFT_1D(n);
        window = Window.periodic(WindowType.HANN, n).coefficients();
        dftCos = new double[n / 2 + 1][n];
        dftSin = new double[n / 2 + 1][n];
        for (int k = 0; k <= n / 2; k++) {
            for (int i = 0; i < n; i++) {
                dftCos[k][i] = Math.cos(2 * Math.PI * k * i / n);
                dftSin[k][i] = Math.sin(2 * Math.PI * k * i / n);
            }
        }
    }

    static float[] synth(int rate, int seconds) {
        Random r = new Random(42);
        float[] x = new float[rate * seconds];
        double f = 220;
        double[] phase = new double[4];
        for (int i = 0; i < x.length; i++) {
            if (i % (rate / 4) == 0) {
                f = 220 * Math.pow(2, r.nextInt(24) / 12.0);
            }
            double v = 0;
            for (int h = 1; h <= 4; h++) {
                phase[h - 1] += 2 * Math.PI * f * h / rate;
                v += Math.sin(phase[h - 1]) / h;
            }
            x[i] = (float) (0.3 * v + 0.01 * (2 * r.nextDouble() - 1));
        }
        return x;
    }

    /** Everything: STFT, log-mel, MFCC, chroma and the summary features. */
    @Benchmark
    public Features features() {
        return extractor.extract(audio);
    }

    /** The STFT power spectrogram alone, real FFT. */
    @Benchmark
    public Spectrogram stftRealFft() {
        return stft.power(audio, RATE);
    }

    /** Baseline: the same STFT power with a complex FFT on a zero-imaginary frame. */
    @Benchmark
    public void baselineStftComplexFft(Blackhole bh) {
        int n = FeatureConfig.DEFAULT.stft().nFft();
        Framing framing = FeatureConfig.DEFAULT.stft().framing();
        int frames = framing.frameCount(audio.length);
        float[] frame = new float[n];
        float[] buf = new float[2 * n];
        float[][] out = new float[frames][n / 2 + 1];
        for (int t = 0; t < frames; t++) {
            framing.copyFrame(audio, t, frame);
            for (int i = 0; i < n; i++) {
                buf[2 * i] = frame[i] * window[i];
                buf[2 * i + 1] = 0;
            }
            complexFft.complexForward(buf);
            for (int k = 0; k <= n / 2; k++) {
                out[t][k] = buf[2 * k] * buf[2 * k] + buf[2 * k + 1] * buf[2 * k + 1];
            }
        }
        bh.consume(out);
    }

    /** Baseline: a naive DFT STFT power of ONE second (multiply by 30 to compare), tables precomputed. */
    @Benchmark
    public void baselineNaiveDftOneSecond(Blackhole bh) {
        int n = FeatureConfig.DEFAULT.stft().nFft();
        Framing framing = FeatureConfig.DEFAULT.stft().framing();
        int frames = framing.frameCount(oneSecond.length);
        float[] frame = new float[n];
        float[][] out = new float[frames][n / 2 + 1];
        for (int t = 0; t < frames; t++) {
            framing.copyFrame(oneSecond, t, frame);
            for (int i = 0; i < n; i++) {
                frame[i] *= window[i];
            }
            for (int k = 0; k <= n / 2; k++) {
                double re = 0;
                double im = 0;
                double[] c = dftCos[k];
                double[] s = dftSin[k];
                for (int i = 0; i < n; i++) {
                    re += frame[i] * c[i];
                    im -= frame[i] * s[i];
                }
                out[t][k] = (float) (re * re + im * im);
            }
        }
        bh.consume(out);
    }

    /** 30 s from 44.1 kHz to 22.05 kHz with the default windowed-sinc resampler. */
    @Benchmark
    public float[] resample44100To22050() {
        return Resampler.DEFAULT.resample(audio44k, 44100, RATE);
    }
}
