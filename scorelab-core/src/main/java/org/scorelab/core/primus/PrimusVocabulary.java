package org.scorelab.core.primus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The PrIMuS token vocabularies (1,781 semantic and 758 agnostic tokens, from the
 * tf-end-to-end repository, MIT licence, shipped next to the files as
 * {@code LICENSE-tf-end-to-end.txt}). Models trained on PrIMuS only know these tokens, so writers'
 * output is checked against them ({@link OutOfVocabularyCounter}).
 */
public final class PrimusVocabulary {

    private final String name;
    private final Set<String> tokens;

    private PrimusVocabulary(String name, Set<String> tokens) {
        this.name = name;
        this.tokens = tokens;
    }

    /** The semantic vocabulary. */
    public static PrimusVocabulary semantic() {
        return Holder.SEMANTIC;
    }

    /** The agnostic vocabulary. */
    public static PrimusVocabulary agnostic() {
        return Holder.AGNOSTIC;
    }

    /** A vocabulary of the given tokens (for tests and extended vocabularies). */
    public static PrimusVocabulary of(String name, List<String> tokens) {
        return new PrimusVocabulary(name, Set.copyOf(tokens));
    }

    public boolean contains(String token) {
        return tokens.contains(token);
    }

    /** Every token, unordered and unmodifiable. */
    public Set<String> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public String name() {
        return name;
    }

    /** Loaded once, on first use; immutable afterwards. */
    private static final class Holder {
        static final PrimusVocabulary SEMANTIC = load("semantic", "vocabulary_semantic.txt");
        static final PrimusVocabulary AGNOSTIC = load("agnostic", "vocabulary_agnostic.txt");
    }

    private static PrimusVocabulary load(String name, String resource) {
        Set<String> out = new LinkedHashSet<>();
        try (InputStream in = PrimusVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " next to " + PrimusVocabulary.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return new PrimusVocabulary(name, Set.copyOf(out));
    }
}
