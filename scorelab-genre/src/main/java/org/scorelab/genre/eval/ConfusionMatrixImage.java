package org.scorelab.genre.eval;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.scorelab.core.io.AtomicFiles;

/**
 * Draws a confusion matrix as a PNG heat map with Java2D: each row normalised by its class size
 * (so small classes are as visible as the large one), the count and the row share written in
 * each cell, rows the actual class, columns the predicted one.
 */
public final class ConfusionMatrixImage {

    private static final int CELL = 96;
    private static final int LEFT = 130;
    private static final int TOP = 90;

    /** Renders the image in memory. */
    public BufferedImage render(GenreEvaluation eval, String title) {
        List<String> labels = eval.labels();
        int k = labels.size();
        int[][] c = eval.confusion();
        int w = LEFT + k * CELL + 30;
        int h = TOP + k * CELL + 70;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(title, 10, 24);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.drawString("predicted", LEFT + k * CELL / 2 - 30, 48);
            for (int i = 0; i < k; i++) {
                int rowTotal = 0;
                for (int v : c[i]) {
                    rowTotal += v;
                }
                g.setColor(Color.BLACK);
                centred(g, labels.get(i), LEFT + i * CELL + CELL / 2, TOP - 10);
                FontMetrics fm = g.getFontMetrics();
                g.drawString(labels.get(i), LEFT - 10 - fm.stringWidth(labels.get(i)), TOP + i * CELL + CELL / 2 + 5);
                for (int j = 0; j < k; j++) {
                    double share = rowTotal == 0 ? 0 : (double) c[i][j] / rowTotal;
                    g.setColor(shade(share));
                    g.fillRect(LEFT + j * CELL, TOP + i * CELL, CELL, CELL);
                    g.setColor(share > 0.5 ? Color.WHITE : Color.BLACK);
                    centred(g, Integer.toString(c[i][j]), LEFT + j * CELL + CELL / 2, TOP + i * CELL + CELL / 2 - 2);
                    centred(g, String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share), LEFT + j * CELL + CELL / 2,
                            TOP + i * CELL + CELL / 2 + 16);
                }
            }
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1f));
            for (int i = 0; i <= k; i++) {
                g.drawLine(LEFT, TOP + i * CELL, LEFT + k * CELL, TOP + i * CELL);
                g.drawLine(LEFT + i * CELL, TOP, LEFT + i * CELL, TOP + k * CELL);
            }
            g.setColor(Color.BLACK);
            g.drawString("rows: actual class; cells: count and share of the row", 10, TOP + k * CELL + 30);
            g.drawString(String.format(java.util.Locale.ROOT, "accuracy %.3f, macro-F1 %.3f, %d samples",
                    eval.accuracy(), eval.macroF1(), eval.total()), 10, TOP + k * CELL + 50);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Renders and writes a PNG atomically. */
    public void write(GenreEvaluation eval, String title, Path png) throws IOException {
        BufferedImage img = render(eval, title);
        AtomicFiles.write(png, out -> {
            if (!ImageIO.write(img, "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        });
    }

    /** White to dark blue by share. */
    static Color shade(double share) {
        double s = Math.max(0, Math.min(1, share));
        int r = (int) Math.round(255 - s * (255 - 8));
        int gr = (int) Math.round(255 - s * (255 - 48));
        int b = (int) Math.round(255 - s * (255 - 107));
        return new Color(r, gr, b);
    }

    private static void centred(Graphics2D g, String text, int x, int y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, x - fm.stringWidth(text) / 2, y);
    }
}
