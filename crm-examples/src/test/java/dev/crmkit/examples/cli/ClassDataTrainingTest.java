package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crm script's class-data training run exercises the commands it claims to, and they still work. */
class ClassDataTrainingTest {

    @TempDir
    Path home;

    @Test
    void should_run_every_training_command_with_only_the_deliberate_mistake_failing() {
        List<Integer> codes = ClassDataTraining.run(home);

        // "contacts show 42" fails on purpose, so that the error path is in the archive too.
        List<Integer> expected = ClassDataTraining.COMMANDS.stream()
                .map(command -> command.equals(List.of("contacts", "show", "42")) ? 1 : 0)
                .toList();
        assertThat(codes).containsExactlyElementsOf(expected);
    }
}
