package org.scorelab.render.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelab.core.io.InvalidInputException;

class PageTruthTest {
    private static final PageTruth TRUTH = new PageTruth("p.png", 2480, 3508, "The Fun at Donnybrook",
            new ScanDegradation(-1.7, 0.7, 3, 0.85, -4_000_000_000L),
            List.of(new SystemTruth(List.of(1, 2, 3), List.of(303.7, 321.7, 339.7, 357.7, 375.7), 177, 2303.3),
                    new SystemTruth(List.of(4), List.of(519.7, 537.7, 555.7, 573.7, 591.7), 177, 1059.7)));

    @Test
    void formatsAsTabSeparatedRecordsAndReadsBack() throws Exception {
        String text = TRUTH.format();
        assertThat(text).isEqualTo("""
                scorelab-page-truth\t1
                image\tp.png
                size\t2480\t3508
                title\tThe Fun at Donnybrook
                scan\t-1.7000\t0.700\t3.00\t0.85\t-4000000000
                system\t1 2 3\t303.70 321.70 339.70 357.70 375.70\t177.00\t2303.30
                system\t4\t519.70 537.70 555.70 573.70 591.70\t177.00\t1059.70
                """);
        PageTruth back = PageTruth.parse("p.truth.tsv", text);
        assertThat(back).isEqualTo(TRUTH);
        assertThat(back.systems().get(0).interline()).isEqualTo(18.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void badFilesNameLineAndColumn() {
        assertThatThrownBy(() -> PageTruth.parse("t.tsv", "hello\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 1, col 1")
                .hasMessageContaining("found 'hello', expected 'scorelab-page-truth<TAB>1'");
        String bad = TRUTH.format().replace("303.70 321.70", "303.70 3x1.70");
        assertThatThrownBy(() -> PageTruth.parse("t.tsv", bad))
                .hasMessageContaining("line 6, col 21")
                .hasMessageContaining("found '3x1.70', expected a number");
        assertThatThrownBy(() -> PageTruth.parse("t.tsv", "scorelab-page-truth\t1\nsize\t10\n"))
                .hasMessageContaining("line 2, col 1")
                .hasMessageContaining("found 2 tab-separated fields in 'size\t10', expected 3");
        assertThatThrownBy(() -> PageTruth.parse("t.tsv", "scorelab-page-truth\t1\nsizes\t1\t2\n"))
                .hasMessageContaining("found record 'sizes', expected image, size, title, scan or system");
        assertThatThrownBy(() -> PageTruth.parse("t.tsv", "scorelab-page-truth\t1\nsize\t1\t2\n"))
                .hasMessageContaining("found no 'image' record, expected one");
        String unordered = TRUTH.format().replace("321.70 339.70", "339.70 321.70");
        assertThatThrownBy(() -> PageTruth.parse("t.tsv", unordered))
                .hasMessageContaining("line 6, col 1")
                .hasMessageContaining("staff lines must go down the page");
    }
}
