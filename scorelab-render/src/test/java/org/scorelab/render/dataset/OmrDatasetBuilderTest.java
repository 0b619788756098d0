package org.scorelab.render.dataset;

import org.scorelab.core.corpus.TitleSplit;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.render.verovio.StaffLines;
import org.scorelab.render.verovio.WorkerAssumptions;
import org.scorelab.render.verovio.WorkerSetup;

class OmrDatasetBuilderTest {
    private static final List<DatasetItem> ITEMS = RandomTunes.items(20, 7, TitleSplit.DEFAULT);

    /** The PrIMuS vocabularies as scorelab-core ships them. */
    private static Vocabulary primus() {
        return Vocabulary.primus();
    }

    @Test
    void writesFourFilesPerSampleAndAManifest(@TempDir Path out) throws Exception {
        WorkerSetup setup = WorkerAssumptions.installedSetup();
        Vocabulary vocabulary = new Vocabulary(primus().semantic(), t -> true);
        List<int[]> calls = new ArrayList<>();
        BuildResult r = new OmrDatasetBuilder(ITEMS, SampleEncoder.primus(), vocabulary, DatasetConfig.of(8, 3, false, 2), setup)
                .build(out, (done, total) -> calls.add(new int[] {done, total}));
        assertThat(r.failures()).isEmpty();
        assertThat(r.rows()).hasSize(8);
        assertThat(calls).hasSize(8);
        assertThat(calls.get(7)).containsExactly(8, 8);
        List<String> manifest = Files.readAllLines(r.manifest());
        assertThat(manifest.get(0)).isEqualTo("name,tune_id,title,split,clef,key,meter,measures,font,camera,tokens");
        assertThat(manifest).hasSize(9);
        for (ManifestRow row : r.rows()) {
            for (String ext : List.of(".png", ".semantic", ".agnostic", ".mei")) {
                assertThat(out.resolve(row.name() + ext)).isRegularFile();
            }
            String semantic = Files.readString(out.resolve(row.name() + ".semantic"));
            assertThat(semantic).startsWith("clef-" + row.clef() + "\tkeySignature-" + row.key() + "\ttimeSignature-" + row.meter());
            assertThat(Vocabulary.tokens(semantic)).hasSize(row.tokens()).allMatch(primus().semantic());
            BufferedImage img = ImageIO.read(out.resolve(row.name() + ".png").toFile());
            assertThat(img.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            assertThat(img.getHeight()).as(row.name()).isBetween(150, 260);
            assertThat(StaffLines.find(img).interline()).as(row.name()).isBetween(17.0, 19.0);
            assertThat(row.measures()).isBetween(1, 7);
            DatasetItem item = ITEMS.stream().filter(i -> i.id().equals(row.tuneId())).findFirst().orElseThrow();
            assertThat(row.split()).isEqualTo(item.split());
            assertThat(row.title()).isEqualTo(item.title());
        }
        try (var files = Files.list(out)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void manifestFieldsAreQuotedAsCsv() {
        StringBuilder sb = new StringBuilder();
        OmrDatasetBuilder.csvLine(sb, List.of("a", "Kesh Jig, The", "say \"hi\"", 3, true));
        assertThat(sb).hasToString("a,\"Kesh Jig, The\",\"say \"\"hi\"\"\",3,true\n");
    }

    @Test
    void sampleGeneratorsDependOnSeedAndIndexOnly() {
        assertThat(OmrDatasetBuilder.sampleRandom(1, 5).nextLong()).isEqualTo(OmrDatasetBuilder.sampleRandom(1, 5).nextLong())
                .isNotEqualTo(OmrDatasetBuilder.sampleRandom(1, 6).nextLong())
                .isNotEqualTo(OmrDatasetBuilder.sampleRandom(2, 5).nextLong());
        assertThat(OmrDatasetBuilder.name(42)).isEqualTo("0000042");
    }

    @Test
    void sameSeedGivesTheSameBytesWhateverTheThreadCount(@TempDir Path a, @TempDir Path b) throws Exception {
        WorkerSetup setup = WorkerAssumptions.installedSetup();
        new OmrDatasetBuilder(ITEMS, SampleEncoder.primus(), Vocabulary.ANY, DatasetConfig.of(4, 11, true, 1), setup)
                .build(a, null);
        new OmrDatasetBuilder(ITEMS, SampleEncoder.primus(), Vocabulary.ANY, DatasetConfig.of(4, 11, true, 2), setup)
                .build(b, null);
        for (int i = 0; i < 4; i++) {
            String n = OmrDatasetBuilder.name(i);
            assertThat(Files.readAllBytes(a.resolve(n + ".png"))).isEqualTo(Files.readAllBytes(b.resolve(n + ".png")));
            assertThat(Files.readString(a.resolve(n + ".mei"))).isEqualTo(Files.readString(b.resolve(n + ".mei")));
        }
        assertThat(Files.readString(a.resolve("manifest.csv"))).isEqualTo(Files.readString(b.resolve("manifest.csv")))
                .contains(",true,");
        assertThat(Files.readAllBytes(a.resolve("0000000.png"))).isNotEqualTo(Files.readAllBytes(a.resolve("0000001.png")));
    }

    @Test
    void heavierImagesChangeOnlyTheirOwnPixels(@TempDir Path plain, @TempDir Path bold) throws Exception {
        WorkerSetup setup = WorkerAssumptions.installedSetup();
        new OmrDatasetBuilder(ITEMS, SampleEncoder.primus(), Vocabulary.ANY, DatasetConfig.of(8, 11, false, 2), setup)
                .build(plain, null);
        new OmrDatasetBuilder(ITEMS, SampleEncoder.primus(), Vocabulary.ANY,
                DatasetConfig.of(8, 11, false, 2).withBoldShare(0.5), setup).build(bold, null);
        List<String> rows = Files.readAllLines(bold.resolve("manifest.csv"));
        int heavier = 0;
        for (int i = 0; i < 8; i++) {
            String n = OmrDatasetBuilder.name(i);
            assertThat(Files.readString(bold.resolve(n + ".semantic"))).isEqualTo(Files.readString(plain.resolve(n + ".semantic")));
            byte[] a = Files.readAllBytes(plain.resolve(n + ".png"));
            byte[] b = Files.readAllBytes(bold.resolve(n + ".png"));
            if (rows.get(i + 1).contains("+bold")) {
                heavier++;
                assertThat(ink(b)).isGreaterThan(ink(a) * 11 / 10);
            } else {
                assertThat(b).isEqualTo(a);
            }
        }
        assertThat(heavier).as("about half of 8 drawn heavier").isBetween(1, 7);
    }

    static long ink(byte[] png) throws java.io.IOException {
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += img.getRaster().getSample(x, y, 0) < 128 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void failuresAreCollectedAndTheOtherSamplesWritten(@TempDir Path out) throws Exception {
        WorkerSetup setup = WorkerAssumptions.installedSetup();
        SampleEncoder real = SampleEncoder.primus();
        SampleEncoder flaky = SampleEncoder.of(t -> t.info().key().fifths() == 2 ? "<mei>broken" : real.mei(t),
                real::semantic, real::agnostic);
        DatasetConfig config = DatasetConfig.of(12, 5, false, 2);
        BuildResult r = new OmrDatasetBuilder(ITEMS, flaky, Vocabulary.ANY, config, setup).build(out, null);
        assertThat(r.failures()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.reason()).contains("Verovio could not load the MEI");
            assertThat(out.resolve(f.name() + ".png")).doesNotExist();
        });
        assertThat(r.rows()).isNotEmpty().allMatch(row -> !row.key().equals("DM"));
        assertThat(r.rows().size() + r.failures().size()).isEqualTo(12);

        Vocabulary nothing = new Vocabulary(t -> !t.startsWith("clef-"), t -> true);
        BuildResult none = new OmrDatasetBuilder(ITEMS, real, nothing,
                new DatasetConfig(3, 1, false, null, null, 1, 4, java.time.Duration.ofSeconds(60), 0), setup)
                .build(out.resolve("none"), null);
        assertThat(none.rows()).isEmpty();
        assertThat(none.failures()).hasSize(3).allSatisfy(f -> assertThat(f.reason())
                .startsWith("gave up after 4 attempts; last: excerpt of random.abc#")
                .contains("has semantic token 'clef-"));
        assertThat(Files.readAllLines(none.manifest())).hasSize(1);
    }
}
