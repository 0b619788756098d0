package org.scorelab.genre.audio;

import java.nio.file.Files;
import java.nio.file.Path;
import org.scorelab.audio.synth.RenderOptions;

/**
 * The instruments clips are rendered with: the JDK's built-in sound set ({@code jdk}) or an SF2 file.
 *
 * @param name      short name for tables and cache files ({@code jdk}, or the SF2 file's name without extension)
 * @param soundbank the SF2 file, null for the built-in sounds
 */
public record SoundSet(String name, Path soundbank) {

    public static final SoundSet JDK = new SoundSet("jdk", null);

    public SoundSet {
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("sound set name must be letters, digits, . _ -, was '" + name + "'");
        }
    }

    /**
     * {@code jdk} or the path of an SF2 file.
     *
     * @throws IllegalArgumentException naming the file when it does not exist
     */
    public static SoundSet parse(String spec) {
        if (spec.equals("jdk")) {
            return JDK;
        }
        Path p = Path.of(spec);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(spec + ": no such sound set file; give 'jdk' or an SF2 file");
        }
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return new SoundSet((dot > 0 ? n.substring(0, dot) : n).replaceAll("[^A-Za-z0-9._-]", "_"), p);
    }

    public RenderOptions render() {
        return soundbank == null ? RenderOptions.DEFAULT : RenderOptions.DEFAULT.withSoundbank(soundbank);
    }
}
