package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxFileReaderTests {

    @TempDir
    Path dir;

    @Test
    void aRegularFileUnderTheCapIsRead() throws Exception {
        Path file = Files.writeString(dir.resolve("a.csv"), "record_type\n");
        assertThat(readAll(new InboxFileReader(12), file)).isEqualTo("record_type\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSymbolicLinkIsRefusedWithoutReadingItsTarget() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.key"), "c2VjcmV0");
        Path link = Files.createSymbolicLink(dir.resolve("k.csv"), secret);
        assertThatThrownBy(() -> readAll(new InboxFileReader(1024), link))
                .isInstanceOf(FileRefusedException.class)
                .satisfies(e -> assertThat(((FileRefusedException) e).reason()).isEqualTo(Reason.SYMBOLIC_LINK))
                .hasMessageNotContaining("c2VjcmV0");
    }

    @Test
    void aLinkToAMissingFileIsRefusedAsALink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("gone.csv"), dir.resolve("nowhere"));
        assertThatThrownBy(() -> readAll(new InboxFileReader(1024), link))
                .satisfies(e -> assertThat(((FileRefusedException) e).reason()).isEqualTo(Reason.SYMBOLIC_LINK));
    }

    @Test
    void aHardLinkIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.key"), "c2VjcmV0");
        Path link = Files.createLink(dir.resolve("h.csv"), secret);
        assertThatThrownBy(() -> readAll(new InboxFileReader(1024), link))
                .satisfies(e -> assertThat(((FileRefusedException) e).reason()).isEqualTo(Reason.HARD_LINK));
    }

    @Test
    void aFolderIsNotARegularFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("f.csv"));
        assertThatThrownBy(() -> readAll(new InboxFileReader(1024), folder))
                .satisfies(e -> assertThat(((FileRefusedException) e).reason()).isEqualTo(Reason.NOT_A_REGULAR_FILE));
    }

    @Test
    void aFileOneByteOverTheCapIsRefused() throws Exception {
        Path file = Files.write(dir.resolve("big.csv"), new byte[13]);
        assertThatThrownBy(() -> readAll(new InboxFileReader(12), file))
                .satisfies(e -> assertThat(((FileRefusedException) e).reason()).isEqualTo(Reason.FILE_TOO_LARGE));
        assertThat(readAll(new InboxFileReader(13), file)).hasSize(13);
    }

    /** Everything the reader lets through. */
    static byte[] readAll(InboxFileReader reader, Path file) throws Exception {
        try (InboxFile opened = reader.open(file.toString());
                Reader text = opened.text()) {
            StringWriter copy = new StringWriter();
            text.transferTo(copy);
            return copy.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void theFileCanBeReadAgainFromItsStartThroughTheSameChannel() throws Exception {
        Path file = Files.writeString(dir.resolve("a.csv"), "record_type,reference\nHEARING,MARAC-TST-1\n");
        try (InboxFile opened = new InboxFileReader(1024).open(file.toString())) {
            try (CsvRecords first = opened.records()) {
                first.skipAll();
            }
            Files.delete(file); // the open channel still reads the same file
            try (CsvRecords second = opened.records()) {
                assertThat(second.next()).containsExactly("record_type", "reference");
                assertThat(second.next()).containsExactly("HEARING", "MARAC-TST-1");
                assertThat(second.hasNext()).isFalse();
            }
        }
    }

    @Test
    void aFileThatGrowsPastTheCapWhileItIsReadIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("a.csv"), "record_type\n");
        try (InboxFile opened = new InboxFileReader(16).open(file.toString())) {
            Files.writeString(file, "HEARING\nHEARING\n", java.nio.file.StandardOpenOption.APPEND);
            assertThatThrownBy(() -> opened.records().skipAll())
                    .isInstanceOfSatisfying(
                            FileRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.FILE_TOO_LARGE));
        }
    }
}
