package org.scorelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path dir;

    private Path abc(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void writesOneFilePerTuneAndNamesTheBadOne() throws Exception {
        Path in = abc("two.abc", "X:1\nT:Good\nM:2/4\nL:1/8\nK:G\nGABc|d4|]\n\nX:2\nT:Bad\nM:2/4\nL:1/8\nK:G\nGA/0Bc|]\n");
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("convert", in.toString(), "--to", "semantic", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(Files.readString(out.resolve("two-1.semantic"))).isEqualTo(
                "clef-G2\tkeySignature-GM\ttimeSignature-2/4\tnote-G4_eighth\tnote-A4_eighth\tnote-B4_eighth\tnote-C5_eighth\t"
                        + "barline\tnote-D5_half\tbarline\t");
        assertThat(out.resolve("two-2.semantic")).doesNotExist();
        assertThat(run.err()).contains("two.abc: line 13, col 3").contains("'/0'").contains("X:2");
        assertThat(run.out()).contains("converted 1 of 2 tune(s)").contains("0 of 10 tokens outside it");
    }

    @Test
    void everyFormatWritesItsExtension() throws Exception {
        Path in = abc("one.abc", "X:7\nT:One\nM:3/4\nL:1/4\nK:D\nd e f|a3|]\n");
        for (String f : new String[] {"semantic", "agnostic", "musicxml", "mei", "midi", "abc"}) {
            Path out = dir.resolve("out-" + f);
            CommandRun run = CommandRun.of("convert", in.toString(), "--to", f, "--out", out.toString());
            assertThat(run.exitCode()).as(f + ": " + run.err()).isZero();
            String ext = f.equals("midi") ? "mid" : f;
            assertThat(Files.size(out.resolve("one-7." + ext))).as(f).isPositive();
        }
    }

    @Test
    void convertedFilesReadBackToTheSameTokens() throws Exception {
        Path in = abc("round.abc", "X:3\nT:R\nM:6/8\nL:1/8\nK:Em\nB2e edB|A2F D3|]\n");
        Path xml = dir.resolve("xml");
        assertThat(CommandRun.of("convert", in.toString(), "--to", "musicxml", "--out", xml.toString()).exitCode()).isZero();
        Path fromXml = dir.resolve("from-xml");
        assertThat(CommandRun.of("convert", xml.resolve("round-3.musicxml").toString(), "--to", "semantic", "--out",
                fromXml.toString()).exitCode()).isZero();
        Path direct = dir.resolve("direct");
        assertThat(CommandRun.of("convert", in.toString(), "--to", "semantic", "--out", direct.toString()).exitCode()).isZero();
        assertThat(Files.readString(fromXml.resolve("round-3.semantic"))).isEqualTo(Files.readString(direct.resolve("round-3.semantic")));
    }

    @Test
    void unknownFileTypeAndMissingFileAreNamedAndTheRestIsWritten() throws Exception {
        Path good = abc("good.abc", "X:1\nT:G\nM:2/4\nL:1/8\nK:C\nCDEF|]\n");
        Path txt = abc("notes.txt", "hello");
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("convert", txt.toString(), dir.resolve("missing.abc").toString(), good.toString(),
                "--to", "abc", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("notes.txt: unknown file type, expected one of .abc").contains("missing.abc");
        assertThat(out.resolve("good-1.abc")).exists();
    }

    @Test
    void usageErrorsExitWithTwo() {
        CommandRun noFormat = CommandRun.of("convert", "x.abc", "--out", "o");
        assertThat(noFormat.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noFormat.err()).contains("--to");
        CommandRun badFormat = CommandRun.of("convert", "x.abc", "--to", "pdf", "--out", "o");
        assertThat(badFormat.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badFormat.err()).contains("unknown format 'pdf', expected one of semantic, agnostic, musicxml, mei, midi, abc");
        assertThat(CommandRun.of().exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void helpListsTheFormats() {
        CommandRun help = CommandRun.of("convert", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("semantic, agnostic, musicxml, mei, midi, abc");
    }
}
