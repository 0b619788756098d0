package org.scorelab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.scorelab.core.corpus.Corpus;
import org.scorelab.core.corpus.Split;
import org.scorelab.core.corpus.TitleSplit;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.omr.data.Encoding;
import org.scorelab.omr.eval.page.ModelPageReader;
import org.scorelab.omr.eval.page.PageEvaluator;
import org.scorelab.omr.eval.page.PageMaker;
import org.scorelab.omr.eval.page.PageReport;
import org.scorelab.omr.eval.page.PageRun;
import org.scorelab.omr.recognize.OmrRecognizer;
import org.scorelab.nn.Engines;
import org.scorelab.omr.train.OmrModel;
import org.scorelab.render.page.PageSynthesizer;
import org.scorelab.render.verovio.VerovioPool;
import org.scorelab.render.verovio.VerovioWorker;
import org.scorelab.render.verovio.WorkerSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scorelab evaluate omr-pages}: the recogniser on whole scanned pages of held-out tunes. */
@Command(name = "omr-pages", mixinStandardHelpOptions = true,
        description = {"Scores the recognizer on whole pages: test-split tunes engraved as A4 pages at 300 dpi (title,",
            "several systems, skew up to 3 degrees, blur, noise; PNG, or JPEG with --jpeg), read, joined into one part",
            "and compared with the whole tune. A clef, key or time signature that restates the one in force is no error.",
            "Prints staves found vs drawn, SER per page and seconds per stage; writes OUT/pages.csv (one row per page),",
            "and per page its image, NAME.reference.semantic and NAME.recognized.semantic."})
