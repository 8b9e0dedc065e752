package dev.crmkit.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.kernel.StorageUnavailableException;
import dev.crmkit.core.testing.CuttableStorage;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An import whose database goes away part-way: no row is to blame, so none may be refused as if it
 * were wrong while the import goes on and ends as done.
 */
class ImportOutageTest {

    private final CuttableStorage storage = new CuttableStorage();
    private final Crm crm = Crm.builder().storage(storage).build();

    @AfterEach
    void close() {
        crm.close();
    }

    @Test
    void should_fail_the_import_and_refuse_no_row_when_the_database_goes_away_part_way() {
        StringBuilder csv = new StringBuilder("firstName,lastName,email\n");
        for (int i = 1; i <= 6; i++) {
            csv.append("Given").append(i).append(",Family,person").append(i).append("@example.com\n");
        }
        StringWriter errors = new StringWriter();
        ContactImporter importer =
                new ContactImporter(crm).batchSize(2).errors(errors).counts(soFar -> storage.down = true);

        assertThatThrownBy(() -> importer.importCsv(new StringReader(csv.toString())))
                .isInstanceOf(StorageUnavailableException.class);

        assertThat(errors.toString().lines()).containsExactly("line,errors,firstName,lastName,email");
        // The undo could not run either; once the database is back, the change set reverts the
        // batch written before the outage.
        storage.down = false;
        assertThat(crm.contacts().find(ContactQuery.all()).items()).hasSize(2);
        crm.changeSets().undo(importer.changeSetId());
        assertThat(crm.contacts().find(ContactQuery.all()).items()).isEmpty();
    }
}
