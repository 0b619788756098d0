package org.scorelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.scorelab.cli.demo.OmrDemo;
import org.scorelab.cli.demo.OmrExamples;
import org.scorelab.cli.demo.RecognitionPage;
import org.scorelab.cli.demo.Recognized;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.omr.train.OmrModel;
import org.scorelab.render.verovio.WorkerSetup;

/**
 * The demo's last step: the bundled score images read by the OMR model, or one line saying why
 * not. A missing model is no failure (one is shipped in models/omr, but a user may point the demo
 * elsewhere, and the rest of the demo stands on its own); a model that is there but cannot be
 * loaded is.
 *
 * @param model the model folder
 * @param out   the demo's output folder
 */
record OmrStep(Path model, Path out) {
    /** The HTML page, relative to the demo's output folder. */
    static final String PAGE = "recognition.html";
    /** The folder of the outputs, relative to the demo's output folder. */
    static final String FOLDER = "recognition";
    /** PyTorch threads: one was the fastest in the speed probe of docs/omr.md. */
    static final int THREADS = 1;

    /** Runs the step, prints what it did, and returns one line for the demo's index page. */
    String run(PrintWriter stdout, FailureReport failures) throws IOException {
        if (!OmrModel.exists(model)) {
            String line = "OMR skipped: no trained model in " + model + " (docs/omr.md says how to train one; --model DIR names another)";
            stdout.println("5/5 " + line);
            stdout.flush();
            return line;
        }
        stdout.println("5/5 recognising the bundled score images with the OMR model in " + model + " ...");
        stdout.flush();
        long start = System.nanoTime();
        try {
            OmrDemo.Report report = new OmrDemo(model, out.resolve(FOLDER), FOLDER + "/", WorkerSetup.locate(), THREADS)
                    .run(OmrExamples.bundled());
            AtomicFiles.writeString(out.resolve(PAGE), RecognitionPage.html(report, model.toString()));
            for (Recognized r : report.results()) {
                Recognized.Stages again = r.again();
                stdout.printf(Locale.ROOT, "    %s: %d %s, SER %.1f%% (edit distance %d over %d tokens), read in %.2f s end to end"
                                + " (again: %.2f s = PNG %.2f + staves %.2f + network %.2f)%n", r.example().name(), r.staves(),
                        r.staves() == 1 ? "staff" : "staves", 100 * r.ser().ser(), r.ser().errors(), r.ser().referenceTokens(),
                        r.seconds(), again.total(), again.read(), again.staves(), again.network());
                r.problems().forEach(p -> stdout.println("      " + p));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            stdout.printf(Locale.ROOT, "    model loaded in %.2f s, %d PyTorch thread(s); the step took %.1f s%n",
                    report.loadSeconds(), report.threads(), seconds);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%d bundled images read by the model in %s (%.1f s in all):",
                    report.results().size(), model, seconds));
            for (Recognized r : report.results()) {
                line.append(String.format(Locale.ROOT, " %s, %d %s, SER %.1f%%, %.2f s;", r.example().name(), r.staves(),
                        r.staves() == 1 ? "staff" : "staves", 100 * r.ser().ser(), r.again().total()));
            }
            return line.substring(0, line.length() - 1) + ".";
        } catch (InvalidInputException e) {
            failures.add(e.getMessage(), e.reason());
            return "OMR failed: " + e.getMessage();
        }
    }
}
