package org.scorelab.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.scorelab.core.formats.Format;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts a format by its lower-case name and names the valid ones when it is wrong. */
final class FormatConverter implements ITypeConverter<Format> {

    @Override
    public Format convert(String value) {
        for (Format f : Format.values()) {
            if (f.cliName().equals(value.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new TypeConversionException("unknown format '" + value + "', expected one of " + String.join(", ", new Names()));
    }

    /** The format names, for help texts. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Format.values()).map(Format::cliName).iterator();
        }
    }
}
