package org.scorelab.omr.eval.page;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.scorelab.core.corpus.CorpusTune;
import org.scorelab.core.corpus.Split;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.model.Tune;
import org.scorelab.render.verovio.RenderException;

/**
 * A page evaluation from start to end: held-out tunes in a seeded order, each engraved as a page
 * ({@link PageMaker}) and scored ({@link PageEvaluator}) until enough pages are scored. A tune
 * that does not fit on one page is skipped rather than cut, so every page is scored against its
 * whole tune.
 *
 * @param maker     engraves the pages
 * @param evaluator reads and scores them
 */
public record PageRun(PageMaker maker, PageEvaluator evaluator) {

    /**
     * A tune a page may be made of.
     *
     * @param id    where it comes from ({@code file.abc#12})
     * @param tune  the music
     */
    public record Candidate(String id, Tune tune) {
    }

    /** A tune that gave no page, and why. */
    public record Skipped(String id, String reason) {
    }

    /**
     * What a run did.
     *
     * @param scores           the pages scored, in order
     * @param skipped          tunes that gave no page
     * @param failures         pages whose image could not be read back
     * @param synthesisSeconds engraving, degrading and encoding all pages (not part of recognition)
     */
    public record Result(List<PageScore> scores, List<Skipped> skipped, List<InvalidInputException> failures,
                         double synthesisSeconds) {
        public Result {
            scores = List.copyOf(scores);
            skipped = List.copyOf(skipped);
            failures = List.copyOf(failures);
        }
    }

    /** Receives each page as it is scored, e.g. to write its image and tokens. */
    public interface Sink {
        void accept(PageCase page, PageScore score) throws IOException;
    }

    /** Told after each page. */
    public interface Progress {
        void update(int done, int total);
    }

    public PageRun {
        if (maker == null || evaluator == null) {
            throw new IllegalArgumentException("maker and evaluator are required");
        }
    }

    /**
     * The test-split tunes whose whole semantic encoding the model can emit, in an order drawn
     * from the seed. A tune the writer cannot encode, or with a token outside {@code vocabulary},
     * would be an error no recogniser could avoid, so it is left out (as the data builder does).
     */
    public static List<Candidate> candidates(List<CorpusTune> corpus, Predicate<String> vocabulary, long seed) {
        List<Candidate> out = new ArrayList<>();
        for (CorpusTune t : corpus) {
            if (t.split() != Split.TEST || t.tune().measures().isEmpty()) {
                continue;
            }
            List<String> tokens;
            try {
                tokens = TuneTokens.whole(t.tune());
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (tokens.stream().allMatch(vocabulary)) {
                out.add(new Candidate(t.label().id(), t.tune()));
            }
        }
        Collections.shuffle(out, new Random(seed));
        return out;
    }

    /**
     * Makes and scores up to {@code pages} pages from the candidates in order.
     *
     * @throws IOException when the sink cannot write
     */
    public Result run(List<Candidate> candidates, int pages, long seed, Sink sink, Progress progress)
            throws IOException {
        if (pages < 1) {
            throw new IllegalArgumentException("pages must be at least 1, was " + pages);
        }
        List<PageScore> scores = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<InvalidInputException> failures = new ArrayList<>();
        double synthesis = 0;
        for (int i = 0; i < candidates.size() && scores.size() + failures.size() < pages; i++) {
            Candidate c = candidates.get(i);
            String name = String.format("page-%03d", scores.size() + failures.size() + 1);
            long t0 = System.nanoTime();
            PageMaker.Made made;
            try {
                made = maker.make(name, c.id(), c.tune(), seed * 0x9E3779B97F4A7C15L + i);
            } catch (RenderException | IllegalArgumentException e) {
                skipped.add(new Skipped(c.id(), e.getMessage()));
                continue;
            } finally {
                synthesis += (System.nanoTime() - t0) / 1e9;
            }
            if (!made.whole()) {
                skipped.add(new Skipped(c.id(), "only " + made.measuresOnPage() + " of its " + made.measuresInTune()
                        + " measures fit on one page"));
                continue;
            }
            try {
                PageScore score = evaluator.score(made.page());
                scores.add(score);
                sink.accept(made.page(), score);
            } catch (InvalidInputException e) {
                failures.add(e);
            }
            progress.update(scores.size() + failures.size(), pages);
        }
        return new Result(scores, skipped, failures, synthesis);
    }
}
