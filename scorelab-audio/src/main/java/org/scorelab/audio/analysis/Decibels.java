package org.scorelab.audio.analysis;

/**
 * Power to decibels with a floor: {@code 10 log10(max(amin, P))}, then every value below
 * {@code max - topDb} (the maximum over the whole matrix) raised to it. The absolute floor
 * {@code amin} keeps silence finite; the relative floor {@code topDb} keeps the quiet parts from
 * dominating distances and colour scales. As librosa's {@code power_to_db} with {@code ref=1}.
 *
 * @param amin  the smallest power taken as it is, greater than 0 (librosa: 1e-10, i.e. -100 dB)
 * @param topDb the range kept below the maximum in dB, greater than 0, or infinity for none
 */
public record Decibels(double amin, double topDb) {

    /** amin 1e-10 (-100 dB), top 80 dB: librosa's defaults. */
    public static final Decibels DEFAULT = new Decibels(1e-10, 80);

    public Decibels {
        if (!(amin > 0) || Double.isInfinite(amin)) {
            throw new IllegalArgumentException("amin must be a positive finite power, was " + amin);
        }
        if (!(topDb > 0)) {
            throw new IllegalArgumentException("topDb must be positive (or infinite for no limit), was " + topDb);
        }
    }

    /** One power value in dB with the absolute floor only. */
    public double of(double power) {
        return 10 * Math.log10(Math.max(amin, power));
    }

    /** A fresh {@code [frames][bins]} matrix in dB. */
    public float[][] apply(float[][] power) {
        float[][] out = new float[power.length][];
        float max = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < power.length; t++) {
            float[] row = power[t];
            float[] o = new float[row.length];
            for (int k = 0; k < row.length; k++) {
                o[k] = (float) of(row[k]);
                max = Math.max(max, o[k]);
            }
            out[t] = o;
        }
        if (Double.isFinite(topDb)) {
            float floor = (float) (max - topDb);
            for (float[] o : out) {
                for (int k = 0; k < o.length; k++) {
                    o[k] = Math.max(o[k], floor);
                }
            }
        }
        return out;
    }
}
