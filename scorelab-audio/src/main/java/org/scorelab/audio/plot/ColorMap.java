package org.scorelab.audio.plot;

/** Colour maps: values in 0..1 to RGB by linear interpolation between anchor colours. */
public enum ColorMap {
    /** Dark purple to pale yellow, perceptually even (after matplotlib's magma): for levels. */
    MAGMA(new int[] {0x000004, 0x1c1044, 0x4f127b, 0x812581, 0xb5367a, 0xe55064, 0xfb8761, 0xfec287, 0xfcfdbf}),
    /** Blue through white to red (after ColorBrewer's RdBu reversed): for signed differences, 0.5 = none. */
    DIVERGING(new int[] {0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7, 0xfddbc7, 0xf4a582, 0xd6604d,
        0xb2182b, 0x67001f});

    private final int[] anchors;

    ColorMap(int[] anchors) {
        this.anchors = anchors;
    }

    /** The colour of {@code t} (clamped to 0..1) as 0xRRGGBB. */
    public int rgb(double t) {
        double x = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t)) * (anchors.length - 1);
        int i = Math.min(anchors.length - 2, (int) x);
        double f = x - i;
        int a = anchors[i];
        int b = anchors[i + 1];
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - f) + ((b >> 16) & 0xFF) * f);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - f) + ((b >> 8) & 0xFF) * f);
        int bl = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        return (r << 16) | (g << 8) | bl;
    }
}
