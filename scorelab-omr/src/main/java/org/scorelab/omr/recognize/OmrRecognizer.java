package org.scorelab.omr.recognize;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scorelab.core.formats.Format;
import org.scorelab.core.formats.Formats;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.model.Tune;
import org.scorelab.core.primus.AgnosticReader;
import org.scorelab.core.primus.SemanticReader;
import org.scorelab.omr.data.Encoding;
import org.scorelab.omr.data.StaffImage;
import org.scorelab.omr.image.ImageInput;
import org.scorelab.omr.train.OmrModel;

/**
 * Reads score images with a trained model: the image is loaded ({@link ImageInput}, which refuses
 * empty, corrupt, blank or too large files), its staves are found and normalised exactly as the
 * training images were, recognised in batches and decoded (greedy, or prefix beam search), and
 * the staves' tokens are joined in reading order into one part.
 *
 * <p>Joining: each PrIMuS staff restates its clef (and, in the semantic encoding, key and time
 * signature) at its start. On a page those restatements of later staves are courtesy signs, not
 * changes, so a later staff's leading clef, key and time signature tokens are dropped where they
 * equal the ones in force; a real change is kept.
 *
 * @param model the trained model
 * @param beam  1 for greedy decoding, more for prefix beam search of that width
 */
public record OmrRecognizer(OmrModel model, int beam) {

    public OmrRecognizer {
        if (beam < 1 || beam > 256) {
            throw new IllegalArgumentException("beam must be in 1..256, was " + beam);
        }
    }

    /**
     * One image read.
     *
     * @param source the image's name in messages
     * @param staves the tokens of each staff, top to bottom
     * @param tokens the staves joined into one part
     */
    public record Page(String source, List<List<String>> staves, List<String> tokens) {
        public Page {
            staves = staves.stream().map(List::copyOf).toList();
            tokens = List.copyOf(tokens);
        }
    }

    /** Reads an image file. */
    public Page recognize(Path image) throws InvalidInputException {
        return recognize(ImageInput.DEFAULT.read(image), image.toString());
    }

    /**
     * Reads an image.
     *
     * @throws InvalidInputException when no staff is found
     */
    public Page recognize(BufferedImage image, String source) throws InvalidInputException {
        List<StaffImage> staves = model.config().normalizer().staves(image);
        if (staves.isEmpty()) {
            throw new InvalidInputException(source, "image", "found no five-line staff, expected a score image");
        }
        List<List<String>> tokens = model.predict(staves, beam);
        return new Page(source, tokens, join(tokens, model.config().encoding()));
    }

    /** The staves' tokens as one part, courtesy clefs, keys and times of later staves dropped. */
    public static List<String> join(List<List<String>> staves, Encoding encoding) {
        List<String> out = new ArrayList<>();
        String clef = null;
        String key = null;
        String time = null;
        for (int s = 0; s < staves.size(); s++) {
            List<String> staff = staves.get(s);
            boolean leading = s > 0;
            for (String t : staff) {
                String kind = kind(t, encoding);
                if (leading && kind != null) {
                    String current = switch (kind) {
                        case "clef" -> clef;
                        case "key" -> key;
                        default -> time;
                    };
                    if (t.equals(current)) {
                        continue;
                    }
                } else {
                    leading = false;
                }
                if (kind != null) {
                    switch (kind) {
                        case "clef" -> clef = t;
                        case "key" -> key = t;
                        default -> time = t;
                    }
                }
                out.add(t);
            }
        }
        return out;
    }

    private static String kind(String token, Encoding encoding) {
        if (token.startsWith("clef")) {
            return "clef";
        }
        if (encoding == Encoding.SEMANTIC && token.startsWith("keySignature-")) {
            return "key";
        }
        if (token.startsWith("timeSignature")) {
            return "time";
        }
        return null;
    }

    /**
     * A page in an output format: the tokens themselves when the format is the model's encoding
     * (one line, each token followed by a TAB, as the PrIMuS files are), otherwise the tokens read
     * into a tune and written by the format's writer.
     *
     * @throws InvalidInputException when the recognised tokens do not form a readable tune
     */
    public byte[] write(Page page, Format format) throws InvalidInputException, IOException {
        Encoding encoding = model.config().encoding();
        if (format.extension().equals(encoding.extension())) {
            return line(page.tokens()).getBytes(StandardCharsets.UTF_8);
        }
        return Formats.writer(format).write(tune(page));
    }

    /** The tune of a page's tokens. */
    public Tune tune(Page page) throws InvalidInputException {
        String text = line(page.tokens());
        return model.config().encoding() == Encoding.SEMANTIC ? new SemanticReader().parse(text, page.source())
                : new AgnosticReader().parse(text, page.source());
    }

    /** Tokens as a PrIMuS line: each followed by a TAB, no line break. */
    public static String line(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            sb.append(t).append('\t');
        }
        return sb.toString();
    }
}
