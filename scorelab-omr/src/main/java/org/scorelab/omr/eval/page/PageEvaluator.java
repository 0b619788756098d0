package org.scorelab.omr.eval.page;

import java.awt.image.BufferedImage;
import java.util.List;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.omr.data.Encoding;
import org.scorelab.omr.eval.SymbolErrorRate;
import org.scorelab.omr.image.ImageInput;
import org.scorelab.omr.recognize.OmrRecognizer;

/**
 * Scores one page: the image file is read as {@code scorelab recognize} reads a user's file, its
 * staves are read by the {@link PageReader}, joined into one part by {@link OmrRecognizer#join}
 * (the same join the recogniser uses), and the part is compared with the whole tune after
 * {@link Restatements#drop} on both sides.
 *
 * @param reader reads the staves of a page
 * @param input  the image limits, as for a user's file
 */
public record PageEvaluator(PageReader reader, ImageInput input) {

    public PageEvaluator {
        if (reader == null || input == null) {
            throw new IllegalArgumentException("reader and input are required");
        }
    }

    /** An evaluator with the default image limits. */
    public PageEvaluator(PageReader reader) {
        this(reader, ImageInput.DEFAULT);
    }

    /**
     * Reads and scores a page.
     *
     * @throws InvalidInputException when the image file cannot be read
     */
    public PageScore score(PageCase page) throws InvalidInputException {
        long t0 = System.nanoTime();
        BufferedImage image = input.read(page.fileName(), page.image());
        long t1 = System.nanoTime();
        PageReader.Reading reading = reader.read(image);
        long t2 = System.nanoTime();
        List<String> joined = OmrRecognizer.join(reading.staves(), Encoding.SEMANTIC);
        long t3 = System.nanoTime();
        List<String> reference = Restatements.drop(page.reference());
        List<String> recognized = Restatements.drop(joined);
        SymbolErrorRate rate = SymbolErrorRate.EMPTY.plus(reference, recognized);
        SymbolErrorRate staffRate = reading.staves().size() == page.stavesDrawn()
                ? SymbolErrorRate.of(page.systems(), reading.staves()) : null;
        return new PageScore(page, reading.staves().size(), rate, staffRate, reference, recognized, (t1 - t0) / 1e9,
                reading.stavesSeconds(), reading.networkSeconds(), (t3 - t2) / 1e9);
    }
}
