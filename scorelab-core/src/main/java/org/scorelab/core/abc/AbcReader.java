package org.scorelab.core.abc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.codec.TuneReader;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.model.Tune;

/**
 * Reads every tune of an ABC file. A tune starts at an {@code X:} line and runs to the next one
 * (or to a blank line, after which the standard allows free text). A tune that cannot be read
 * becomes one failure naming its line, column and {@code X:}/title, and the other tunes are kept;
 * a file that cannot be read at all (missing, empty, binary, no {@code X:} line) is one failure.
 * Text is UTF-8; a file that is not valid UTF-8 is read as ISO-8859-1, the older ABC files'
 * encoding. Stateless, so one reader can serve many threads.
 */
public final class AbcReader implements TuneReader {

    @Override
    public ReadResult read(Path file) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return ReadResult.failed(new InvalidInputException(source, "", "cannot read the file: " + e, e));
        }
        return readBytes(source, bytes);
    }

    /** Reads the content of a file named {@code source}. */
    public ReadResult readBytes(String source, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return binary(source, i);
            }
        }
        return readString(source, decode(bytes));
    }

    /** Reads ABC text that came from {@code source} (a file name, used in the tunes and in messages). */
    public ReadResult readString(String source, String text) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return binary(source, nul);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return ReadResult.failed(new InvalidInputException(source, "",
                    "empty file: found no text, expected ABC tunes starting with X:"));
        }
        List<String> lines = Arrays.asList(text.split("\r\n|\r|\n", -1));
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("X:")) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            return ReadResult.failed(new InvalidInputException(source, "",
                    "no tune: found no X: line, expected ABC tunes starting with X:"));
        }
        List<Tune> tunes = new ArrayList<>();
        List<InvalidInputException> failures = new ArrayList<>();
        for (int t = 0; t < starts.size(); t++) {
            int from = starts.get(t);
            int to = t + 1 < starts.size() ? starts.get(t + 1) : lines.size();
            for (int i = from + 1; i < to; i++) {
                if (lines.get(i).isBlank()) {
                    to = i;
                    break;
                }
            }
            AbcTuneParser parser = new AbcTuneParser(source, lines.subList(from, to), from + 1, t + 1);
            try {
                tunes.add(parser.parse());
            } catch (AbcSyntaxException e) {
                failures.add(new InvalidInputException(source, "line " + e.line() + ", col " + e.column(),
                        e.getMessage() + " (tune " + parser.label() + ")", e));
            } catch (IllegalArgumentException | ArithmeticException e) {
                failures.add(new InvalidInputException(source, "line " + (from + 1),
                        "tune cannot be represented: " + e.getMessage() + " (tune " + parser.label() + ")", e));
            }
        }
        return new ReadResult(tunes, failures);
    }

    private static ReadResult binary(String source, int offset) {
        return ReadResult.failed(new InvalidInputException(source, "",
                "binary file: found a NUL byte at offset " + offset + ", expected ABC text"));
    }

    /** UTF-8 when the bytes are valid UTF-8, else ISO-8859-1 (which decodes any bytes). */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
