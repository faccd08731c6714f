package org.crossflag.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureCasesTests {

    @TempDir
    Path dir;

    @Test
    void folderWithoutCasesFails() throws Exception {
        Files.writeString(dir.resolve("body.xml"), "<x/>");

        assertThatThrownBy(() -> FixtureCases.fromFolder(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds no *.json case");
    }

    @Test
    void emptyFolderFails() {
        assertThatThrownBy(() -> FixtureCases.fromFolder(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds no *.json case");
    }

    @Test
    void missingFolderFails() {
        assertThatThrownBy(() -> FixtureCases.fromFolder(dir.resolve("absent")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void folderMissingFromTheClassPathFails() {
        assertThatThrownBy(() -> FixtureCases.fromClasspath("refusals/no-such-folder"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no fixture folder");
    }

    @Test
    void everyJsonFileBelowTheFolderIsACaseInNameOrder() throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/second.json"), "{\"description\": \"two\"}");
        Files.writeString(dir.resolve("a-first.json"), "{\"description\": \"one\", \"bodyFile\": \"body.xml\"}");

        List<FixtureCases.Case> cases = FixtureCases.fromFolder(dir);

        assertThat(cases).extracting(FixtureCases.Case::name).containsExactly("a-first", "b/second");
        assertThat(cases.get(0).description()).isEqualTo("one");
        assertThat(cases.get(0).sibling("body.xml")).isEqualTo(dir.resolve("body.xml"));
        assertThat(cases.get(1)).hasToString("b/second: two");
    }

    @Test
    void caseWithoutADescriptionFails() throws Exception {
        Files.writeString(dir.resolve("bare.json"), "{\"expectedReason\": \"SIGNATURE_MISSING\"}");

        assertThatThrownBy(() -> FixtureCases.fromFolder(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("with a description");
    }

    @Test
    void unknownFieldFailsSoAMistypedCheckIsNotSkipped() throws Exception {
        Files.writeString(dir.resolve("typo.json"), "{\"description\": \"d\", \"expectedReson\": \"X\"}");
        FixtureCases.Case typo = FixtureCases.fromFolder(dir).get(0);

        assertThatThrownBy(() -> typo.requireOnly(Set.of("description", "expectedReason")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'expectedReson'");
        assertThat(typo.requireOnly(Set.of("description", "expectedReson"))).isSameAs(typo);
    }
}
