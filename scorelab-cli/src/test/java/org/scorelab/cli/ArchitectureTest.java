package org.scorelab.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the dependency lines of the design: inward only, no cycles, no networks in core/audio. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.scorelab");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.scorelab.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theMusicModelDependsOnNothingElseOfScorelab() {
        noClasses().that().resideInAPackage("org.scorelab.core.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.scorelab.core.codec..", "org.scorelab.core.abc..",
                        "org.scorelab.core.primus..", "org.scorelab.core.mei..", "org.scorelab.core.midi..",
                        "org.scorelab.core.musicxml..", "org.scorelab.core.formats..", "org.scorelab.core.corpus..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.scorelab.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.scorelab.cli..").check(classes);
    }

    @Test
    void coreAndAudioNeverTouchNetworksOrIndexes() {
        noClasses().that().resideInAnyPackage("org.scorelab.core..", "org.scorelab.audio..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.djl..", "org.apache.lucene..").check(classes);
    }
}
