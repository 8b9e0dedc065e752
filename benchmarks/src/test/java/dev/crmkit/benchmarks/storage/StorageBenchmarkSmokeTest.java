package dev.crmkit.benchmarks.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crmkit.benchmarks.BenchmarkDatabase;
import dev.crmkit.benchmarks.BenchmarkSmoke;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.query.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The storage benchmarks still set up and run on every storage and database, and measure what they
 * claim: the JDBC baseline and both adapters return the same records and pages.
 */
class StorageBenchmarkSmokeTest {

    /** Enough rows for the filtered page (one row in 200) to be full and have a next page. */
    private static final int ROWS = 12_000;

    @Test
    void should_run_every_storage_benchmark_on_h2() {
        runEveryBenchmarkOn("h2");
    }

    @Test
    void should_run_every_storage_benchmark_on_postgresql() {
        requirePostgres();
        runEveryBenchmarkOn("postgresql");
    }

    @Test
    void should_return_the_same_records_and_pages_from_jdbc_jpa_and_mybatis_on_h2() {
        assertEveryStorageReadsAlike("h2");
    }

    @Test
    void should_return_the_same_records_and_pages_from_jdbc_jpa_and_mybatis_on_postgresql() {
        requirePostgres();
        assertEveryStorageReadsAlike("postgresql");
    }

    @Test
    void should_store_inserted_contacts_alike_with_jdbc_jpa_and_mybatis_on_h2() {
        assertEveryStorageInsertsAlike("h2");
    }

    @Test
    void should_store_inserted_contacts_alike_with_jdbc_jpa_and_mybatis_on_postgresql() {
        requirePostgres();
        assertEveryStorageInsertsAlike("postgresql");
    }

    @Test
    void should_start_the_deep_page_where_walking_the_pages_arrives() {
        try (SeededContacts seeded = SeededContacts.open("h2", 1_100);
                ContactStore store = ContactStore.open("mybatis", seeded.dataSource())) {
            ContactQuery query = ContactQuery.all().limit(100);
            for (int walked = 0; walked < seeded.deepPageStart(); walked += 100) {
                query = query.after(store.find(query).nextCursor().orElseThrow());
            }

            assertThat(query.page().cursor()).isEqualTo(seeded.deepPage().page().cursor());
        }
    }

    private static void runEveryBenchmarkOn(String database) {
        BenchmarkSmoke.run(
                StorageBenchmark.class.getName(),
                Map.of("rows", new String[] {"600"}, "database", new String[] {database}));
    }

    private static void assertEveryStorageReadsAlike(String database) {
        try (SeededContacts seeded = SeededContacts.open(database, ROWS)) {
            Map<String, Reads> reads = new LinkedHashMap<>();
            for (String kind : ContactStore.KINDS) {
                try (ContactStore store = ContactStore.open(kind, seeded.dataSource())) {
                    reads.put(kind, Reads.of(store, seeded));
                }
            }

            Reads jdbc = reads.get("jdbc");
            assertThat(reads.get("jpa")).isEqualTo(jdbc);
            assertThat(reads.get("mybatis")).isEqualTo(jdbc);
            assertMeaningful(jdbc, seeded);
        }
    }

    private static void assertEveryStorageInsertsAlike(String database) {
        try (SeededContacts seeded = SeededContacts.open(database, 200)) {
            FreshContacts fresh = new FreshContacts("test");
            for (String kind : ContactStore.KINDS) {
                try (ContactStore store = ContactStore.open(kind, seeded.dataSource())) {
                    Contact one = fresh.next();
                    List<Contact> batch = fresh.next(3);

                    Contact stored = store.insert(one);
                    List<Contact> storedBatch = store.insertAll(batch);
                    List<Contact> bulk = fresh.next(3);
                    List<Contact> storedBulk = store.bulkInsert(bulk);

                    assertStoredAsGiven(seeded, store, one, stored);
                    assertThat(storedBatch).as("%s batch", kind).hasSize(3);
                    for (int i = 0; i < batch.size(); i++) {
                        assertStoredAsGiven(seeded, store, batch.get(i), storedBatch.get(i));
                    }
                    assertThat(storedBulk).as("%s bulk insert", kind).hasSize(3);
                    for (int i = 0; i < bulk.size(); i++) {
                        assertStoredAsGiven(seeded, store, bulk.get(i), storedBulk.get(i));
                    }
                }
            }
            assertThat(seeded.deleteInserted())
                    .as("rows inserted by the three storages")
                    .isEqualTo(21);
        }
    }

    /** The baseline's answers are what the seeded rows hold, so "equal to it" means "right". */
    private static void assertMeaningful(Reads jdbc, SeededContacts seeded) {
        int index = 4_321;
        assertThat(jdbc.byId()).contains(ContactColumns.stored(SampleContacts.contact(index), seeded.id(index)));
        assertThat(jdbc.missing()).isEmpty();
        assertThat(jdbc.first().items())
                .hasSize(50)
                .first()
                .extracting(Contact::id)
                .isEqualTo(seeded.id(0));
        assertThat(jdbc.first().hasNext()).isTrue();
        assertThat(jdbc.deep().items())
                .hasSize(50)
                .first()
                .extracting(Contact::id)
                .isEqualTo(seeded.id(seeded.deepPageStart()));
        assertThat(jdbc.deep().hasNext()).isTrue();
        assertThat(jdbc.filtered().items())
                .hasSize(50)
                .allSatisfy(contact -> assertThat(contact.company()).isEqualTo(SeededContacts.COMPANY))
                .extracting(Contact::id)
                .isSorted();
        assertThat(jdbc.filteredNext().items()).hasSize(10);
        assertThat(jdbc.filteredNext().hasNext()).isFalse();
    }

    private static void assertStoredAsGiven(SeededContacts seeded, ContactStore store, Contact given, Contact stored) {
        assertThat(stored).isEqualTo(ContactColumns.stored(given, stored.id()));
        assertThat(store.findById(stored.id())).contains(stored);
        assertThat(searchText(seeded, stored.id())).isEqualTo(given.searchText());
    }

    private static String searchText(SeededContacts seeded, long id) {
        try (Connection connection = seeded.dataSource().getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT search_text FROM crm_contact WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("contact %s exists", id).isTrue();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** The PostgreSQL tests skip without a server, except on CI, where a missing server is a failure. */
    private static void requirePostgres() {
        if (BenchmarkDatabase.postgresAnswers()) {
            return;
        }
        String message = "no PostgreSQL answers (see BenchmarkDatabase.postgresUrl())";
        if ("true".equals(System.getenv("CI"))) {
            fail(message + ", and CI must run the PostgreSQL storage benchmarks");
        }
        assumeTrue(false, message + "; skipping");
    }

    /** What one storage returns for every read the benchmarks make, plus the filtered page after. */
    private record Reads(
            Optional<Contact> byId,
            Optional<Contact> missing,
            Page<Contact> first,
            Page<Contact> deep,
            Page<Contact> filtered,
            Page<Contact> filteredNext) {

        static Reads of(ContactStore store, SeededContacts seeded) {
            Page<Contact> filtered = store.find(seeded.filteredPage());
            return new Reads(
                    store.findById(seeded.id(4_321)),
                    store.findById(seeded.id(seeded.rows() - 1) + 1_000),
                    store.find(seeded.firstPage()),
                    store.find(seeded.deepPage()),
                    filtered,
                    store.find(seeded.filteredPage().after(filtered.nextCursor().orElseThrow())));
        }
    }
}
