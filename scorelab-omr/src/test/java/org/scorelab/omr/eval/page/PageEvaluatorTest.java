package org.scorelab.omr.eval.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.scorelab.render.page.ScanDegradation;

/** The scoring of a page on its own: the staves are "read" by a stub that answers from the truth. */
class PageEvaluatorTest {

    /** A reader that ignores the image and returns the given staves. */
    record Given(List<List<String>> staves) implements PageReader {
        @Override
        public Reading read(BufferedImage page) {
            return new Reading(staves, 0, 0);
        }
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 100);
        g.setColor(Color.BLACK);
        for (int i = 0; i < 5; i++) {
            g.drawLine(10, 30 + 8 * i, 190, 30 + 8 * i);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static PageCase tinyPage() throws IOException {
        var tune = TinyTune.tune();
        List<List<String>> systems = new ArrayList<>();
        for (List<Integer> s : TinyTune.SYSTEMS) {
            systems.add(TuneTokens.system(tune, s));
        }
        return new PageCase("page-001", "png", png(), "tiny.abc#1", "Tiny", new ScanDegradation(1.5, 0.5, 4, 0, 7),
                TuneTokens.whole(tune), systems);
    }

    @Test
    void stavesReadAsDrawnScoreZeroAfterJoining() throws Exception {
        PageCase page = tinyPage();
        PageScore s = new PageEvaluator(new Given(page.systems())).score(page);
        assertThat(s.stavesFound()).isEqualTo(3);
        assertThat(s.stavesMatch()).isTrue();
        assertThat(s.rate().errors()).isZero();
        assertThat(s.rate().referenceTokens()).isEqualTo(16);
        assertThat(s.staffRate().ser()).isZero();
        assertThat(s.staffRate().samples()).isEqualTo(3);
        assertThat(s.recognized()).isEqualTo(TinyTune.whole());
    }

    @Test
    void aMissedMiddleStaffCostsItsNotesAndBarOnly() throws Exception {
        PageCase page = tinyPage();
        List<List<String>> read = List.of(page.systems().get(0), page.systems().get(2));
        PageScore s = new PageEvaluator(new Given(read)).score(page);
        // The third staff's clef and time restate the ones in force and go; its key (D major) is a
        // change after the first staff's G major and stays, where the tune has it: only the second
        // staff's note-D5, note-E5 and barline are missing.
        assertThat(s.recognized()).containsExactly("clef-G2", "keySignature-GM", "timeSignature-2/4", "note-G4_quarter",
                "note-A4_quarter", "barline", "note-B4_quarter", "note-C5_quarter", "barline", "keySignature-DM",
                "note-F#5_quarter", "note-G5_quarter", "barline");
        assertThat(s.rate().errors()).isEqualTo(3);
        assertThat(s.rate().ser()).isEqualTo(3.0 / 16);
        assertThat(s.stavesFound()).isEqualTo(2);
        assertThat(s.stavesMatch()).isFalse();
        assertThat(s.staffRate()).isNull();
    }

    @Test
    void aMissedFirstStaffAndAnExtraStaffAreCountedToo() throws Exception {
        PageCase page = tinyPage();
        PageScore first = new PageEvaluator(new Given(page.systems().subList(1, 3))).score(page);
        assertThat(first.rate().errors()).isEqualTo(6);
        List<List<String>> extra = new ArrayList<>();
        extra.add(List.of("clef-G2", "note-C5_quarter"));
        extra.addAll(page.systems());
        PageScore title = new PageEvaluator(new Given(extra)).score(page);
        assertThat(title.stavesFound()).isEqualTo(4);
        assertThat(title.rate().errors()).isEqualTo(1);
        PageSummary sum = PageSummary.of(List.of(first, title));
        assertThat(sum.rate().errors()).isEqualTo(7);
        assertThat(sum.rate().referenceTokens()).isEqualTo(32);
        assertThat(sum.stavesDrawn()).isEqualTo(6);
        assertThat(sum.stavesFound()).isEqualTo(6);
        assertThat(sum.pagesMiscounted()).isEqualTo(2);
        assertThat(sum.pagesWithin2()).isZero();
        assertThat(sum.meanPageSer()).isEqualTo((6.0 / 16 + 1.0 / 16) / 2);
    }

    @Test
    void theReportHasOneCsvRowPerPageAndATable() throws Exception {
        PageCase page = tinyPage();
        PageScore ok = new PageEvaluator(new Given(page.systems())).score(page);
        PageScore missed = new PageEvaluator(new Given(page.systems().subList(0, 2))).score(page);
        String csv = PageReport.csv(List.of(ok, missed));
        String[] lines = csv.split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(String.join(",", PageReport.HEADER));
        assertThat(lines[1]).startsWith("page-001,page-001.png,tiny.abc#1,Tiny,1.500,0.500,4.00,0.00,3,3,16,16,0,0.0000,0,22,0.0000,");
        assertThat(lines[2]).contains(",3,2,16,13,3,0.1875,,,,");
        String table = PageReport.table(List.of(ok, missed));
        assertThat(table).contains("2 page(s): SER 0.0938 (3 errors / 32 tokens)").contains("1 page(s) within 2%")
                .contains("staves found 5 of 6 drawn; 1 page(s) with a missed or extra staff");
    }

    @Test
    void anUnreadableImageIsNamed() throws Exception {
        PageCase page = tinyPage();
        PageCase broken = new PageCase("page-002", "jpg", "not an image".getBytes(), "t", "T", ScanDegradation.NONE,
                page.reference(), page.systems());
        assertThatThrownBy(() -> new PageEvaluator(new Given(page.systems())).score(broken))
                .hasMessageContaining("page-002.jpg").hasMessageContaining("not an image");
        assertThatThrownBy(() -> new PageCase("page 3", "png", new byte[1], "t", "T", ScanDegradation.NONE, List.of(),
                List.of())).hasMessageContaining("page name must be");
        assertThatThrownBy(() -> new PageCase("p", "gif", new byte[1], "t", "T", ScanDegradation.NONE, List.of(),
                List.of())).hasMessageContaining("format must be png or jpg, was 'gif'");
    }
}
