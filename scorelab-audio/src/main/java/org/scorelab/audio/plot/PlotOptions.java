package org.scorelab.audio.plot;

/**
 * Sizes and the level range of a plot.
 *
 * @param panelWidth  heat-map width in pixels, 100..8000
 * @param panelHeight heat-map height in pixels, 80..4000
 * @param rangeDb     levels shown below the loudest, in dB, greater than 0 (quieter ones take the
 *                    darkest colour); 80 matches {@link org.scorelab.audio.analysis.Decibels#DEFAULT}
 */
public record PlotOptions(int panelWidth, int panelHeight, double rangeDb) {

    /** One spectrogram: 960 x 420 heat map, 80 dB. */
    public static final PlotOptions SINGLE = new PlotOptions(960, 420, 80);
    /** Three panels side by side: 520 x 360 each, 80 dB. */
    public static final PlotOptions COMPARISON = new PlotOptions(520, 360, 80);

    public PlotOptions {
        if (panelWidth < 100 || panelWidth > 8000) {
            throw new IllegalArgumentException("panelWidth must be in 100..8000 pixels, was " + panelWidth);
        }
        if (panelHeight < 80 || panelHeight > 4000) {
            throw new IllegalArgumentException("panelHeight must be in 80..4000 pixels, was " + panelHeight);
        }
        if (!(rangeDb > 0) || Double.isInfinite(rangeDb)) {
            throw new IllegalArgumentException("rangeDb must be a positive finite number of dB, was " + rangeDb);
        }
    }
}
