package org.scorelab.core.engrave;

/**
 * Names of staff positions as the PrIMuS agnostic encoding writes them. Position 0 is the bottom
 * line ({@code L1}), 1 the first space ({@code S1}), 8 the top line ({@code L5}); -1 is the space
 * below the staff ({@code S0}), -2 the first ledger line below ({@code L0}), 10 the first ledger
 * line above ({@code L6}).
 */
public final class StaffPosition {

    private static final int CACHE_LOW = -20;
    private static final String[] NAMES = new String[41];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            NAMES[i] = compute(i + CACHE_LOW);
        }
    }

    private StaffPosition() {
    }

    /** {@code L1}, {@code S3}, {@code S-1} ... for a position ({@link org.scorelab.core.model.Clef#staffPosition}). */
    public static String name(int position) {
        int i = position - CACHE_LOW;
        return i >= 0 && i < NAMES.length ? NAMES[i] : compute(position);
    }

    private static String compute(int p) {
        return (p & 1) == 0 ? "L" + (p / 2 + 1) : "S" + Math.floorDiv(p + 1, 2);
    }

    /**
     * The position named by {@code text} from {@code from} to the end ({@code L1} -> 0,
     * {@code S0} -> -1), or {@link Integer#MIN_VALUE} when it is not a position name.
     */
    public static int parse(CharSequence text, int from) {
        int n = text.length() - from;
        if (n < 2) {
            return Integer.MIN_VALUE;
        }
        char kind = text.charAt(from);
        int i = from + 1;
        boolean negative = false;
        if (text.charAt(i) == '-') {
            negative = true;
            i++;
        }
        if (i >= text.length()) {
            return Integer.MIN_VALUE;
        }
        int value = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || value > 1000) {
                return Integer.MIN_VALUE;
            }
            value = value * 10 + (c - '0');
        }
        if (negative) {
            value = -value;
        }
        return switch (kind) {
            case 'L' -> 2 * (value - 1);
            case 'S' -> 2 * value - 1;
            default -> Integer.MIN_VALUE;
        };
    }
}
