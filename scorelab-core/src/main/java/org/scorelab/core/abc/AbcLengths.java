package org.scorelab.core.abc;

import java.util.ArrayList;
import java.util.List;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Fraction;
import org.scorelab.core.model.NoteValue;

/**
 * Turns written lengths into note values and back into ABC length text. A length that no single
 * (dotted) value can write, such as 5/8, becomes several values to be tied, longest first.
 */
final class AbcLengths {

    private static final Fraction SHORTEST = NoteValue.HUNDRED_TWENTY_EIGHTH.length();

    private AbcLengths() {
    }

    /**
     * The values, longest first, that add up to {@code length}; empty when they cannot (a length
     * that is not a sum of powers of two down to 1/128, e.g. 1/3).
     */
    static List<Duration> split(Fraction length) {
        List<Duration> out = new ArrayList<>();
        Duration single = single(length);
        if (single != null) {
            out.add(single);
            return out;
        }
        Fraction rest = length;
        while (!rest.isZero()) {
            Duration best = null;
            for (NoteValue v : NoteValue.values()) {
                if (v.length().compareTo(rest) <= 0) {
                    for (int dots = 3; dots >= 0 && best == null; dots--) {
                        Duration d = Duration.of(v, dots);
                        if (d.writtenLength().compareTo(rest) <= 0) {
                            best = d;
                        }
                    }
                    break;
                }
            }
            if (best == null || rest.compareTo(SHORTEST) < 0) {
                return List.of();
            }
            out.add(best);
            rest = rest.minus(best.writtenLength());
        }
        return out;
    }

    /**
     * The one value with 0-3 dots of exactly this written length, or null. Same answer as
     * {@link Duration#ofWrittenLength} but computed, not searched: a value with k dots is
     * (2^(k+1) - 1) / 2^k times the plain value, so the odd part of the length gives k. Every note
     * of every tune goes through here.
     */
    static Duration single(Fraction length) {
        long d = length.denominator();
        if (length.isZero() || (d & (d - 1)) != 0) {
            return null;
        }
        long odd = length.numerator();
        while (odd % 2 == 0) {
            odd /= 2;
        }
        int dots = odd == 1 ? 0 : odd == 3 ? 1 : odd == 7 ? 2 : odd == 15 ? 3 : -1;
        if (dots < 0) {
            return null;
        }
        NoteValue v = NoteValue.ofLength(length.times(Fraction.of(1L << dots, (1L << (dots + 1)) - 1)));
        return v == null ? null : Duration.of(v, dots);
    }

    /** ABC length text of {@code length} in units of {@code unit}: "", "2", "/", "/4", "3/2". */
    static String text(Fraction length, Fraction unit) {
        Fraction m = length.dividedBy(unit);
        if (m.equals(Fraction.ONE)) {
            return "";
        }
        if (m.denominator() == 1) {
            return Long.toString(m.numerator());
        }
        if (m.numerator() == 1) {
            return m.denominator() == 2 ? "/" : "/" + m.denominator();
        }
        return m.numerator() + "/" + m.denominator();
    }
}
