package dev.crmkit.agent;

import static dev.crmkit.core.contract.TestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.AgentAction.Status;
import dev.crmkit.agent.testing.ScriptedChatModel;
import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import dev.crmkit.jpa.JpaCrmStorage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agent state in the CRM's database ({@link CrmConversationStore}, {@link CrmActionLog}): an
 * application restarted over the same H2 file keeps its conversations, pending actions and action
 * log, and confirms what was proposed before the restart; two instances over one PostgreSQL
 * database sent the same confirm at once execute it once.
 */
class DurableAgentStateTest {

    @TempDir
    Path dir;

    private final ScriptedChatModel model = new ScriptedChatModel();

    @Test
    void should_confirm_after_a_restart_the_delete_proposed_before_it() {
        DataSource file = h2File();
        CrmSchema.migrate(file);
        Contact contact;
        String actionId;
        try (Crm crm = aCrm(file);
                CrmAgent agent = anAgent(crm)) {
            contact = crm.contacts().create(aContact().build());
            model.thenCall("delete_contact", "{\"id\": " + contact.id() + "}").thenAnswer("It awaits confirmation.");
            actionId = agent.chat("restart", "Delete contact " + contact.id())
                    .pending()
                    .get(0)
                    .id();
        }

        try (Crm crm = aCrm(file);
                CrmAgent agent = anAgent(crm)) {
            assertThat(agent.history("restart"))
                    .extracting(AgentMessage::text)
                    .containsExactly("Delete contact " + contact.id(), "It awaits confirmation.");
            assertThat(agent.pending("restart")).extracting(AgentAction::id).containsExactly(actionId);

            AgentAction confirmed = agent.confirm("restart", actionId);

            assertThat(confirmed.status()).isEqualTo(Status.CONFIRMED);
            assertThat(crm.contacts().findById(contact.id())).isEmpty();
            assertThat(agent.pending("restart")).isEmpty();
            assertThat(agent.actions("restart"))
                    .extracting(AgentAction::id, AgentAction::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(actionId, Status.CONFIRMED));
        }
    }

    @Test
    void should_record_a_call_of_a_tool_with_an_overlong_name_and_let_the_model_read_the_error() {
        // a remote model is not held to the tool names by a grammar: its call of a made-up 150-character
        // name is an unknown tool, which the model must read as an error, not a turn failing in the database
        String madeUp = "find_" + "contact_".repeat(18) + "now";
        DataSource file = h2File();
        CrmSchema.migrate(file);
        try (Crm crm = aCrm(file);
                CrmAgent agent = anAgent(crm)) {
            model.thenCall(madeUp, "{}").thenAnswer("There is no such tool.");

            AgentReply reply = agent.chat("made-up-tool", "Find a contact");

            assertThat(reply.text()).isEqualTo("There is no such tool.");
            assertThat(ScriptedChatModel.lastObservation(model.lastRequest()))
                    .startsWith("{\"error\": \"there is no tool named " + madeUp + ";");
            assertThat(agent.actions("made-up-tool")).singleElement().satisfies(action -> {
                assertThat(action.status()).isEqualTo(Status.FAILED);
                assertThat(action.tool())
                        .hasSize(100)
                        .startsWith(madeUp.substring(0, 99))
                        .endsWith("…");
            });
        }
    }

    @Test
    void should_execute_once_a_confirm_sent_to_two_instances_at_once_on_postgresql() throws Exception {
        try (IsolatedDatabase database = TestDatabase.POSTGRESQL.open()) {
            CrmSchema.migrate(database.dataSource());
            try (Crm first = aCrm(database.dataSource());
                    Crm second = aCrm(database.dataSource());
                    CrmAgent proposer = anAgent(first);
                    CrmAgent other = anAgent(second)) {
                for (int round = 0; round < 3; round++) {
                    Contact contact = first.contacts().create(aContact().build());
                    model.thenCall("delete_contact", "{\"id\": " + contact.id() + "}")
                            .thenAnswer("It awaits confirmation.");
                    String conversation = "twice-" + round;
                    String actionId = proposer.chat(conversation, "Delete contact " + contact.id())
                            .pending()
                            .get(0)
                            .id();
                    CyclicBarrier start = new CyclicBarrier(2);

                    List<Object> outcomes = bothAtOnce(
                            () -> {
                                start.await();
                                return proposer.confirm(conversation, actionId);
                            },
                            () -> {
                                start.await();
                                return other.confirm(conversation, actionId);
                            });

                    assertThat(outcomes)
                            .filteredOn(AgentAction.class::isInstance)
                            .singleElement()
                            .extracting(o -> ((AgentAction) o).status())
                            .isEqualTo(Status.CONFIRMED);
                    assertThat(outcomes)
                            .filteredOn(UnknownActionException.class::isInstance)
                            .hasSize(1);
                    assertThat(second.contacts().findById(contact.id())).isEmpty();
                    assertThat(other.actions(conversation))
                            .extracting(AgentAction::status)
                            .containsExactly(Status.CONFIRMED);
                }
            }
        }
    }

    private static List<Object> bothAtOnce(Callable<?> first, Callable<?> second) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> futures = List.of(threads.submit(first), threads.submit(second));
            List<Object> outcomes = new ArrayList<>();
            for (Future<?> future : futures) {
                try {
                    outcomes.add(future.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                } catch (TimeoutException e) {
                    throw new AssertionError("a confirm hung", e);
                }
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private DataSource h2File() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("crm").toAbsolutePath());
        dataSource.setUser("sa");
        return dataSource;
    }

    private static Crm aCrm(DataSource dataSource) {
        return Crm.builder().storage(JpaCrmStorage.create(dataSource)).build();
    }

    private CrmAgent anAgent(Crm crm) {
        return CrmAgent.builder()
                .crm(crm)
                .chatModel(model)
                .conversationStore(new CrmConversationStore(crm, "test-app"))
                .actionLog(new CrmActionLog(crm, "test-app"))
                .build();
    }
}
