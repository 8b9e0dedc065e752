package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code crm trash list|restore|purge}. */
class TrashCommandTest extends CliTest {

    @Test
    void should_list_restore_and_purge_deleted_contacts() {
        long ada = add("Ada", "ada@example.com");
        long bob = add("Bob", "bob@example.com");
        crm.run("contacts", "delete", String.valueOf(ada), "--yes");
        crm.run("contacts", "delete", String.valueOf(bob), "--yes");

        JsonNode trash = crm.run("--json", "trash", "list").json();
        assertThat(trash.path("items")).hasSize(2);
        assertThat(crm.run("trash", "list").out()).contains("ada@example.com").contains("bob@example.com");

        Result restored = crm.run("trash", "restore", "contact", String.valueOf(ada));
        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        assertThat(restored.out()).contains("restored contact " + ada);
        assertThat(crm.run("--json", "contacts", "show", String.valueOf(ada))
                        .json()
                        .path("email")
                        .asString())
                .isEqualTo("ada@example.com");

        Result unconfirmed = crm.run("trash", "purge", "contact", String.valueOf(bob));
        assertThat(unconfirmed.exitCode()).isNotZero();
        Result purged = crm.run("trash", "purge", "--older-than", "0d", "--yes");
        assertThat(purged.exitCode()).as(purged.toString()).isZero();
        assertThat(purged.out()).contains("purged 1 record(s)");
        assertThat(crm.run("--json", "trash", "list").json().path("items")).isEmpty();

        Result missing = crm.run("trash", "restore", "contact", String.valueOf(bob));
        assertThat(missing.exitCode()).isNotZero();
        Result badKind = crm.run("trash", "restore", "tag", "1");
        assertThat(badKind.exitCode()).isNotZero();
        assertThat(badKind.err()).contains("kind");
    }

    private long add(String name, String email) {
        Result added = crm.run("--json", "contacts", "add", "--first-name", name, "--last-name", "L", "--email", email);
        assertThat(added.exitCode()).as(added.toString()).isZero();
        return added.json().path("id").asLong();
    }
}
