package org.scorelab.audio.analysis;

import java.util.Locale;

/** The shape of an analysis window. */
public enum WindowType {
    /** {@code 0.5 - 0.5 cos(2 pi n / M)}: side lobes at -31 dB falling 18 dB per octave; the default. */
    HANN("hann"),
    /** {@code 0.54 - 0.46 cos(2 pi n / M)}: a lower first side lobe (-43 dB) that does not fall off. */
    HAMMING("hamming"),
    /** All ones: the narrowest main lobe and the most leakage (-13 dB side lobes). */
    RECTANGULAR("rect");

    private final String cliName;

    WindowType(String cliName) {
        this.cliName = cliName;
    }

    /** The name on the command line: hann, hamming or rect. */
    public String cliName() {
        return cliName;
    }

    /** The window named {@code name} (hann, hamming, rect or rectangular, any case). */
    public static WindowType parse(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (WindowType w : values()) {
            if (w.cliName.equals(n) || w.name().toLowerCase(Locale.ROOT).equals(n)) {
                return w;
            }
        }
        throw new IllegalArgumentException("window must be one of hann, hamming, rect, was '" + name + "'");
    }
}
