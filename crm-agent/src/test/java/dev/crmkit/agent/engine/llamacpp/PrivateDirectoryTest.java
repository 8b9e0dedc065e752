package dev.crmkit.agent.engine.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Native code is loaded only from directories no other local user can write. */
class PrivateDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void should_create_every_missing_directory_for_its_owner_alone() throws IOException {
        Path directory = tmp.resolve("crmkit-ada").resolve("llama-cpp-v1");

        PrivateDirectory.require(directory, tmp);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void should_accept_an_existing_directory_that_only_its_owner_may_write() throws IOException {
        Path directory = Files.createDirectory(tmp.resolve("crmkit-ada"));
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(PrivateDirectory.require(directory, tmp)).isEqualTo(directory);
    }

    @Test
    void should_refuse_a_directory_other_users_may_write() throws IOException {
        Path directory = Files.createDirectory(tmp.resolve("crmkit-ada"));
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThatThrownBy(() -> PrivateDirectory.require(directory, tmp))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(directory.toString())
                .hasMessageContaining("other users may write to it (rwxrwxrwx)")
                .hasMessageContaining(NativeLibraries.DIRECTORY_PROPERTY);
    }

    @Test
    void should_refuse_a_directory_below_one_its_group_may_write() throws IOException {
        Path shared = Files.createDirectory(tmp.resolve("crmkit-ada"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxr-x"));
        Path directory = Files.createDirectory(shared.resolve("llama-cpp-v1"));
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));

        assertThatThrownBy(() -> PrivateDirectory.require(directory, tmp))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(shared + ": other users may write to it (rwxrwxr-x)");
    }

    @Test
    void should_refuse_a_file_where_the_directory_should_be() throws IOException {
        Path file = Files.writeString(tmp.resolve("crmkit-ada"), "not a directory");

        assertThatThrownBy(() -> PrivateDirectory.require(file, tmp))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("it is not a directory");
    }
}
