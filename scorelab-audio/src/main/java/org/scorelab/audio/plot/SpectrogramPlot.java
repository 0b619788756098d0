package org.scorelab.audio.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.scorelab.audio.analysis.Decibels;
import org.scorelab.audio.analysis.MelScale;
import org.scorelab.audio.analysis.Spectrogram;
import org.scorelab.core.io.AtomicFiles;

/**
 * Draws spectrograms as labelled heat maps: time in seconds across, frequency up (linear FFT
 * bins, or mel bands labelled with their frequency in Hz), a colour bar in dB and a title.
 * Where there are more frames or bins than pixels, each pixel shows the loudest cell it covers,
 * so short notes and thin partials stay visible.
 */
public final class SpectrogramPlot {

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color INK = new Color(0x222222);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final int LEFT = 78;
    private static final int BAR_GAP = 14;
    private static final int BAR_WIDTH = 18;
    private static final int BAR_LABELS = 78;
    private static final int BOTTOM = 56;

    private SpectrogramPlot() {
    }

    /** One spectrogram (in dB, or power/magnitude, which is turned into dB) with its colour bar. */
    public static BufferedImage plot(Spectrogram spectrogram, String title, PlotOptions options) {
        Spectrogram db = spectrogram.toDecibels(Decibels.DEFAULT);
        int w = options.panelWidth();
        int h = options.panelHeight();
        int top = 52;
        BufferedImage img = canvas(LEFT + w + BAR_GAP + BAR_WIDTH + BAR_LABELS, top + h + BOTTOM);
        Graphics2D g = graphics(img);
        drawTitle(g, title, img.getWidth(), 32);
        float hi = db.range()[1];
        double lo = hi - options.rangeDb();
        panel(g, LEFT, top, w, h, db.values(), db, lo, hi, ColorMap.MAGMA, null);
        colourBar(g, LEFT + w + BAR_GAP, top, h, lo, hi, ColorMap.MAGMA, "level (dB)");
        g.dispose();
        return img;
    }

    /**
     * Three panels side by side: A, B (one colour scale for both) and {@code A - B} in dB on a
     * blue-white-red scale, symmetric about 0. A and B must have the same bins; the difference
     * covers the frames both have.
     */
    public static BufferedImage compare(Spectrogram a, String labelA, Spectrogram b, String labelB, String title,
                                        PlotOptions options) {
        if (a.bins() != b.bins() || a.axis() != b.axis()) {
            throw new IllegalArgumentException("spectrograms differ in their bins: " + a.bins() + " " + a.axis() + " and "
                    + b.bins() + " " + b.axis());
        }
        Spectrogram da = a.toDecibels(Decibels.DEFAULT);
        Spectrogram dbB = b.toDecibels(Decibels.DEFAULT);
        float hi = Math.max(da.range()[1], dbB.range()[1]);
        double lo = hi - options.rangeDb();
        int frames = Math.min(da.frames(), dbB.frames());
        float[][] va = da.values();
        float[][] vb = dbB.values();
        float[][] diff = new float[frames][a.bins()];
        double maxAbs = 1;
        for (int t = 0; t < frames; t++) {
            for (int k = 0; k < a.bins(); k++) {
                // Levels below the shown range count at its floor, so noise under it does not light up the difference.
                diff[t][k] = (float) (Math.max(lo, va[t][k]) - Math.max(lo, vb[t][k]));
                maxAbs = Math.max(maxAbs, Math.abs(diff[t][k]));
            }
        }
        double span = Math.ceil(Math.min(maxAbs, options.rangeDb()));
        double[] times = new double[frames];
        System.arraycopy(da.frameSeconds(), 0, times, 0, frames);
        Spectrogram d = new Spectrogram(diff, da.binHz(), times, Spectrogram.Scale.DECIBELS, da.axis());

        int w = options.panelWidth();
        int h = options.panelHeight();
        int top = 76;
        int cellA = LEFT;
        int cellB = cellA + w + LEFT;
        int barAB = cellB + w + BAR_GAP;
        int cellD = barAB + BAR_WIDTH + BAR_LABELS + LEFT - 16;
        int barD = cellD + w + BAR_GAP;
        BufferedImage img = canvas(barD + BAR_WIDTH + BAR_LABELS, top + h + BOTTOM);
        Graphics2D g = graphics(img);
        drawTitle(g, title, img.getWidth(), 32);
        panel(g, cellA, top, w, h, va, da, lo, hi, ColorMap.MAGMA, "A: " + labelA);
        panel(g, cellB, top, w, h, vb, dbB, lo, hi, ColorMap.MAGMA, "B: " + labelB);
        colourBar(g, barAB, top, h, lo, hi, ColorMap.MAGMA, "level (dB)");
        panel(g, cellD, top, w, h, diff, d, -span, span, ColorMap.DIVERGING, "A \u2212 B");
        colourBar(g, barD, top, h, -span, span, ColorMap.DIVERGING, "difference (dB)");
        g.dispose();
        return img;
    }

