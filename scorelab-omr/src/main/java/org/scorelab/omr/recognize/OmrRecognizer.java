package org.scorelab.omr.recognize;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.scorelab.core.formats.Format;
import org.scorelab.core.formats.Formats;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.model.Tune;
import org.scorelab.core.primus.AgnosticReader;
import org.scorelab.core.primus.SemanticReader;
import org.scorelab.omr.data.Encoding;
import org.scorelab.omr.data.StaffImage;
import org.scorelab.omr.image.ImageInput;
import org.scorelab.nn.Engines;
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

    /**
     * What became of one image of {@link #recognizeAll}: its page, or why it could not be read.
     *
     * @param image   the image file
     * @param page    the page read, null on failure
     * @param failure the reason, null on success
     */
    public record Outcome(Path image, Page page, InvalidInputException failure) {
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
        return read(staves(image, source), source);
    }

    /**
     * Reads image files in order, preparing each one (decoding, staff finding, crops: plain Java
     * work) on {@code workers} threads while the calling thread runs the network on the images
     * already prepared: on two cores the next page's preparation overlaps this page's network.
     * At most {@code 2 * workers} prepared images wait at a time. With 0 workers everything runs on
     * the calling thread. Each outcome reaches {@code sink} in input order, on the calling thread;
     * a failed image does not stop the others.
     */
    public void recognizeAll(List<Path> images, int workers, Consumer<Outcome> sink) {
        if (workers < 0 || workers > 64) {
            throw new IllegalArgumentException("workers must be in 0..64, was " + workers);
        }
        if (workers == 0) {
            images.forEach(image -> sink.accept(outcome(prepare(image))));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "omr-prepare");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Prepared>> pending = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < images.size(); i++) {
                while (next < images.size() && next < i + 2 * workers) {
                    Path image = images.get(next++);
                    pending.add(pool.submit(() -> prepare(image)));
                }
                sink.accept(outcome(await(pending.remove())));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** An image's normalised staves, or why it has none. */
    private record Prepared(Path image, List<StaffImage> staves, InvalidInputException failure) {
    }

    private Prepared prepare(Path image) {
        try {
            return new Prepared(image, staves(ImageInput.DEFAULT.read(image), image.toString()), null);
        } catch (InvalidInputException e) {
            return new Prepared(image, List.of(), e);
        }
    }

    private Outcome outcome(Prepared p) {
        if (p.failure() != null) {
            return new Outcome(p.image(), null, p.failure());
        }
        return new Outcome(p.image(), read(p.staves(), p.image().toString()), null);
    }

    private static Prepared await(Future<Prepared> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing images", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private List<StaffImage> staves(BufferedImage image, String source) throws InvalidInputException {
        List<StaffImage> staves = model.config().normalizer().staves(image);
        if (staves.isEmpty()) {
            throw new InvalidInputException(source, "image", "found no five-line staff, expected a score image");
        }
        return staves;
    }

    /** The network and the decoder, on the calling thread, without gradient recording. */
    private Page read(List<StaffImage> staves, String source) {
        Engines.inferenceOnly();
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
