package dev.crmkit.agent.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.CrmAgent;
import dev.crmkit.core.testing.PackageGraph;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** crm-agent's packages depend on each other one way only: a change low down never needs one up top. */
class PackageCyclesTest {

    private static final String AGENT = "dev.crmkit.agent";

    @Test
    void should_have_no_cycle_between_the_packages_of_the_main_code() throws URISyntaxException {
        Path classes = Path.of(CrmAgent.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());

        Map<String, Set<String>> graph = PackageGraph.of(classes, AGENT);

        assertThat(graph)
                .as("the graph read from %s", classes)
                .containsKeys(AGENT, AGENT + ".crm", AGENT + ".tool", AGENT + ".llama", AGENT + ".grammar");
        assertThat(graph.get(AGENT + ".llama")).contains(AGENT + ".grammar");
        assertThat(PackageGraph.cycles(graph)).isEmpty();
    }

    @Test
    void should_find_the_cycle_the_agent_and_the_llama_package_once_formed() {
        Map<String, Set<String>> graph = Map.of(
                AGENT,
                Set.of(AGENT + ".tool", AGENT + ".llama"),
                AGENT + ".llama",
                Set.of(AGENT + ".grammar", AGENT),
                AGENT + ".grammar",
                Set.of(AGENT + ".schema"),
                AGENT + ".tool",
                Set.of());

        List<List<String>> cycles = PackageGraph.cycles(graph);

        assertThat(cycles).hasSize(1);
        assertThat(cycles.get(0))
                .first()
                .isEqualTo(cycles.get(0).get(cycles.get(0).size() - 1));
        assertThat(cycles.get(0)).containsOnly(AGENT, AGENT + ".llama");
    }
}
