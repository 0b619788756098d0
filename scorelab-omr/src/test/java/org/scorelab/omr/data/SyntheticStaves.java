package org.scorelab.omr.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Tiny synthetic staves for tests: five lines 18 px apart and filled note heads on lines or spaces,
 * each note head's position its token ({@code note-E4_quarter} on the bottom line, one diatonic
 * step per half interline up to {@code note-F5_quarter}).
 */
public final class SyntheticStaves {
    public static final int INTERLINE = 18;
    public static final List<String> PITCHES = List.of("E4", "F4", "G4", "A4", "B4", "C5", "D5", "E5", "F5");

    private SyntheticStaves() {
    }

    /** The token of pitch step {@code p} (0 = E4 on the bottom line). */
    public static String token(int p) {
        return "note-" + PITCHES.get(p) + "_quarter";
    }

    /** A staff with a treble clef stand-in (a tall bar) and note heads at the given steps. */
    public static BufferedImage staff(int[] steps) {
        int top = 4 * INTERLINE;
        int width = 100 + 40 * steps.length + 30;
        BufferedImage im = new BufferedImage(width, top + 4 * INTERLINE + 4 * INTERLINE, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = im.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, im.getWidth(), im.getHeight());
        g.setColor(Color.BLACK);
        for (int i = 0; i < 5; i++) {
            g.fillRect(10, top + i * INTERLINE - 1, width - 20, 2);
        }
        g.fillRect(24, top - 10, 6, 4 * INTERLINE + 20);
        for (int i = 0; i < steps.length; i++) {
            int y = top + 4 * INTERLINE - steps[i] * INTERLINE / 2;
            int x = 70 + 40 * i;
            g.fillOval(x, y - INTERLINE / 2, 22, INTERLINE);
            g.fillRect(x + 20, y - 3 * INTERLINE, 2, 3 * INTERLINE);
        }
        g.dispose();
        return im;
    }

    /** The tokens of {@link #staff(int[])}. */
    public static List<String> tokens(int[] steps) {
        List<String> out = new ArrayList<>();
        out.add("clef-G2");
        for (int s : steps) {
            out.add(token(s));
        }
        return out;
    }

    /** The vocabulary of these staves. */
    public static OmrVocabulary vocabulary() {
        List<String> tokens = new ArrayList<>();
        tokens.add("clef-G2");
        for (int p = 0; p < PITCHES.size(); p++) {
            tokens.add(token(p));
        }
        return OmrVocabulary.of(tokens);
    }

    /** Eight fixed note sequences of 1 to 4 notes. */
    public static int[][] eight() {
        return new int[][] {{0}, {8, 4}, {2, 2, 5}, {1, 3, 5, 7}, {6}, {7, 0, 3}, {4, 5}, {3, 8, 1, 6}};
    }

    /** Writes a data set folder: NAME.png, NAME.semantic and a manifest with the given splits. */
    public static void writeFolder(Path folder, int[][] sequences, String split) throws IOException {
        Files.createDirectories(folder);
        StringBuilder manifest = new StringBuilder("name,title,split\n");
        for (int i = 0; i < sequences.length; i++) {
            String name = "s" + i;
            ImageIO.write(staff(sequences[i]), "png", folder.resolve(name + ".png").toFile());
            Files.writeString(folder.resolve(name + ".semantic"), String.join("\t", tokens(sequences[i])) + "\t");
            manifest.append(name).append(",\"Tune, ").append(i).append("\",").append(split).append('\n');
        }
        Files.writeString(folder.resolve("manifest.csv"), manifest.toString());
    }
}
