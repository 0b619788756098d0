package org.scorelab.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work: a bar on a terminal, and plain lines (every tenth of the work) when the
 * output goes to a file or a pipe, where a redrawn bar would only leave noise.
 */
public interface Progress extends AutoCloseable {

    /** Reports that {@code done} of the total units are finished. */
    void update(long done);

    @Override
    void close();

    static Progress start(String task, long total, PrintStream err) {
        if (System.console() != null && total > 0) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate().build();
            return new Progress() {
                @Override
                public void update(long done) {
                    bar.stepTo(done);
                }

                @Override
                public void close() {
                    bar.close();
                }
            };
        }
        return new PlainProgress(task, total, err);
    }

    /** One line per tenth of the work. */
    final class PlainProgress implements Progress {
        private final String task;
        private final long total;
        private final PrintStream err;
        private final long startNanos = System.nanoTime();
        private long lastTenth = -1;

        PlainProgress(String task, long total, PrintStream err) {
            this.task = task;
            this.total = total;
            this.err = err;
        }

        @Override
        public synchronized void update(long done) {
            long tenth = total <= 0 ? 10 : done * 10 / total;
            if (tenth > lastTenth) {
                lastTenth = tenth;
                double s = (System.nanoTime() - startNanos) / 1e9;
                err.printf("%s: %d/%d (%.1f s)%n", task, done, total, s);
            }
        }

        @Override
        public void close() {
            err.flush();
        }
    }
}
