package dev.crmkit.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.testing.PackageGraph;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * crm-core's packages depend on each other one way only: kernel at the bottom, the aggregates'
 * records and queries on it, storage on those, the services on storage, the facade on top. The
 * same check on a command line: {@code jdeps -verbose:package -e 'dev\.crmkit\.core.*'
 * crm-core/target/classes}.
 */
class PackageCyclesTest {

    private static final String CORE = "dev.crmkit.core";

    @Test
    void should_have_no_cycle_between_the_packages_of_the_main_code() throws URISyntaxException {
        Path classes = Path.of(
                Crm.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        Map<String, Set<String>> graph = PackageGraph.of(classes, CORE);

        assertThat(graph)
                .as("the graph read from %s", classes)
                .containsKeys(CORE, CORE + ".kernel", CORE + ".storage", CORE + ".service", CORE + ".contact");
        assertThat(graph.get(CORE + ".service")).contains(CORE + ".storage", CORE + ".kernel");
        assertThat(PackageGraph.cycles(graph)).isEmpty();
    }

    @Test
    void should_keep_the_kernel_free_of_every_other_crmkit_package() throws URISyntaxException {
        Path classes = Path.of(
                Crm.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        Map<String, Set<String>> graph = PackageGraph.of(classes, CORE);

        assertThat(graph.get(CORE + ".kernel")).isEmpty();
        assertThat(graph.get(CORE + ".query")).containsOnly(CORE + ".kernel");
    }
}
