package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.schema.Dialect;
import dev.crmkit.examples.cli.CliRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm schema}: crmkit's SQL for a host that runs it with its own tool. */
class SchemaCommandTest {

    @TempDir
    Path home;

    @Test
    void should_print_the_scripts_of_the_dialect_asked_for() {
        Result result = new CliRunner(home, "jdbc:h2:mem:unused").run("schema", "--dialect", "mariadb");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains("-- crmkit V1__crm_schema.sql (mariadb)")
                .contains(CrmSchema.scripts(Dialect.MARIADB).get(0).sql())
                .doesNotContain("COLLATE \"C\"");
    }

    @Test
    void should_write_one_file_per_script_into_the_folder_given() throws IOException {
        Path out = home.resolve("sql");

        Result result = new CliRunner(home, "jdbc:h2:mem:unused")
                .run("schema", "--dialect", "postgresql", "--out", out.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Files.readString(out.resolve("V1__crm_schema.sql")))
                .isEqualTo(CrmSchema.scripts(Dialect.POSTGRESQL).get(0).sql());
    }

    @Test
    void should_name_the_option_when_the_dialect_is_unknown() {
        Result result = new CliRunner(home, "jdbc:h2:mem:unused").run("schema", "--dialect", "oracle");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--dialect").contains("oracle");
    }
}