    /** Writes the image as a PNG, atomically. */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        });
    }

    private static BufferedImage canvas(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return img;
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(INK);
        return g;
    }

    private static void drawTitle(Graphics2D g, String title, int width, int baseline) {
        g.setFont(TITLE);
        g.setColor(INK);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(title, Math.max(8, (width - fm.stringWidth(title)) / 2), baseline);
    }

    /** The heat map of {@code values} (axes from {@code axes}) at x, y with ticks, labels and an optional subtitle. */
    private static void panel(Graphics2D g, int x, int y, int w, int h, float[][] values, Spectrogram axes, double lo,
                              double hi, ColorMap map, String subtitle) {
        int frames = values.length;
        int bins = axes.bins();
        BufferedImage heat = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] px = new int[w * h];
        double scale = hi > lo ? 1 / (hi - lo) : 0;
        for (int i = 0; i < w && frames > 0; i++) {
            int t0 = (int) ((long) i * frames / w);
            int t1 = Math.max(t0 + 1, (int) ((long) (i + 1) * frames / w));
            for (int j = 0; j < h; j++) {
                int k0 = (int) ((long) (h - 1 - j) * bins / h);
                int k1 = Math.max(k0 + 1, (int) ((long) (h - j) * bins / h));
                float v = Float.NEGATIVE_INFINITY;
                for (int t = t0; t < t1; t++) {
                    float[] row = values[t];
                    for (int k = k0; k < k1; k++) {
                        v = Math.max(v, row[k]);
                    }
                }
                px[j * w + i] = map.rgb((v - lo) * scale);
            }
        }
        heat.setRGB(0, 0, w, h, px, 0, w);
        g.drawImage(heat, x, y, null);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x - 1, y - 1, w + 1, h + 1);

        if (subtitle != null) {
            g.setFont(SUBTITLE);
            FontMetrics fm = g.getFontMetrics();
            g.drawString(subtitle, x + (w - fm.stringWidth(subtitle)) / 2, y - 10);
        }
        timeAxis(g, x, y + h, w, axes.frameSeconds(), frames);
        frequencyAxis(g, x, y, h, axes);
    }

    private static void timeAxis(Graphics2D g, int x, int yBottom, int w, double[] frameSeconds, int frames) {
        g.setFont(TICK);
        FontMetrics fm = g.getFontMetrics();
        if (frames > 0) {
            // Pixel column i shows frames [i*T/w, (i+1)*T/w): frame t's centre sits at (t + 0.5) * w / T.
            double t0 = frameSeconds[0];
            double secondsPerFrame = frames > 1 ? (frameSeconds[frames - 1] - t0) / (frames - 1) : 1;
            double pxPerSecond = w / (frames * secondsPerFrame);
            double left = t0 - secondsPerFrame / 2;
            double step = niceStep(70 / pxPerSecond, new double[] {0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 15,
                30, 60, 120, 300, 600});
            for (double s = Math.ceil(left / step) * step; s <= left + w / pxPerSecond + 1e-9; s += step) {
                int px = x + (int) Math.round((s - left) * pxPerSecond);
                g.drawLine(px, yBottom + 1, px, yBottom + 5);
                String label = number(s);
                g.drawString(label, px - fm.stringWidth(label) / 2, yBottom + 18);
            }
        }
        g.setFont(LABEL);
        fm = g.getFontMetrics();
        String label = "time (s)";
        g.drawString(label, x + (w - fm.stringWidth(label)) / 2, yBottom + 38);
    }

    private static void frequencyAxis(Graphics2D g, int x, int y, int h, Spectrogram axes) {
        double[] hz = axes.binHz();
        int bins = hz.length;
        g.setFont(TICK);
        FontMetrics fm = g.getFontMetrics();
        List<Double> ticks = new ArrayList<>();
        double top = hz[bins - 1];
        if (axes.axis() == Spectrogram.Axis.LINEAR) {
            double step = niceStep(top / 8, new double[] {50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000});
            for (double f = 0; f <= top + 1e-9; f += step) {
                ticks.add(f);
            }
        } else {
            for (double f : new double[] {0, 50, 100, 200, 300, 500, 700, 1000, 1500, 2000, 3000, 4000, 5000, 7000, 10000,
                15000, 20000, 30000}) {
                ticks.add(f);
            }
        }
        int last = Integer.MAX_VALUE;
        for (double f : ticks) {
            if (f < hz[0] - 1e-9 || f > top + 1e-9) {
                continue;
            }
            double k = fractionalBin(hz, f, axes.axis() == Spectrogram.Axis.MEL);
            int py = y + h - (int) Math.round((k + 0.5) * h / bins);
            if (last - py < 20) {
                continue;
            }
            last = py;
            g.drawLine(x - 6, py, x - 2, py);
            String label = f >= 1000 ? number(f / 1000) + "k" : number(f);
            g.drawString(label, x - 9 - fm.stringWidth(label), py + fm.getAscent() / 2 - 1);
        }
        g.setFont(LABEL);
        fm = g.getFontMetrics();
        String label = axes.axis() == Spectrogram.Axis.MEL ? "frequency (Hz, mel scale)" : "frequency (Hz)";
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(label, -(y + (h + fm.stringWidth(label)) / 2), x - 48);
        g.setTransform(saved);
    }

    /**
     * The index (with fraction) at which the ascending {@code hz} reaches {@code f}: linear
     * between FFT bins; between mel band centres on the mel scale, which spaces them evenly.
     */
    private static double fractionalBin(double[] hz, double f, boolean mel) {
        if (hz.length == 1 || f <= hz[0]) {
            return 0;
        }
        for (int k = 1; k < hz.length; k++) {
            if (f <= hz[k]) {
                double a = mel ? MelScale.SLANEY.toMel(hz[k - 1]) : hz[k - 1];
                double b = mel ? MelScale.SLANEY.toMel(hz[k]) : hz[k];
                double m = mel ? MelScale.SLANEY.toMel(f) : f;
                return k - 1 + (b > a ? (m - a) / (b - a) : 0);
            }
        }
        return hz.length - 1;
    }

    private static void colourBar(Graphics2D g, int x, int y, int h, double lo, double hi, ColorMap map, String label) {
        for (int j = 0; j < h; j++) {
            g.setColor(new Color(map.rgb(1 - j / (double) (h - 1))));
            g.drawLine(x, y + j, x + BAR_WIDTH - 1, y + j);
        }
        g.setColor(INK);
        g.drawRect(x - 1, y - 1, BAR_WIDTH + 1, h + 1);
        g.setFont(TICK);
        FontMetrics fm = g.getFontMetrics();
        double step = niceStep((hi - lo) * 34 / h, new double[] {0.5, 1, 2, 5, 10, 20, 25, 50});
        for (double v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) {
            int py = y + (int) Math.round((hi - v) / (hi - lo) * (h - 1));
            g.drawLine(x + BAR_WIDTH, py, x + BAR_WIDTH + 4, py);
            g.drawString(number(v), x + BAR_WIDTH + 7, py + fm.getAscent() / 2 - 1);
        }
        g.setFont(LABEL);
        fm = g.getFontMetrics();
        AffineTransform saved = g.getTransform();
        g.rotate(Math.PI / 2);
        g.drawString(label, y + (h - fm.stringWidth(label)) / 2, -(x + BAR_WIDTH + 50));
        g.setTransform(saved);
    }

    private static double niceStep(double atLeast, double[] steps) {
        for (double s : steps) {
            if (s >= atLeast) {
                return s;
            }
        }
        return steps[steps.length - 1] * Math.ceil(atLeast / steps[steps.length - 1]);
    }

    private static String number(double v) {
        double r = Math.round(v * 100) / 100.0;
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        String s = String.format(Locale.ROOT, "%.2f", r);
        return s.replaceAll("0+$", "");
    }
}
