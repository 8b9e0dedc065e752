package dev.crmkit.benchmarks.storage;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.ContactRepository;
import dev.crmkit.jpa.JpaCrmStorage;
import dev.crmkit.mybatis.MyBatisCrmStorage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The contact operations the storage benchmarks time, each one transaction with one commit, so that
 * every benchmark method is one call whatever does the work: an adapter through crm-core's storage
 * SPI ({@link SpiContactStore}) or plain JDBC ({@link JdbcContactStore}). Implementations are
 * thread-safe; each call takes a connection from the pool and gives it back.
 */
interface ContactStore extends AutoCloseable {

    /** The storages a benchmark can name. */
    List<String> KINDS = List.of("jdbc", "jpa", "mybatis");

    /**
     * @param kind {@code jdbc}, {@code jpa} or {@code mybatis}
     * @param dataSource a migrated crmkit database; stays the caller's to close
     */
    static ContactStore open(String kind, DataSource dataSource) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "jdbc" -> new JdbcContactStore(dataSource);
            case "jpa" -> new SpiContactStore(JpaCrmStorage.create(dataSource));
            case "mybatis" -> new SpiContactStore(MyBatisCrmStorage.create(dataSource));
            default -> throw new IllegalArgumentException("storage must be one of " + KINDS + ", not " + kind);
        };
    }

    /** Inserts one contact and commits; returns it as stored, see {@link ContactRepository#insert}. */
    Contact insert(Contact contact);

    /** Inserts the contacts in one transaction, one commit; returns them as stored, in order. */
    List<Contact> insertAll(List<Contact> contacts);

    /**
     * Inserts the contacts through the storage's bulk path in one transaction, one commit: the
     * adapters' {@link ContactRepository#insertAll}; the baseline's JDBC batch, as {@link #insertAll}.
     */
    List<Contact> bulkInsert(List<Contact> contacts);

    Optional<Contact> findById(long id);

    /** One page, as {@link ContactRepository#find} returns it. */
    Page<Contact> find(ContactQuery query);

    /** Releases what the store built (an adapter's factory); never the data source. */
    @Override
    void close();
}
