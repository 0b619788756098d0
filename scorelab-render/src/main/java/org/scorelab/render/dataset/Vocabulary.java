package org.scorelab.render.dataset;

import java.util.List;
import java.util.function.Predicate;
import org.scorelab.core.primus.PrimusVocabulary;

/**
 * Which tokens a sample may contain: a model trained on PrIMuS can only emit PrIMuS's tokens, so
 * an excerpt with any other token is drawn again rather than written.
 *
 * @param semantic accepts a semantic token
 * @param agnostic accepts an agnostic token
 */
public record Vocabulary(Predicate<String> semantic, Predicate<String> agnostic) {
    /** Accepts every token. */
    public static final Vocabulary ANY = new Vocabulary(t -> true, t -> true);

    public Vocabulary {
        if (semantic == null || agnostic == null) {
            throw new IllegalArgumentException("both predicates are required");
        }
    }

    /** The PrIMuS vocabularies shipped with scorelab-core. */
    public static Vocabulary primus() {
        PrimusVocabulary semantic = PrimusVocabulary.semantic();
        PrimusVocabulary agnostic = PrimusVocabulary.agnostic();
        return new Vocabulary(semantic::contains, agnostic::contains);
    }

    /** The tokens of an encoding: split on whitespace, empties dropped. */
    public static List<String> tokens(String encoding) {
        return List.of(encoding.strip().split("\\s+")).stream().filter(s -> !s.isEmpty()).toList();
    }

    /** The first token of {@code semantic} or {@code agnostic} that is refused, or null. */
    public String firstUnknown(String semanticText, String agnosticText) {
        for (String t : tokens(semanticText)) {
            if (!semantic.test(t)) {
                return "semantic token '" + t + "'";
            }
        }
        for (String t : tokens(agnosticText)) {
            if (!agnostic.test(t)) {
                return "agnostic token '" + t + "'";
            }
        }
        return null;
    }
}
