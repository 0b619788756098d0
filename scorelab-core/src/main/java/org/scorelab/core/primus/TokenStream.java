package org.scorelab.core.primus;

import java.util.ArrayList;
import java.util.List;
import org.scorelab.core.io.InvalidInputException;

/** The tokens of one PrIMuS line with their columns, for readers that report where input is bad. */
final class TokenStream {

    private final String source;
    private final List<String> tokens = new ArrayList<>();
    private final List<Integer> columns = new ArrayList<>();

    TokenStream(String source, String text) {
        this.source = source;
        int n = text.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\t';
            if (c == '\t' || c == '\n' || c == '\r') {
                if (i > start) {
                    tokens.add(text.substring(start, i));
                    columns.add(start + 1);
                }
                start = i + 1;
            }
        }
    }

    int size() {
        return tokens.size();
    }

    String get(int i) {
        return tokens.get(i);
    }

    String source() {
        return source;
    }

    /** A failure at token {@code i} (0-based here, 1-based in the message). */
    InvalidInputException error(int i, String reason) {
        String where = i < tokens.size() ? "token " + (i + 1) + ", col " + columns.get(i) : "end of input";
        return new InvalidInputException(source, where, reason);
    }

    InvalidInputException error(int i, String reason, Throwable cause) {
        String where = i < tokens.size() ? "token " + (i + 1) + ", col " + columns.get(i) : "end of input";
        return new InvalidInputException(source, where, reason, cause);
    }
}
