package dev.crmkit.agent;

import dev.crmkit.agent.crm.CrmToolset;
import dev.crmkit.agent.crm.CustomFieldDefinitions;
import dev.crmkit.agent.tool.ToolDispatcher;
import dev.crmkit.core.Crm;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's tools for the custom fields the CRM defines now: {@link #current()} reads the definitions
 * (three small queries, once a turn: nothing next to a model call) and builds the tools again when they
 * changed since, so a field an admin adds reaches the next turn of every conversation, on every app
 * instance that shares the database. Unchanged definitions reuse the tools, hence the same
 * specifications, the same compiled grammar and the same cached prompt prefix. Thread-safe.
 */
final class LiveTools {

    private static final Logger log = LoggerFactory.getLogger(LiveTools.class);

    private final Crm crm;
    private final List<Consumer<ToolDispatcher.Builder>> hostTools;
    private volatile Snapshot snapshot;

    private record Snapshot(CustomFieldDefinitions definitions, ToolDispatcher tools) {}

    /**
     * @throws IllegalArgumentException when a host tool is invalid or clashes, or a name to confirm is no tool's
     */
    LiveTools(Crm crm, List<Consumer<ToolDispatcher.Builder>> hostTools, Set<String> confirmAlso) {
        this.crm = crm;
        this.hostTools = List.copyOf(hostTools);
        this.snapshot = build(CustomFieldDefinitions.of(crm));
        for (String name : confirmAlso) {
            if (snapshot.tools().specification(name).isEmpty()) {
                throw new IllegalArgumentException(
                        "requireConfirmation names " + name + ", but there is no tool of that name");
            }
        }
    }

    /** @return the tools for the definitions of this moment; the last ones built when they cannot be read */
    ToolDispatcher current() {
        Snapshot last = snapshot;
        CustomFieldDefinitions now;
        try {
            now = CustomFieldDefinitions.of(crm);
        } catch (RuntimeException e) {
            log.warn("could not read the custom field definitions; the agent keeps the tools it has", e);
            return last.tools();
        }
        if (now.equals(last.definitions())) {
            return last.tools();
        }
        synchronized (this) {
            if (!now.equals(snapshot.definitions())) {
                log.debug("custom field definitions changed; rebuilding the agent's tools");
                snapshot = build(now);
            }
            return snapshot.tools();
        }
    }

    /** @return the tools built last, without reading the definitions */
    ToolDispatcher latest() {
        return snapshot.tools();
    }

    private Snapshot build(CustomFieldDefinitions definitions) {
        ToolDispatcher.Builder tools = CrmToolset.addTo(ToolDispatcher.builder(), crm, definitions);
        hostTools.forEach(add -> add.accept(tools));
        return new Snapshot(definitions, tools.build());
    }
}
