package dev.crmkit.agent;

import static dev.crmkit.core.contract.TestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.agent.AgentAction.Status;
import dev.crmkit.agent.testing.OnTestCrm;
import dev.crmkit.agent.testing.ScriptedChatModel;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every action is recorded with its conversation, time, tool, arguments and outcome. */
class ActionLogTest extends OnTestCrm {

    private static MutableClock clock;

    private final ScriptedChatModel model = new ScriptedChatModel();

    @BeforeAll
    static void open() {
        clock = testCrm.clock();
    }

    @Test
    void should_record_what_ran_what_failed_and_what_waits_with_time_tool_arguments_and_outcome() {
        Contact contact = crm.contacts().create(aContact().build());
        CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        Instant start = clock.instant();
        model.thenCall("get_contact", "{\"id\": " + contact.id() + "}")
                .then(request -> {
                    clock.advance(Duration.ofSeconds(2));
                    return ScriptedChatModel.call("get_deal", "{\"id\": 987654}");
                })
                .thenCall("delete_contact", "{\"id\": " + contact.id() + "}")
                .thenAnswer("Done.");

        agent.chat("audit", "Look at the contact and its deal, then delete it");

        List<AgentAction> actions = agent.actions("audit");
        assertThat(actions).extracting(AgentAction::conversationId).containsOnly("audit");
        assertThat(actions).extracting(AgentAction::tool).containsExactly("get_contact", "get_deal", "delete_contact");
        assertThat(actions)
                .extracting(AgentAction::status)
                .containsExactly(Status.EXECUTED, Status.FAILED, Status.PENDING);
        assertThat(actions)
                .extracting(AgentAction::at)
                .containsExactly(start, start.plusSeconds(2), start.plusSeconds(2));
        assertThat(actions.get(0).arguments()).isEqualTo("{\"id\": " + contact.id() + "}");
        assertThat(actions.get(0).result()).startsWith("{\"id\":" + contact.id() + ",\"firstName\":");
        assertThat(actions.get(1).error()).isEqualTo("deal 987654 does not exist");
        assertThat(actions.get(1).result()).isNull();
        assertThat(actions).extracting(AgentAction::id).doesNotHaveDuplicates();
    }

    @Test
    void should_record_a_decided_action_again_under_the_same_id() {
        List<AgentAction> recorded = new CopyOnWriteArrayList<>();
        ActionLog log = new ActionLog() {
            @Override
            public void record(AgentAction action) {
                recorded.add(action);
            }

            @Override
            public List<AgentAction> byConversation(String conversationId) {
                return List.copyOf(recorded);
            }
        };
        Contact contact = crm.contacts().create(aContact().build());
        CrmAgent agent =
                CrmAgent.builder().crm(crm).chatModel(model).actionLog(log).build();
        model.thenCall("delete_contact", "{\"id\": " + contact.id() + "}").thenAnswer("Waiting.");
        String actionId = agent.chat("decided", "Delete it").pending().get(0).id();
        clock.advance(Duration.ofMinutes(1));

        agent.reject("decided", actionId);

        assertThat(recorded).extracting(AgentAction::id).containsExactly(actionId, actionId);
        assertThat(recorded).extracting(AgentAction::status).containsExactly(Status.PENDING, Status.REJECTED);
        assertThat(recorded.get(1).at()).isEqualTo(clock.instant());
    }

    @Test
    void should_keep_conversations_apart() {
        CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        model.thenCall("search_pipelines", "{}")
                .thenAnswer("A.")
                .thenCall("overdue_tasks", "{}")
                .thenAnswer("B.");

        agent.chat("one", "Pipelines?");
        agent.chat("two", "Overdue?");

        assertThat(agent.actions("one")).extracting(AgentAction::tool).containsExactly("search_pipelines");
        assertThat(agent.actions("two")).extracting(AgentAction::tool).containsExactly("overdue_tasks");
        assertThat(agent.actions("three")).isEmpty();
    }

    @Test
    void should_replace_a_decided_action_in_place_and_drop_the_oldest_beyond_its_bound() {
        InMemoryActionLog log = new InMemoryActionLog(2);
        AgentAction first = action("a1", Status.PENDING);
        log.record(first);
        log.record(action("a2", Status.EXECUTED));

        log.record(action("a1", Status.CONFIRMED));
        assertThat(log.byConversation("c"))
                .extracting(AgentAction::id, AgentAction::status)
                .containsExactly(tuple("a1", Status.CONFIRMED), tuple("a2", Status.EXECUTED));

        log.record(action("a3", Status.EXECUTED));
        assertThat(log.byConversation("c")).extracting(AgentAction::id).containsExactly("a2", "a3");
    }

    private static AgentAction action(String id, Status status) {
        return new AgentAction(id, "c", Instant.EPOCH, "get_task", "{\"id\": 1}", status, null, null);
    }
}
