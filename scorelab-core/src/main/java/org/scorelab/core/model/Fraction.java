package org.scorelab.core.model;

/**
 * An exact non-negative rational number, always in lowest terms with a positive denominator.
 * Durations are fractions of a whole note: a quarter is 1/4.
 */
public record Fraction(long numerator, long denominator) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(0, 1);
    public static final Fraction ONE = new Fraction(1, 1);

    public Fraction {
        if (denominator == 0) {
            throw new IllegalArgumentException("denominator must not be 0 (numerator " + numerator + ")");
        }
        if (denominator < 0) {
            numerator = -numerator;
            denominator = -denominator;
        }
        long g = gcd(Math.abs(numerator), denominator);
        if (g > 1) {
            numerator /= g;
            denominator /= g;
        }
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(numerator, denominator);
    }

    public Fraction plus(Fraction o) {
        return new Fraction(Math.addExact(Math.multiplyExact(numerator, o.denominator), Math.multiplyExact(o.numerator, denominator)),
                Math.multiplyExact(denominator, o.denominator));
    }

    public Fraction minus(Fraction o) {
        return plus(new Fraction(-o.numerator, o.denominator));
    }

    public Fraction times(Fraction o) {
        return new Fraction(Math.multiplyExact(numerator, o.numerator), Math.multiplyExact(denominator, o.denominator));
    }

    public Fraction times(long k) {
        return new Fraction(Math.multiplyExact(numerator, k), denominator);
    }

    public Fraction dividedBy(Fraction o) {
        return new Fraction(Math.multiplyExact(numerator, o.denominator), Math.multiplyExact(denominator, o.numerator));
    }

    public boolean isZero() {
        return numerator == 0;
    }

    public double toDouble() {
        return (double) numerator / denominator;
    }

    @Override
    public int compareTo(Fraction o) {
        return Long.compare(Math.multiplyExact(numerator, o.denominator), Math.multiplyExact(o.numerator, denominator));
    }

    @Override
    public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }
}