final class EvaluateOmrPagesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "DIR", description = "Model folder (default: models/omr of the repository).")
    Path model;

    @Option(names = "--tunes", required = true, paramLabel = "DIR",
            description = "Folder of tunes; pages are made from its test split (by title, as 'dataset omr' splits).")
    Path tunes;

    @Option(names = "--pages", required = true, paramLabel = "N", description = "Pages to make and score.")
    int pages;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the tune order, fonts and scans (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--jpeg", description = "Save the pages as JPEG (quality 0.50-0.95) instead of PNG.")
    boolean jpeg;

    @Option(names = "--max-skew", defaultValue = "3", paramLabel = "DEG",
            description = "Largest skew of a page in degrees (default: ${DEFAULT-VALUE}).")
    double maxSkew;

    @Option(names = "--out", defaultValue = "omr-pages", paramLabel = "DIR",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--validation", paramLabel = "SHARE", defaultValue = "0.1",
            description = "Share of titles held out for validation, as given to 'dataset omr' (default: ${DEFAULT-VALUE}).")
    double validation;

    @Option(names = "--test", paramLabel = "SHARE", defaultValue = "0.1",
            description = "Share of titles held out for test, as given to 'dataset omr' (default: ${DEFAULT-VALUE}).")
    double test;

    @Option(names = "--beam", defaultValue = "1", paramLabel = "K", description = "Beam width, 1 = greedy (default: ${DEFAULT-VALUE}).")
    int beam;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "PyTorch threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        if (pages < 1 || pages > 10_000) {
            throw new ParameterException(spec.commandLine(), "--pages must be in 1..10000, was " + pages);
        }
        if (!(maxSkew >= 0 && maxSkew <= 10)) {
            throw new ParameterException(spec.commandLine(), "--max-skew must be in 0..10 degrees, was " + maxSkew);
        }
        if (beam < 1 || beam > 256) {
            throw new ParameterException(spec.commandLine(), "--beam must be in 1..256, was " + beam);
        }
        if (!Files.isDirectory(tunes)) {
            throw new ParameterException(spec.commandLine(), "--tunes " + tunes + ": not a folder");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": exists and is not a folder");
        }
        TitleSplit split;
        try {
            split = new TitleSplit(1 - validation - test, validation, test, "");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--validation/--test: " + e.getMessage());
        }
        var stdout = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Path folder = model == null ? OmrModels.defaultFolder() : model;
        if (!OmrModel.exists(folder)) {
            err.println("scorelab evaluate omr-pages: " + OmrModels.missing(folder));
            return ExitCode.FAILED;
        }
        WorkerSetup setup = WorkerSetup.locate();
        if (!setup.isInstalled()) {
            err.println("scorelab evaluate omr-pages: " + setup.problem());
            return ExitCode.FAILED;
        }
        Engines.threads(threads);
        FailureReport failures = new FailureReport();
        try (OmrModel m = OmrModel.load(folder)) {
            if (m.config().encoding() != Encoding.SEMANTIC) {
                err.println("scorelab evaluate omr-pages: the model in " + folder + " reads " + m.config().encoding()
                        + " tokens; pages are scored against the tune's semantic tokens, so a semantic model is needed");
                return ExitCode.FAILED;
            }
            Corpus corpus = Corpus.load(tunes, split);
            Set<String> vocabulary = new HashSet<>(m.vocabulary().tokens());
            List<PageRun.Candidate> candidates = PageRun.candidates(corpus.tunes(), vocabulary::contains, seed);
            long testTunes = corpus.tunes().stream().filter(t -> t.split() == Split.TEST).count();
            stdout.printf("read %d tune(s) from %s: %d in the test split, %d of them within the model's vocabulary%n",
                    corpus.tunes().size(), tunes, testTunes, candidates.size());
            stdout.flush();
            if (candidates.isEmpty()) {
                err.println("scorelab evaluate omr-pages: " + tunes + ": no test-split tune whose semantic tokens are all "
                        + "in the model's vocabulary, expected at least one");
                return ExitCode.FAILED;
            }
            Files.createDirectories(out);
            PageRun.Result result;
            try (VerovioPool pool = new VerovioPool(setup, 1, VerovioWorker.DEFAULT_TIMEOUT);
                 Progress progress = Progress.start("omr pages", pages, System.err)) {
                PageRun run = new PageRun(new PageMaker(new PageSynthesizer(pool), jpeg, maxSkew),
                        new PageEvaluator(new ModelPageReader(m, beam)));
                result = run.run(candidates, pages, seed, (page, score) -> {
                    AtomicFiles.writeBytes(out.resolve(page.fileName()), page.image());
                    AtomicFiles.writeString(out.resolve(page.name() + ".reference.semantic"),
                            OmrRecognizer.line(score.reference()));
                    AtomicFiles.writeString(out.resolve(page.name() + ".recognized.semantic"),
                            OmrRecognizer.line(score.recognized()));
                }, (done, total) -> progress.update(done));
            }
            Path csv = out.resolve("pages.csv");
            AtomicFiles.writeString(csv, PageReport.csv(result.scores()));
            stdout.print(PageReport.table(result.scores()));
            stdout.printf("%s, %s decoding, %d PyTorch thread(s); %d tune(s) skipped (%d did not fit on one page); "
                            + "engraving and scanning took %.1f s in all; per page: %s%n", jpeg ? "JPEG" : "PNG",
                    beam == 1 ? "greedy" : "beam " + beam, threads, result.skipped().size(),
                    result.skipped().stream().filter(s -> s.reason().contains("fit on one page")).count(),
                    result.synthesisSeconds(), csv);
            for (PageRun.Skipped s : result.skipped()) {
                if (!s.reason().contains("fit on one page")) {
                    failures.add(s.id() + ": no page: " + s.reason(), s.reason());
                }
            }
            for (InvalidInputException e : result.failures()) {
                failures.add(e.getMessage(), e.reason());
            }
            int made = result.scores().size() + result.failures().size();
            if (made < pages) {
                failures.add(tunes + ": only " + made + " of the " + pages + " pages asked for: the test split ran out of "
                        + "tunes that fit on one page", "ran out of tunes");
            }
        }
        return failures.print(err, 20);
    }
}
