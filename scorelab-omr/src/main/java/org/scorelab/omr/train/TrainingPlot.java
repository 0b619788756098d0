package org.scorelab.omr.train;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/** Training loss (left axis, blue) and validation SER (right axis, red) per epoch, as a PNG. */
final class TrainingPlot {
    private static final int W = 720;
    private static final int H = 400;
    private static final int M = 60;

    private TrainingPlot() {
    }

    static void write(List<EpochStats> history, Path file) throws IOException {
        BufferedImage im = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = im.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.drawRect(M, M / 2, W - 2 * M, H - M - M / 2);
        g.drawString("epoch", W / 2 - 15, H - 15);
        int n = history.size();
        int step = Math.max(1, (int) Math.ceil(n / 10.0));
        for (int e = 1; e <= Math.max(1, n); e += step) {
            int x = M + (n <= 1 ? 0 : (e - 1) * (W - 2 * M) / (n - 1));
            g.drawLine(x, H - M, x, H - M + 4);
            g.drawString(Integer.toString(e), x - 3, H - M + 17);
        }
        double maxLoss = max(history, EpochStats::trainLoss);
        double maxSer = Math.max(1e-9, max(history, EpochStats::validationSer));
        g.setColor(Color.BLUE);
        g.drawString("train loss", M, M / 2 - 8);
        ticks(g, maxLoss, true);
        line(g, history, EpochStats::trainLoss, maxLoss);
        g.setColor(Color.RED);
        g.drawString("validation SER", W - M - 90, M / 2 - 8);
        ticks(g, maxSer, false);
        line(g, history, EpochStats::validationSer, maxSer);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(im, "png", png);
        org.scorelab.core.io.AtomicFiles.writeBytes(file, png.toByteArray());
    }

    /** Five labelled ticks from 0 to {@code max}: loss on the left axis, SER on the right. */
    private static void ticks(Graphics2D g, double max, boolean left) {
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            int y = H - M - (int) Math.round(i / 4.0 * (H - M - M / 2 - 10));
            String label = String.format(Locale.ROOT, "%.3g", v);
            if (left) {
                g.drawLine(M - 4, y, M, y);
                g.drawString(label, M - 8 - g.getFontMetrics().stringWidth(label), y + 4);
            } else {
                g.drawLine(W - M, y, W - M + 4, y);
                g.drawString(label, W - M + 8, y + 4);
            }
        }
    }

    private static double max(List<EpochStats> h, ToDoubleFunction<EpochStats> f) {
        return h.stream().mapToDouble(f).filter(Double::isFinite).max().orElse(1);
    }

    private static void line(Graphics2D g, List<EpochStats> h, ToDoubleFunction<EpochStats> f, double max) {
        g.setStroke(new BasicStroke(2));
        int n = h.size();
        int px = -1;
        int py = -1;
        for (int i = 0; i < n; i++) {
            double v = f.applyAsDouble(h.get(i));
            if (!Double.isFinite(v)) {
                continue;
            }
            int x = M + (n == 1 ? 0 : i * (W - 2 * M) / (n - 1));
            int y = H - M - (int) Math.round(Math.min(1, v / max) * (H - M - M / 2 - 10));
            g.fillOval(x - 3, y - 3, 6, 6);
            if (px >= 0) {
                g.drawLine(px, py, x, y);
            }
            px = x;
            py = y;
        }
    }
}
