package org.scorelab.core.model;

/**
 * The bar line that closes a measure.
 *
 * @param style       how it is drawn
 * @param repeatStart the next measure opens a repeated section ({@code |:})
 * @param repeatEnd   this measure closes a repeated section ({@code :|})
 */
public record BarLine(Style style, boolean repeatStart, boolean repeatEnd) {

    public enum Style { SINGLE, DOUBLE, FINAL, HEAVY_LIGHT, INVISIBLE }

    public static final BarLine SINGLE = new BarLine(Style.SINGLE, false, false);
    public static final BarLine DOUBLE = new BarLine(Style.DOUBLE, false, false);
    public static final BarLine FINAL = new BarLine(Style.FINAL, false, false);
    /** No bar line drawn: the part simply ends. */
    public static final BarLine NONE = new BarLine(Style.INVISIBLE, false, false);

    public BarLine {
        if (style == null) {
            throw new IllegalArgumentException("style must not be null");
        }
    }
}
