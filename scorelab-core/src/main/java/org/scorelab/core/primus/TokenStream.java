package org.scorelab.core.primus;

import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.codec.TuneReader;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.model.Tune;

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

    /** The tokens in order, without their columns. */
    List<String> tokens() {
        return List.copyOf(tokens);
    }

    /**
     * Reads a file of one PrIMuS line and parses it; a file that cannot be read or parsed is a
     * failure of the result, as {@link TuneReader} asks.
     */
    static ReadResult readFile(Path file, LineParser parser) {
        String source = String.valueOf(file.getFileName());
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new ReadResult(List.of(parser.parse(text, source)), List.of());
        } catch (IOException e) {
            return ReadResult.failed(new InvalidInputException(source, "", "cannot read file: " + e.getMessage(), e));
        } catch (InvalidInputException e) {
            return ReadResult.failed(e);
        }
    }

    /** One of the PrIMuS readers' {@code parse} methods. */
    @FunctionalInterface
    interface LineParser {
        Tune parse(String text, String source) throws InvalidInputException;
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
