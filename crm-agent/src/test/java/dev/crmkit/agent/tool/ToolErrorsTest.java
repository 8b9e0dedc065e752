package dev.crmkit.agent.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.RetryableTransactionException;
import dev.crmkit.core.kernel.StorageException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The sentence the model reads for each kind of failure: what it can act on, no internals. */
class ToolErrorsTest {

    @Test
    void should_tell_the_model_to_call_the_tool_again_when_a_concurrent_transaction_got_in_the_way() {
        RetryableTransactionException aborted = new RetryableTransactionException(
                "the database aborted this transaction because of a concurrent one; retry the operation",
                new SQLException("Deadlock detected", "40P01"));

        String observation = ToolErrors.describe("delete_contact", aborted);

        assertThat(observation)
                .contains("call the tool again", "nothing was written")
                .doesNotContain("Deadlock", "40P01", "Exception");
    }

    @Test
    void should_keep_a_conflict_its_own_message_and_a_storage_failure_without_internals() {
        assertThat(ToolErrors.describe("create_contact", new ConflictException("email is already used", "email", 7L)))
                .isEqualTo("email is already used");
        assertThat(ToolErrors.describe(
                        "create_contact",
                        new StorageException("database error: relation x", new SQLException("relation x", "42P01"))))
                .isEqualTo("the database failed; try again later");
    }
}
