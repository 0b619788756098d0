package org.scorelab.core.primus;

import java.util.List;

/** Splitting and joining of the one-line, TAB-separated PrIMuS token format. */
final class Tokens {

    private Tokens() {
    }

    /** The tokens of a line: split at TABs, empty pieces and surrounding line breaks dropped. */
    static List<String> split(String text) {
        return new TokenStream("", text).tokens();
    }

    /** Appends one token and its trailing TAB. */
    static void add(StringBuilder sb, String token) {
        sb.append(token).append('\t');
    }
}
