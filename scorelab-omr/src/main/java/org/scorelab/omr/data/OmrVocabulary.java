package org.scorelab.omr.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scorelab.core.io.AtomicFiles;
import org.scorelab.core.io.InvalidInputException;

/**
 * The output classes of the recognizer: index 0 is the CTC blank, index {@code i + 1} is token
 * {@code i}. The PrIMuS vocabularies are the ones that ship with scorelab-core (the order of their
 * files), so a model trained here reads exactly the PrIMuS tokens. A trained model stores its own
 * copy ({@link #save}), so that a later change of the shipped list cannot silently renumber it.
 */
public final class OmrVocabulary {

    /** The index of the CTC blank. */
    public static final int BLANK = 0;

    private final List<String> tokens;
    private final Map<String, Integer> index;
    private final NoteSpelling spelling;

    private OmrVocabulary(List<String> tokens, NoteSpelling spelling) {
        this.tokens = List.copyOf(tokens);
        this.spelling = spelling;
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < this.tokens.size(); i++) {
            if (m.put(this.tokens.get(i), i + 1) != null) {
                throw new IllegalArgumentException("duplicate token '" + this.tokens.get(i) + "'");
            }
        }
        this.index = Map.copyOf(m);
    }

    /** A vocabulary of the given tokens, in that order. */
    public static OmrVocabulary of(List<String> tokens) {
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a vocabulary needs at least one token");
        }
        for (String t : tokens) {
            if (t.isBlank() || t.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a token has no white space, found '" + t + "'");
            }
        }
        return new OmrVocabulary(tokens, NoteSpelling.SOUNDING);
    }

    /**
     * This vocabulary with the network's tokens in another spelling: the tokens the spelling needs
     * are appended (so the classes of this one keep their indices), {@link #encode} spells the
     * reference tokens and {@link #decode} reads them back.
     */
    public OmrVocabulary withSpelling(NoteSpelling s) {
        List<String> all = new ArrayList<>(tokens);
        all.addAll(s.missingTokens(tokens));
        return new OmrVocabulary(all, s);
    }

    /**
     * A saved vocabulary read in the spelling its model was trained in: its tokens as saved, none
     * added (they number the model's output classes).
     */
    public OmrVocabulary savedWith(NoteSpelling s) {
        return new OmrVocabulary(tokens, s);
    }

    /** How the network spells notes. */
    public NoteSpelling spelling() {
        return spelling;
    }

    /** The PrIMuS vocabulary of an encoding, as shipped in scorelab-core. */
    public static OmrVocabulary primus(Encoding encoding) {
        String resource = "/org/scorelab/core/primus/vocabulary_" + encoding.extension() + ".txt";
        try (InputStream in = OmrVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (scorelab-core)");
            }
            return of(lines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    /** Reads a vocabulary saved by {@link #save}: one token a line. */
    public static OmrVocabulary load(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return of(lines(r));
        }
    }

    private static List<String> lines(BufferedReader r) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        String line;
        while ((line = r.readLine()) != null) {
            String t = line.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return new ArrayList<>(out);
    }

    /** Writes one token a line, in index order. */
    public void save(Path file) throws IOException {
        AtomicFiles.writeString(file, String.join("\n", tokens) + "\n");
    }

    /** The number of classes, blank included. */
    public int classes() {
        return tokens.size() + 1;
    }

    /** The tokens in index order (index {@code i + 1} is element {@code i}). */
    public List<String> tokens() {
        return tokens;
    }

    /** The class index of a token. */
    public int index(String token) {
        Integer i = index.get(token);
        if (i == null) {
            throw new IllegalArgumentException("token '" + token + "' is not in the vocabulary");
        }
        return i;
    }

    /** The token of a class index other than the blank. */
    public String token(int classIndex) {
        if (classIndex < 1 || classIndex > tokens.size()) {
            throw new IllegalArgumentException("class index must be in 1.." + tokens.size() + ", was " + classIndex);
        }
        return tokens.get(classIndex - 1);
    }

    /**
     * The indices of a sample's tokens as the network spells them (for {@link NoteSpelling#PRINTED}
     * a line may have more classes than tokens).
     *
     * @throws InvalidInputException naming the source, the token's position and the token
     */
    public int[] encode(List<String> sampleTokens, String source) throws InvalidInputException {
        if (spelling == NoteSpelling.SOUNDING) {
            return classes(sampleTokens, source, "");
        }
        // only the spelt tokens must be known: a digit-read multirest may count what PrIMuS never
        // listed, and a model trained before its spelling's vocabulary was complete can lack a spelt token
        return classes(spelling.spell(sampleTokens), source, " as printed");
    }

    private int[] classes(List<String> line, String source, String spelt) throws InvalidInputException {
        int[] out = new int[line.size()];
        for (int i = 0; i < out.length; i++) {
            Integer k = index.get(line.get(i));
            if (k == null) {
                throw new InvalidInputException(source, "token " + (i + 1) + spelt,
                        "found '" + line.get(i) + "', expected a token of the model's vocabulary");
            }
            out[i] = k;
        }
        return out;
    }

    /** The tokens of class indices (blanks are skipped), read back from the network's spelling. */
    public List<String> decode(int[] classIndices) {
        List<String> out = new ArrayList<>(classIndices.length);
        for (int k : classIndices) {
            if (k != BLANK) {
                out.add(token(k));
            }
        }
        return spelling.read(out);
    }
}
