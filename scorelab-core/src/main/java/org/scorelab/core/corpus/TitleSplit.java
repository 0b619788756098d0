package org.scorelab.core.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Assigns a tune to train, validation or test by a hash of its normalized title, so that every
 * setting of a tune (the same title in several books, in several keys) lands on the same side
 * and the split never depends on the order or number of tunes.
 *
 * @param train      fraction for training
 * @param validation fraction for validation
 * @param test       fraction for test; the three sum to 1
 * @param salt       mixed into the hash, to draw another split of the same titles
 */
public record TitleSplit(double train, double validation, double test, String salt) {
    /** 80 / 10 / 10. */
    public static final TitleSplit DEFAULT = new TitleSplit(0.8, 0.1, 0.1, "");

    public TitleSplit {
        if (!(train >= 0 && validation >= 0 && test >= 0) || Math.abs(train + validation + test - 1.0) > 1e-9) {
            throw new IllegalArgumentException("split fractions must be >= 0 and sum to 1, were "
                    + train + " + " + validation + " + " + test);
        }
        salt = salt == null ? "" : salt;
    }

    /**
     * Lower case, accents removed, everything but letters and digits turned into single spaces,
     * a leading article ({@code the}, {@code a}, {@code an}) dropped: "The Kesh Jig",
     * "Kesh Jig, The" and "the  késh jig" all become {@code kesh jig}.
     */
    public static String normalize(String title) {
        String s = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        s = s.replaceFirst("^(the|a|an) ", "");
        s = s.replaceFirst(" (the|a|an)$", "");
        return s;
    }

    /** The split of a title. */
    public Split of(String title) {
        double u = unit(salt + "\u0000" + normalize(title));
        if (u < train) {
            return Split.TRAIN;
        }
        return u < train + validation ? Split.VALIDATION : Split.TEST;
    }

    /** A uniform number in [0, 1) from the first 53 bits of the SHA-256 of the text. */
    private static double unit(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = (bits << 8) | (d[i] & 0xff);
            }
            return (bits >>> 11) * 0x1.0p-53;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
