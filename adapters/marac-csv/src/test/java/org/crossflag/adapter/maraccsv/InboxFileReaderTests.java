package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(new InboxFileReader(12).read(file.toString()))
                .isEqualTo("record_type\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSymbolicLinkIsRefusedWithoutReadingItsTarget() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.key"), "c2VjcmV0");
        Path link = Files.createSymbolicLink(dir.resolve("k.csv"), secret);
        assertThatThrownBy(() -> new InboxFileReader(1024).read(link.toString()))
                .isInstanceOf(FileRefusedException.class)
                .satisfies(e -> assertThat(((FileRefusedException) e).reason()).isEqualTo(Reason.SYMBOLIC_LINK))
                .hasMessageNotContaining("c2VjcmV0");
    }

    @Test
    void aLinkToAMissingFileIsRefusedAsALink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("gone.csv"), dir.resolve("nowhere"));
        assertThatThrownBy(() -> new InboxFileReader(1024).read(link.toString()))
                .satisfies(e -> assertThat(((FileRefusedException) e).reason()).isEqualTo(Reason.SYMBOLIC_LINK));
    }

    @Test
    void aHardLinkIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.key"), "c2VjcmV0");
        Path link = Files.createLink(dir.resolve("h.csv"), secret);
        assertThatThrownBy(() -> new InboxFileReader(1024).read(link.toString()))
                .satisfies(e -> assertThat(((FileRefusedException) e).reason()).isEqualTo(Reason.HARD_LINK));
    }

    @Test
    void aFolderIsNotARegularFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("f.csv"));
        assertThatThrownBy(() -> new InboxFileReader(1024).read(folder.toString()))
                .satisfies(e -> assertThat(((FileRefusedException) e).reason()).isEqualTo(Reason.NOT_A_REGULAR_FILE));
    }

    @Test
    void aFileOneByteOverTheCapIsRefused() throws Exception {
        Path file = Files.write(dir.resolve("big.csv"), new byte[13]);
        assertThatThrownBy(() -> new InboxFileReader(12).read(file.toString()))
                .satisfies(e -> assertThat(((FileRefusedException) e).reason()).isEqualTo(Reason.FILE_TOO_LARGE));
        assertThat(new InboxFileReader(13).read(file.toString())).hasSize(13);
    }
}
