package org.scorelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class FailureReportTest {

    @Test
    void groupsReasonsByTheirShape() {
        assertThat(FailureReport.shorten("found ',', expected a note (tune X:612 \"PADDY\")"))
                .isEqualTo(FailureReport.shorten("found '4', expected a note (tune X:1 \"Other\")"))
                .isEqualTo("found '…', expected a note");
        assertThat(FailureReport.shorten("line 12, col 5: too long")).isEqualTo("line N, col N: too long");
    }

    @Test
    void printsEveryFailureThenCountsAndReturnsOne() {
        FailureReport r = new FailureReport();
        r.add("a.abc: line 1: found 'x'", "found 'x'");
        r.add("b.abc: line 2: found 'y'", "found 'y'");
        r.add("c.mid: no notes", "no notes");
        StringWriter s = new StringWriter();
        assertThat(r.print(new PrintWriter(s), 50)).isEqualTo(ExitCode.FAILED);
        assertThat(s.toString()).contains("3 input(s) failed", "a.abc: line 1", "c.mid: no notes")
                .contains("    2  found '…'").contains("    1  no notes");
        assertThat(new FailureReport().print(new PrintWriter(new StringWriter()), 50)).isEqualTo(ExitCode.OK);
    }
}
