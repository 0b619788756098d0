package org.scorelab.render.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.scorelab.core.corpus.Split;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.io.InvalidInputException;

/**
 * Wraps real PrIMuS incipits (each {@code NAME.png} with its {@code NAME.semantic}, and
 * {@code NAME.agnostic} where there is one, in any folder below the one given, as the PrIMuS
 * packages nest them) into the folder format the OMR evaluator reads: the files side by side and
 * a {@code manifest.csv} that puts every incipit in one split. The PrIMuS files are copied, never
 * changed, so a read-only corpus can be wrapped.
 */
public final class PrimusFolder {

    /**
     * What was wrapped.
     *
     * @param names    the incipits written, by name
     * @param skipped  the images left out, each with the reason
     * @param manifest the manifest written
     */
    public record Result(List<String> names, List<InvalidInputException> skipped, Path manifest) {
        public Result {
            names = List.copyOf(names);
            skipped = List.copyOf(skipped);
        }
    }

    private PrimusFolder() {
    }

    /**
     * Copies every incipit found below {@code in} into {@code out} and writes its manifest.
     *
     * @throws IOException when {@code in} is not a folder or a file cannot be copied
     */
    public static Result wrap(Path in, Path out, Split split) throws IOException {
        if (!Files.isDirectory(in)) {
            throw new IOException(in + ": not a folder of PrIMuS incipits (NAME.png with NAME.semantic)");
        }
        Map<String, Path> found = new TreeMap<>();
        List<InvalidInputException> skipped = new ArrayList<>();
        try (Stream<Path> files = Files.walk(in)) {
            for (Path png : files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList()) {
                String file = png.getFileName().toString();
                String name = file.substring(0, file.length() - ".png".length());
                if (!Files.isRegularFile(png.resolveSibling(name + ".semantic"))) {
                    skipped.add(new InvalidInputException(png.toString(), "file",
                            "found no " + name + ".semantic beside it, expected the incipit's semantic tokens"));
                } else if (found.containsKey(name)) {
                    skipped.add(new InvalidInputException(png.toString(), "file",
                            "found a second incipit named " + name + " (the first is " + found.get(name) + "), expected unique names"));
                } else {
                    found.put(name, png);
                }
            }
        }
        Files.createDirectories(out);
        StringBuilder manifest = new StringBuilder("name,split,source\n");
        for (Map.Entry<String, Path> e : found.entrySet()) {
            String name = e.getKey();
            Path png = e.getValue();
            for (String ext : List.of(".png", ".semantic", ".agnostic")) {
                Path from = png.resolveSibling(name + ext);
                Path to = out.resolve(name + ext);
                if (Files.isRegularFile(from) && !(Files.exists(to) && Files.isSameFile(from, to))) {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            OmrDatasetBuilder.csvLine(manifest, List.of(name, split.label(), in.relativize(png).toString()));
        }
        Path file = out.resolve("manifest.csv");
        AtomicFiles.writeString(file, manifest.toString());
        return new Result(List.copyOf(found.keySet()), skipped, file);
    }
}
