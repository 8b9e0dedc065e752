package dev.crmkit.core.contact;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.kernel.VersionedUpdate;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The command to change some fields of a contact; every field left {@link Patch#unchanged()}
 * keeps its value. Names and email can be set but not cleared.
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} naming every field that breaks
 * a rule.
 *
 * @param expectedVersion the version the caller read; when given and no longer current, the
 *     update is refused with {@link dev.crmkit.core.kernel.StaleVersionException}
 * @param companyId links the contact to a company (whose name becomes its free-text company), or
 *     clears the link (the free-text company stays)
 */
public record ContactUpdate(
        Patch<String> firstName,
        Patch<String> lastName,
        Patch<String> email,
        Patch<String> phone,
        Patch<String> company,
        Patch<String> position,
        Patch<String> notes,
        @Nullable Long expectedVersion,
        Patch<Long> companyId)
        implements VersionedUpdate {

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param firstName the first name
     * @param lastName the last name
     * @param email the email
     * @param phone the phone
     * @param company the company
     * @param position the position
     * @param notes the notes
     * @param expectedVersion the version the caller read; when given and no longer current, the update is refused with {@link dev.crmkit.core.kernel.StaleVersionException}
     * @param companyId links the contact to a company, or clears the link
     */
    public ContactUpdate {
        FieldErrors errors = new FieldErrors();
        firstName = errors.requiredText("firstName", Objects.requireNonNull(firstName), Contact.FIRST_NAME_MAX);
        lastName = errors.requiredText("lastName", Objects.requireNonNull(lastName), Contact.LAST_NAME_MAX);
        email = errors.email("email", Objects.requireNonNull(email));
        phone = errors.optionalText("phone", Objects.requireNonNull(phone), Contact.PHONE_MAX);
        company = errors.optionalText("company", Objects.requireNonNull(company), Contact.COMPANY_MAX);
        position = errors.optionalText("position", Objects.requireNonNull(position), Contact.POSITION_MAX);
        notes = errors.optionalText("notes", Objects.requireNonNull(notes), Contact.NOTES_MAX);
        Long linked = Objects.requireNonNull(companyId).applyTo(null);
        if (linked != null && linked <= 0) {
            errors.add("companyId", "must be a positive id");
        }
        errors.throwIfAny();
    }

    /**
     * An update that leaves the company link unchanged.
     *
     * @param firstName the first name
     * @param lastName the last name
     * @param email the email
     * @param phone the phone
     * @param company the company
     * @param position the position
     * @param notes the notes
     * @param expectedVersion the version the caller read, or {@code null}
     */
    public ContactUpdate(
            Patch<String> firstName,
            Patch<String> lastName,
            Patch<String> email,
            Patch<String> phone,
            Patch<String> company,
            Patch<String> position,
            Patch<String> notes,
            @Nullable Long expectedVersion) {
        this(firstName, lastName, email, phone, company, position, notes, expectedVersion, Patch.unchanged());
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the contact with this update applied; id, creation time and version are kept}
     *
     * @param current the record as stored
     * @param now the operation's timestamp
     */
    public Contact applyTo(Contact current, Instant now) {
        return new Contact(
                current.id(),
                Objects.requireNonNull(firstName.applyTo(current.firstName())),
                Objects.requireNonNull(lastName.applyTo(current.lastName())),
                Objects.requireNonNull(email.applyTo(current.email())),
                phone.applyTo(current.phone()),
                company.applyTo(current.company()),
                position.applyTo(current.position()),
                notes.applyTo(current.notes()),
                current.createdAt(),
                now,
                current.version(),
                companyId.applyTo(current.companyId()),
                current.customFields());
    }

    /** Builds a {@link ContactUpdate}; every field not mentioned stays unchanged. */
    public static final class Builder {
        private Patch<String> firstName = Patch.unchanged();
        private Patch<String> lastName = Patch.unchanged();
        private Patch<String> email = Patch.unchanged();
        private Patch<String> phone = Patch.unchanged();
        private Patch<String> company = Patch.unchanged();
        private Patch<String> position = Patch.unchanged();
        private Patch<String> notes = Patch.unchanged();
        private @Nullable Long expectedVersion;
        private Patch<Long> companyId = Patch.unchanged();

        private Builder() {}

        /**
         * Links the contact to a company, or clears the link when {@code null}.
         *
         * @param value the company's id
         * @return this builder
         */
        public Builder companyId(@Nullable Long value) {
            companyId = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the first name; {@code null} clears it (refused for a required field).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder firstName(@Nullable String value) {
            firstName = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the last name; {@code null} clears it (refused for a required field).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder lastName(@Nullable String value) {
            lastName = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the email; {@code null} clears it (refused for a required field).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder email(@Nullable String value) {
            email = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the phone, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder phone(@Nullable String value) {
            phone = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the company, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder company(@Nullable String value) {
            company = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the position, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder position(@Nullable String value) {
            position = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the notes, or clears them when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder notes(@Nullable String value) {
            notes = Patch.setOrClear(value);
            return this;
        }

        /**
         * Refuse the update unless the contact is still at this version.
         *
         * @param version the version the caller read
         * @return this builder
         */
        public Builder expectedVersion(long version) {
            expectedVersion = version;
            return this;
        }

        /**
         * Builds the command, checking every field.
         *
         * @return the contact update
         */
        public ContactUpdate build() {
            return new ContactUpdate(
                    firstName, lastName, email, phone, company, position, notes, expectedVersion, companyId);
        }
    }
}
