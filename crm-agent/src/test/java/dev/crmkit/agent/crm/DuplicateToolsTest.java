package dev.crmkit.agent.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.agent.testing.OnTestCrm;
import dev.crmkit.agent.tool.ToolDispatcher;
import dev.crmkit.agent.tool.ToolResult;
import dev.crmkit.agent.tool.ToolResult.Status;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** find_duplicates lists groups; merge_duplicates waits for confirmation, then merges. */
class DuplicateToolsTest extends OnTestCrm {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ToolDispatcher tools;

    @BeforeAll
    static void open() {
        tools = CrmToolset.dispatcher(crm);
    }

    @Test
    void should_list_a_group_and_merge_it_only_as_a_confirmed_action() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        Contact ada = crm.contacts().create(NewContact.of("Ada", "Lovelace", word + "@example.com"));
        Contact copy = crm.contacts()
                .create(NewContact.of("Ada", "L", word + "+old@example.com").withPhone("555 010 0199"));

        ToolResult found = tools.dispatch("find_duplicates", "{\"kind\": \"contact\"}");

        assertThat(found.status()).as(found.content()).isEqualTo(Status.SUCCESS);
        JsonNode groups = JSON.readTree(found.content());
        assertThat(groups.toString()).contains("\"ids\":[" + ada.id() + "," + copy.id() + "]");
        assertThat(tools.requiresConfirmation("merge_duplicates")).isTrue();
        assertThat(tools.requiresConfirmation("find_duplicates")).isFalse();

        ToolResult merged = tools.dispatch(
                "merge_duplicates",
                "{\"kind\": \"contact\", \"keepId\": " + ada.id() + ", \"mergeId\": " + copy.id() + "}");

        assertThat(merged.status()).as(merged.content()).isEqualTo(Status.SUCCESS);
        assertThat(crm.contacts().findById(copy.id())).isEmpty();
        assertThat(crm.contacts().getById(ada.id()).phone()).isEqualTo("555 010 0199");
    }
}
