package org.scorelab.genre.classify;

import java.util.Locale;

/** The classifiers compared, each a Tribuo trainer (see {@link GenreTrainer}). */
public enum ClassifierKind {
    /** One CART decision tree (Gini). */
    DECISION_TREE("decision tree"),
    /** Bagged CART trees with a random feature subset at each split, majority vote. */
    RANDOM_FOREST("random forest"),
    /** k nearest neighbours in standardised feature space (Euclidean), majority vote. */
    KNN("k-nearest neighbours"),
    /** Multinomial logistic regression trained by SGD with AdaGrad. */
    SOFTMAX("softmax regression"),
    /** Linear SVM (LibLinear, L2-regularised squared hinge, one-vs-rest). */
    LINEAR_SVM("linear SVM"),
    /** Kernel SVM (LibSVM C-SVC, RBF kernel, one-vs-one, Platt-scaled probabilities). */
    RBF_SVM("RBF SVM");

    private final String title;

    ClassifierKind(String title) {
        this.title = title;
    }

    /** Human name for tables. */
    public String title() {
        return title;
    }

    /** The name on the command line and in files: {@code random-forest}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind named {@code name} (as {@link #cliName()} or the enum name), or throws naming the choices. */
    public static ClassifierKind parse(String name) {
        for (ClassifierKind k : values()) {
            if (k.cliName().equals(name) || k.name().equals(name)) {
                return k;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (ClassifierKind k : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(k.cliName());
        }
        throw new IllegalArgumentException("unknown classifier '" + name + "', expected one of " + sb);
    }
}
