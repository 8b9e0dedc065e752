package dev.crmkit.benchmarks.storage;

import dev.crmkit.core.contact.Contact;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The {@code crm_contact} columns as the JDBC baseline and the seeder write and read them, the way
 * the adapters do: every column of {@link Contact} read back, {@link Contact#searchText()} written
 * but never read, timestamps as {@link OffsetDateTime} in UTC truncated to microseconds.
 */
final class ContactColumns {

    /** What a select returns, in the order {@link #read(ResultSet)} reads. */
    static final String SELECTED =
            "id, first_name, last_name, email, phone, company, position, notes, created_at, updated_at, version";

    /** What an insert writes, bound by {@link #bind}; the version is the literal 0. */
    static final String INSERTED =
            "first_name, last_name, email, phone, company, position, notes, search_text, created_at, updated_at, version";

    /** The values of one row for {@link #INSERTED}. */
    static final String INSERTED_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    /** Parameters {@link #INSERTED_VALUES} takes. */
    static final int PARAMETERS = 10;

    private ContactColumns() {}

    /** Binds the contact's values for {@link #INSERTED_VALUES} from parameter {@code first} on. */
    static void bind(PreparedStatement statement, int first, Contact contact) throws SQLException {
        int i = first;
        statement.setString(i++, contact.firstName());
        statement.setString(i++, contact.lastName());
        statement.setString(i++, contact.email());
        statement.setString(i++, contact.phone());
        statement.setString(i++, contact.company());
        statement.setString(i++, contact.position());
        statement.setString(i++, contact.notes());
        statement.setString(i++, contact.searchText());
        statement.setObject(i++, utc(contact.createdAt()));
        statement.setObject(i, utc(contact.updatedAt()));
    }

    /** The contact at the result set's current row, selected as {@link #SELECTED}. */
    static Contact read(ResultSet row) throws SQLException {
        return new Contact(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                row.getString(8),
                row.getObject(9, OffsetDateTime.class).toInstant(),
                row.getObject(10, OffsetDateTime.class).toInstant(),
                row.getLong(11));
    }

    /** The contact as an insert stores it: the issued id, microsecond timestamps, version 0. */
    static Contact stored(Contact contact, long id) {
        return new Contact(
                id,
                contact.firstName(),
                contact.lastName(),
                contact.email(),
                contact.phone(),
                contact.company(),
                contact.position(),
                contact.notes(),
                micros(contact.createdAt()),
                micros(contact.updatedAt()),
                0);
    }

    private static OffsetDateTime utc(Instant instant) {
        return micros(instant).atOffset(ZoneOffset.UTC);
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
