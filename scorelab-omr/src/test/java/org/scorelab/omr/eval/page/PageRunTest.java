package org.scorelab.omr.eval.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scorelab.core.corpus.CorpusTune;
import org.scorelab.core.corpus.Split;
import org.scorelab.core.corpus.TuneLabel;
import org.scorelab.core.model.Tune;
import org.scorelab.omr.page.StaffFinder;
import org.scorelab.omr.page.TestPages;
import org.scorelab.render.page.PageSynthesizer;
import org.scorelab.render.verovio.VerovioPool;
import org.scorelab.render.verovio.VerovioWorker;
import org.scorelab.render.verovio.WorkerSetup;

class PageRunTest {

    private static CorpusTune corpusTune(Tune tune, String file, Split split) {
        return new CorpusTune(tune, new TuneLabel(file, 1, tune.info().title(), "", "", "", ""), split);
    }

    @Test
    void candidatesAreTestTunesWithinTheVocabularyInASeededOrder() {
        Tune tiny = TinyTune.tune();
        Tune demo = TestPages.demoTunes().get(0);
        Set<String> vocabulary = new HashSet<>(TinyTune.whole());
        List<CorpusTune> corpus = new ArrayList<>();
        corpus.add(corpusTune(tiny, "train.abc", Split.TRAIN));
        corpus.add(corpusTune(demo, "demo.abc", Split.TEST));
        for (int i = 0; i < 6; i++) {
            corpus.add(corpusTune(tiny, "tiny" + i + ".abc", Split.TEST));
        }
        List<PageRun.Candidate> a = PageRun.candidates(corpus, vocabulary::contains, 5);
        assertThat(a).extracting(PageRun.Candidate::id).containsExactlyInAnyOrder("tiny0.abc#1", "tiny1.abc#1",
                "tiny2.abc#1", "tiny3.abc#1", "tiny4.abc#1", "tiny5.abc#1");
        assertThat(PageRun.candidates(corpus, vocabulary::contains, 5)).isEqualTo(a);
        assertThat(PageRun.candidates(corpus, vocabulary::contains, 6)).isNotEqualTo(a);
    }

    /** Real pages engraved by Verovio (skipped without it), read by stubs that know the truth. */
    @Test
    void anEngravedJpegPageMatchesItsTruth() throws Exception {
        WorkerSetup setup = WorkerSetup.locate();
        assumeTrue(setup.isInstalled(), () -> "Verovio worker not installed: " + setup.problem());
        try (VerovioPool pool = new VerovioPool(setup, 1, VerovioWorker.DEFAULT_TIMEOUT)) {
            PageMaker maker = new PageMaker(new PageSynthesizer(pool), true, 3);
            Tune twice = TestPages.repeated(TestPages.demoTunes().get(0), 2);
            PageMaker.Made made = maker.make("page-001", "demo#2", twice, 3);
            assertThat(made.whole()).isTrue();
            PageCase page = made.page();
            assertThat(page.fileName()).isEqualTo("page-001.jpg");
            assertThat(page.stavesDrawn()).isGreaterThanOrEqualTo(3);
            assertThat(Math.abs(page.scan().skewDegrees())).isLessThanOrEqualTo(3);
            assertThat(page.scan().jpegQuality()).isBetween(0.5, 0.95);
            assertThat(page.reference()).isEqualTo(TuneTokens.whole(twice));
            PageReader finderThenTruth = image -> {
                List<?> found = new StaffFinder().find(image);
                return new PageReader.Reading(found.size() == page.stavesDrawn() ? page.systems() : List.of(), 0, 0);
            };
            PageScore s = new PageEvaluator(finderThenTruth).score(page);
            assertThat(s.stavesFound()).isEqualTo(page.stavesDrawn());
            assertThat(s.rate().errors()).isZero();
        }
    }

    /** A run over two tunes, the first too long for a page (skipped without Verovio). */
    @Tag("slow")
    @Test
    void aRunSkipsTunesLongerThanAPageAndScoresTheRest() throws Exception {
        WorkerSetup setup = WorkerSetup.locate();
        assumeTrue(setup.isInstalled(), () -> "Verovio worker not installed: " + setup.problem());
        try (VerovioPool pool = new VerovioPool(setup, 1, VerovioWorker.DEFAULT_TIMEOUT)) {
            Tune tiny = TinyTune.tune();
            Tune tooLong = TestPages.repeated(TestPages.demoTunes().get(0), 8);
            List<PageRun.Candidate> candidates = List.of(new PageRun.Candidate("long#1", tooLong),
                    new PageRun.Candidate("tiny#1", tiny));
            PageReader wholeTiny = (BufferedImage image) -> new PageReader.Reading(List.of(TuneTokens.whole(tiny)), 0, 0);
            List<String> sunk = new ArrayList<>();
            PageRun.Result r = new PageRun(new PageMaker(new PageSynthesizer(pool), false, 3),
                    new PageEvaluator(wholeTiny)).run(candidates, 1, 9, (p, score) -> sunk.add(p.fileName()), (d, t) -> { });
            assertThat(r.skipped()).singleElement().satisfies(k -> {
                assertThat(k.id()).isEqualTo("long#1");
                assertThat(k.reason()).contains("measures fit on one page").contains("of its " + tooLong.measures().size() + " measures");
            });
            assertThat(r.scores()).singleElement().satisfies(k -> {
                assertThat(k.page().name()).isEqualTo("page-001");
                assertThat(k.page().stavesDrawn()).isEqualTo(1);
                assertThat(k.stavesMatch()).isTrue();
                assertThat(k.rate().ser()).isZero();
            });
            assertThat(sunk).containsExactly("page-001.png");
        }
    }
}
