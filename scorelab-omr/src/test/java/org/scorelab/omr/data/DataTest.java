package org.scorelab.omr.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.io.InvalidInputException;

class DataTest {

    @TempDir
    Path dir;

    @Test
    void primusVocabularyHasBlankZeroAndRoundTrips() throws Exception {
        OmrVocabulary v = OmrVocabulary.primus(Encoding.SEMANTIC);
        assertThat(v.classes()).isEqualTo(v.tokens().size() + 1);
        int k = v.index("clef-G2");
        assertThat(k).isPositive();
        assertThat(v.token(k)).isEqualTo("clef-G2");
        assertThat(v.decode(new int[] {0, k, 0})).containsExactly("clef-G2");
        assertThat(OmrVocabulary.primus(Encoding.AGNOSTIC).index("clef.G-L2")).isPositive();
        Path f = dir.resolve("vocabulary.txt");
        v.save(f);
        assertThat(OmrVocabulary.load(f).tokens()).isEqualTo(v.tokens());
        assertThatThrownBy(() -> v.encode(List.of("clef-G2", "note-H9_quarter"), "x.semantic"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("x.semantic").hasMessageContaining("token 2")
                .hasMessageContaining("'note-H9_quarter'");
        assertThatThrownBy(() -> v.token(0)).hasMessageContaining("was 0");
    }

    @Test
    void manifestReadsQuotedFieldsAndSplits() throws Exception {
        Path m = dir.resolve("manifest.csv");
        Files.writeString(m, "name,title,split\na,\"Reel, The \"\"Best\"\"\",train\nb,x,test\nc,y,train\n");
        Manifest manifest = Manifest.read(m);
        assertThat(manifest.names("train")).containsExactly("a", "c");
        assertThat(manifest.names("test")).containsExactly("b");
        Files.writeString(m, "name,title\na,b\n");
        assertThatThrownBy(() -> Manifest.read(m)).hasMessageContaining("line 1")
                .hasMessageContaining("expected the columns name and split");
    }

    @Test
    void staffIsNormalisedByItsInterlineNotTheImageHeight() throws Exception {
        StaffNormalizer n = new StaffNormalizer(8, 3, 3);
        assertThat(n.height()).isEqualTo(80);
        BufferedImage im = SyntheticStaves.staff(new int[] {0, 4, 8});
        StaffImage s = n.single(im, "synthetic");
        assertThat(s.height()).isEqualTo(80);
        // five lines over 4 interlines of 8 px: the top line at 3 interlines = row 24, the bottom at row 56
        assertThat(s.at(24, s.width() / 2)).isGreaterThan(0.3f);
        assertThat(s.at(56, s.width() / 2)).isGreaterThan(0.3f);
        assertThat(s.at(28, s.width() / 2 + 1)).isLessThan(0.2f);
        // the staff is 18 px interline wide in the source: the width shrinks by 8/18
        double expected = (im.getWidth() - 20 + SyntheticStaves.INTERLINE) * 8.0 / 18;
        assertThat((double) s.width()).isBetween(expected - 4, expected + 4);
        BufferedImage blank = new BufferedImage(300, 100, BufferedImage.TYPE_BYTE_GRAY);
        assertThatThrownBy(() -> n.single(blank, "blank.png")).hasMessageContaining("blank.png")
                .hasMessageContaining("found no five-line staff");
    }

    @Test
    void datasetLoadsSplitOnWorkersAndBatchesPadded() throws Exception {
        int[][] seqs = SyntheticStaves.eight();
        SyntheticStaves.writeFolder(dir, seqs, "train");
        Files.writeString(dir.resolve("s3.semantic"), "clef-G2\tnote-Q4_quarter\t");
        OmrDataset d = OmrDataset.load(dir, "train", Encoding.SEMANTIC, SyntheticStaves.vocabulary(),
                new StaffNormalizer(8, 3, 3), 0, 2);
        assertThat(d.samples()).hasSize(7);
        assertThat(d.failures()).singleElement().extracting(Throwable::getMessage).asString()
                .contains("s3.semantic").contains("note-Q4_quarter");
        assertThat(d.samples().get(1).tokens()).containsExactly("clef-G2", "note-F5_quarter", "note-B4_quarter");
        List<List<OmrSample>> batches = d.batches(3, new Random(1));
        assertThat(batches).hasSize(3);
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(7);
        try (NDManager m = NDManager.newBaseManager()) {
            List<OmrSample> b = d.samples().subList(0, 3);
            OmrBatch batch = OmrBatch.of(m, b, w -> w / 4);
            int maxW = b.stream().mapToInt(s -> s.image().width()).max().orElseThrow();
            assertThat(batch.images().getShape().getShape()).containsExactly(3, 1, 80, maxW);
            assertThat(batch.targets().getShape().getShape()).containsExactly(3, 4);
            assertThat(batch.targetLengths().toIntArray()).containsExactly(2, 3, 4);
            assertThat(batch.steps().toIntArray()[0]).isEqualTo(b.get(0).image().width() / 4);
            // padding beyond the first sample's width is blank paper
            assertThat(batch.images().get(0, 0, 40, maxW - 1).getFloat()).isZero();
            int seen = 0;
            for (ai.djl.training.dataset.Batch djl : new OmrBatches(d, 3, null, w -> w / 4).getData(m)) {
                assertThat(djl.getData()).hasSize(2);
                assertThat(djl.getLabels()).hasSize(2);
                seen += djl.getSize();
                djl.close();
            }
            assertThat(seen).isEqualTo(7);
        }
    }
}
