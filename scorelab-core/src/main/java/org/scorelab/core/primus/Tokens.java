package org.scorelab.core.primus;

import java.util.ArrayList;
import java.util.List;

/** Splitting and joining of the one-line, TAB-separated PrIMuS token format. */
final class Tokens {

    private Tokens() {
    }

    /** The tokens of a line: split at TABs, empty pieces and surrounding line breaks dropped. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\t';
            if (c == '\t' || c == '\n' || c == '\r') {
                if (i > start) {
                    out.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Appends one token and its trailing TAB. */
    static void add(StringBuilder sb, String token) {
        sb.append(token).append('\t');
    }
}
