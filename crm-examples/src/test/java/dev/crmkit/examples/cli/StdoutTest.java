package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CliRunner.Result;
import java.io.IOException;
import java.io.Writer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * stdout that stops taking the output: a full disk ({@code crm export contacts > backup.csv}) is a failure the
 * exit code and stderr tell, never a truncated file after exit code 0; a reader that left ({@code | head -1}) ends
 * the command at once and quietly, as it ends {@code cat}, rather than reading on for nobody.
 */
class StdoutTest extends CliTest {

    @BeforeEach
    void contacts() {
        crm.addContact("Ada", "Lovelace", "ada@example.com");
        crm.addContact("Grace", "Hopper", "grace@example.com");
    }

    @Test
    void should_exit_1_saying_why_when_stdout_cannot_take_the_output() {
        FailingWriter full = new FailingWriter("No space left on device");

        Result export = crm.runWritingTo(full, "export", "contacts");
        Result list = crm.runWritingTo(new FailingWriter("No space left on device"), "--json", "contacts", "list");

        assertThat(export.exitCode()).as(export.toString()).isEqualTo(1);
        assertThat(export.err().lines()).containsExactly("error: cannot write the output: No space left on device");
        assertThat(list.exitCode()).as(list.toString()).isEqualTo(1);
        assertThat(list.err().lines()).containsExactly("error: cannot write the output: No space left on device");
    }

    @Test
    void should_say_in_one_line_that_the_help_cannot_be_written() {
        Result help = crm.runWritingTo(new FailingWriter("No space left on device"), "contacts", "add", "--help");

        assertThat(help.exitCode()).as(help.toString()).isEqualTo(1);
        assertThat(help.err().lines()).containsExactly("error: cannot write the output: No space left on device");
    }

    @Test
    void should_stop_at_once_and_quietly_when_the_reader_of_stdout_has_gone() {
        FailingWriter closedPipe = new FailingWriter("Broken pipe");

        Result export = crm.runWritingTo(closedPipe, "export", "contacts");

        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(export.err()).isEmpty();
        assertThat(closedPipe.attempts)
                .as("writes tried after the first failed")
                .isEqualTo(1);
    }

    /** Takes nothing: every write fails as the operating system's would, with {@code reason}. */
    private static final class FailingWriter extends Writer {

        private final String reason;
        int attempts;

        FailingWriter(String reason) {
            this.reason = reason;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            attempts++;
            throw new IOException(reason);
        }

        @Override
        public void flush() throws IOException {
            if (attempts > 0) {
                throw new IOException(reason);
            }
        }

        @Override
        public void close() {}
    }
}
